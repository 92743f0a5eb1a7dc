import RuleEngine

/// What one case covered: the rules that fired, and for each rule's conditions whether the case
/// saw them hold and saw them fail. Over the case's final facts, a condition counts as seen true
/// when some partial match of the conditions before it gets through it (and every condition of a
/// rule that fired counts as true), and as seen false when some partial match that reaches it
/// cannot get through.
@_spi(Tooling) public struct CaseCoverage: Sendable {
    /// Firings per rule index.
    public var firings: [Int: Int] = [:]
    /// Per rule index, per condition: (seen true, seen false).
    public var conditions: [Int: [(true: Bool, false: Bool)]] = [:]

    public init() {}

    init(_ engine: Engine) {
        for f in engine.trace { firings[f.rule, default: 0] += 1 }
        for (i, rule) in engine.program.rules.enumerated() {
            var seen = engine.conditionOutcomes(rule: i)
            // A rule that fired saw every condition true, whatever the final facts say.
            if firings[i] != nil { for k in seen.indices where k < rule.conditions.count { seen[k].true = true } }
            conditions[i] = seen
        }
    }
}

/// Coverage over every case run: per rule, its firings and its conditions seen both ways.
@_spi(Tooling) public struct Coverage: Sendable {
    public struct RuleCoverage: Sendable {
        public let rule: String
        public let location: String
        public var firings: Int
        public var conditions: [(true: Bool, false: Bool)]
    }

    public var rules: [RuleCoverage]

    public init(program: Program) {
        rules = program.rules.map {
            RuleCoverage(
                rule: $0.name, location: "\($0.origin.file):\($0.origin.line)", firings: 0,
                conditions: Array(repeating: (false, false), count: $0.conditions.count))
        }
    }

    public mutating func add(_ c: CaseCoverage) {
        for (i, n) in c.firings where i < rules.count { rules[i].firings += n }
        for (i, seen) in c.conditions where i < rules.count {
            for (k, s) in seen.enumerated() where k < rules[i].conditions.count {
                rules[i].conditions[k].true = rules[i].conditions[k].true || s.true
                rules[i].conditions[k].false = rules[i].conditions[k].false || s.false
            }
        }
    }

    public var fired: Int { rules.filter { $0.firings > 0 }.count }
    /// Conditions seen both true and false, of all conditions.
    public var conditionsBothWays: (seen: Int, total: Int) {
        let all = rules.flatMap(\.conditions)
        return (all.filter { $0.true && $0.false }.count, all.count)
    }
}
