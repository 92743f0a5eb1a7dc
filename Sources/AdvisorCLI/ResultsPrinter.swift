import RuleEngine

/// Prints what a run concluded and scored, after the program's own output; nothing when it did neither.
///
/// ```
/// conclusions:
///   approach = transactional  certainty 0.70  (2 rules)
/// scores:
///   option-a feasibility 3.0  (2 rules)
/// ```
struct ResultsPrinter {
    let program: Program
    let engine: Engine

    func render() -> String {
        var out = ""
        let symbols = engine.symbols
        if !engine.conclusions.isEmpty {
            out += "conclusions:\n"
            let sorted = engine.conclusions.enumerated().sorted { x, y in
                let (a, b) = (x.element, y.element)
                if a.template != b.template { return a.template < b.template }
                if a.certainty != b.certainty { return a.certainty > b.certainty }
                return x.offset < y.offset
            }
            for (_, c) in sorted {
                let n = c.contributions.count
                out +=
                    "  \(program.templates[c.template].name) = \(c.value.rendered(symbols, quoted: true))"
                    + "  certainty \(format(c.certainty))  (\(n) rule\(n == 1 ? "" : "s"))\n"
            }
        }
        if !engine.scores.isEmpty {
            out += "scores:\n"
            for s in engine.scores {
                let n = s.contributions.count
                out +=
                    "  \(s.option.rendered(symbols, quoted: true)) \(s.criterion.rendered(symbols, quoted: true)) "
                    + "\(Value.format(s.total))  (\(n) rule\(n == 1 ? "" : "s"))\n"
            }
        }
        return out
    }

    private func format(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        var s = String(r)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < 2 { s += String(repeating: "0", count: 2 - decimals) }
        }
        return s
    }
}
