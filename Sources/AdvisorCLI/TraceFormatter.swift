import RuleEngine
@_spi(Tooling) import RuleLanguage

/// What `--watch` shows.
enum WatchItem: String, CaseIterable {
    case facts, rules, activations
}

/// Turns trace events into CLIPS-style lines: `==> f-3 guest(…)`, `FIRE    2 rule: f-1,f-3`,
/// `==> Activation 0      rule: f-1,*`.
struct TraceFormatter {
    let program: Program
    let printer: () -> FactPrinter
    let watching: Set<WatchItem>

    func line(_ event: TraceEvent) -> String? {
        switch event {
        case .factAsserted(let f):
            return watching.contains(.facts) ? "==> f-\(f.id)\t\(printer().render(f))" : nil
        case .factRetracted(let f):
            return watching.contains(.facts) ? "<== f-\(f.id)\t\(printer().render(f))" : nil
        case .activationAdded(let rule, let ids):
            return watching.contains(.activations)
                ? "==> Activation \(salience(rule)) \(name(rule)): \(facts(ids))" : nil
        case .activationRemoved(let rule, let ids):
            return watching.contains(.activations)
                ? "<== Activation \(salience(rule)) \(name(rule)): \(facts(ids))" : nil
        case .ruleFired(let cycle, let rule, let ids):
            guard watching.contains(.rules) else { return nil }
            let number = String(cycle)
            return
                "FIRE \(String(repeating: " ", count: max(0, 4 - number.count)))\(number) \(name(rule)): \(facts(ids))"
        }
    }

    private func name(_ rule: Int) -> String { program.rules[rule].name }

    private func salience(_ rule: Int) -> String {
        let s = String(program.rules[rule].salience)
        return s + String(repeating: " ", count: max(0, 6 - s.count))
    }

    /// Fact ids as CLIPS lists them: `f-1,f-3`, with `*` for a `not`, `exists` or `test` level.
    func facts(_ ids: [Int]) -> String {
        // A rule without conditions matches nothing; CLIPS shows `*` for it too.
        if ids.isEmpty { return "*" }
        return ids.map { $0 == 0 ? "*" : "f-\($0)" }.joined(separator: ",")
    }
}

extension TraceFormatter {
    /// The recorded firings, one line each, after the run's output:
    /// `3 make_path f-9,f-7,f-5,* | $id=2 $pid=1 $n1=n4 $s=1 | +f-10`, with `-f-N` for retractions and
    /// `approach=transactional 0.00->0.56` for conclusions changed.
    static func firings(_ trace: [Firing], _ program: Program, _ symbols: SymbolTable) -> String {
        var out = "trace:\n"
        for f in trace {
            let rule = program.rules[f.rule]
            let ids = f.matched.map { $0 == 0 ? "*" : "f-\($0)" }.joined(separator: ",")
            var line = "  \(f.cycle) \(rule.name) \(ids)"
            let bindings = zip(rule.variables, f.bindings).compactMap { variable, value -> String? in
                guard let value else { return nil }
                return "$\(variable.name)=\(value.rendered(symbols, quoted: true))"
            }
            if !bindings.isEmpty { line += " | " + bindings.joined(separator: " ") }
            var changes = f.asserted.map { "+f-\($0)" } + f.retracted.map { "-f-\($0)" }
            changes += f.concluded.map { c in
                "\(program.templates[c.template].name)=\(c.value.rendered(symbols, quoted: true)) "
                    + "\(DecimalText.fixed(c.before, 2))->\(DecimalText.fixed(c.after, 2))"
            }
            if !changes.isEmpty { line += " | " + changes.joined(separator: " ") }
            out += line + "\n"
        }
        return out
    }
}
