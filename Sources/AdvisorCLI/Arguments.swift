import RuleLanguage
import SalesAdvisor

/// A small, strict argument reader: options may come before or after positional arguments;
/// `--name value` and `--name=value` both work; unknown options are errors, and so is an option
/// with a value given twice, unless it is one that adds up (`--set`, `--grid`, `--watch`).
struct Arguments {
    private(set) var positional: [String] = []
    private var options: [(name: String, value: String?)] = []

    /// Reads `args` as the command `spec` declares them: its options (a value or none, optional
    /// values as `--resume` has, repeatable ones) and, for options with a list of values, one of them
    /// (`--format jsn`: "did you mean 'json'?").
    init(_ args: [String], spec: CommandSpec) throws(UsageError) {
        var args = args
        // An option whose value may be left out takes the next word only when it is not an option.
        for o in spec.options where o.optionalValue {
            var i = 0
            while i < args.count {
                if args[i] == o.name {
                    if i + 1 < args.count, !args[i + 1].hasPrefix("-") {
                        args[i] = o.name + "=" + args[i + 1]
                        args.remove(at: i + 1)
                    } else {
                        args[i] = o.name + "="
                    }
                }
                i += 1
            }
        }
        try self.init(
            args, command: spec.name, valued: Set(spec.options.filter { $0.value != nil }.map(\.name)),
            flags: Set(spec.options.filter { $0.value == nil }.map(\.name)),
            repeatable: Set(spec.options.filter(\.repeatable).map(\.name)))
        for o in spec.options {
            guard case .values(let allowed) = o.completion else { continue }
            for given in values(o.name) {
                for v in o.commaSeparated
                    ? given.split(separator: ",", omittingEmptySubsequences: false).map(String.init) : [given]
                where !allowed.contains(v) {
                    let best =
                        v.isEmpty
                        ? nil
                        : EditDistance.closest(to: v.lowercased(), in: allowed)
                            ?? allowed.first(where: { $0 == v.lowercased() })
                    throw UsageError(
                        .unknownValue(option: o.name, value: v, allowed: allowed, suggestion: best), command: spec.name)
                }
            }
        }
    }

    /// Reads `args`, where `valued` names the options that take a value, `flags` those that do not,
    /// and `repeatable` the valued ones whose values add up (the declarations say which).
    init(_ args: [String], command: String, valued: Set<String>, flags: Set<String>, repeatable: Set<String>)
        throws(UsageError)
    {
        var i = 0
        var onlyPositional = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositional || !a.hasPrefix("-") || a == "-" {
                positional.append(a)
                continue
            }
            if a == "--" {
                onlyPositional = true
                continue
            }
            var name = a
            var value: String?
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                value = String(a[a.index(after: eq)...])
            }
            if flags.contains(name) {
                if value != nil { throw UsageError(.takesNoValue(option: name), command: command) }
                options.append((name, nil))
            } else if valued.contains(name) {
                if value == nil {
                    guard i < args.count else {
                        throw UsageError(.needsValue(option: name), command: command)
                    }
                    value = args[i]
                    i += 1
                }
                if !repeatable.contains(name), let first = options.first(where: { $0.name == name }) {
                    throw UsageError(
                        .givenTwice(option: name, first: first.value ?? "", second: value ?? ""), command: command)
                }
                options.append((name, value))
            } else {
                let suggestion = closestOption(name, Array(flags.union(valued)))
                throw UsageError(.unknownOption(name, suggestion: suggestion), command: command)
            }
        }
    }

    func has(_ name: String) -> Bool { options.contains { $0.name == name } }

    /// The last value given for an option.
    func value(_ name: String) -> String? { options.last { $0.name == name }?.value }

    /// Every value given for an option, in order.
    func values(_ name: String) -> [String] { options.filter { $0.name == name }.compactMap(\.value) }
}

private func closestOption(_ name: String, _ candidates: [String]) -> String? {
    guard name.utf8.count <= EditDistance.longestName else { return nil }
    var best: (Int, String)?
    for c in candidates.sorted() where abs(c.count - name.count) <= 2 {
        let d = levenshtein(Array(name), Array(c))
        if d <= 2, best.map({ d < $0.0 }) ?? true { best = (d, c) }
    }
    return best?.1
}

private func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var row = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = row
    }
    return previous[b.count]
}

extension Arguments {
    /// An option whose value is one of an enum's cases (the declaration's `.values` list has refused
    /// anything else, with "did you mean"): the case, or `fallback` when the option is not given.
    func choice<T: RawRepresentable>(_ name: String, default fallback: T) -> T where T.RawValue == String {
        value(name).flatMap(T.init(rawValue:)) ?? fallback
    }

    /// Every value of an option given as a list (`--watch facts,rules`), as cases of an enum (the
    /// declaration's `.values` list has refused anything else).
    func choices<T: RawRepresentable>(_ name: String) -> [T] where T.RawValue == String {
        values(name).flatMap { $0.split(separator: ",") }.compactMap { T(rawValue: String($0)) }
    }
}
