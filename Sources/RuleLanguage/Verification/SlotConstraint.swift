import RuleEngine

/// The constant tests that one condition (or several conditions on one answer) makes on one slot,
/// and whether any value can pass them all.
struct SlotConstraint {
    var tests: [AlphaTest] = []

    mutating func add(_ test: AlphaTest) { tests.append(test) }
    mutating func merge(_ other: SlotConstraint) { tests += other.tests }

    /// Whether no value passes every test. With a finite set of candidates (a value it must equal,
    /// a list it must be in, or the enumeration's values) each candidate is tried; otherwise the
    /// numeric bounds must leave room (`> 5 & < 3` leaves none).
    func isEmpty(domain: [Value]?) -> Bool {
        var candidates: [Value]? = domain
        for test in tests {
            switch test {
            case .compare(_, .equal, let v): candidates = [v]
            case .member(_, let values, false):
                candidates = (candidates ?? values).filter { c in values.contains { ValueOrder.equal($0, c) } }
            default: continue
            }
        }
        if let candidates { return !candidates.contains { passes($0) } }
        var low: (Double, strict: Bool)?
        var high: (Double, strict: Bool)?
        for test in tests {
            guard case .compare(_, let op, let v) = test, let x = v.number else { continue }
            switch op {
            case .greater, .greaterOrEqual:
                let strict = op == .greater
                if low.map({ x > $0.0 || (x == $0.0 && strict) }) ?? true { low = (x, strict) }
            case .less, .lessOrEqual:
                let strict = op == .less
                if high.map({ x < $0.0 || (x == $0.0 && strict) }) ?? true { high = (x, strict) }
            default: continue
            }
        }
        guard let low, let high else { return false }
        return low.0 > high.0 || (low.0 == high.0 && (low.strict || high.strict))
    }

    func passes(_ v: Value) -> Bool {
        tests.allSatisfy { test in
            switch test {
            case .compare(_, let op, let c): return op.holds(v, c)
            case .member(_, let values, let negated): return values.contains { ValueOrder.equal($0, v) } != negated
            case .slots, .predicate: return true
            }
        }
    }

    /// `> 5 and < 3`, `low and high`.
    func describe(_ verifier: Verifier) -> String {
        tests.map { test -> String in
            switch test {
            case .compare(_, .equal, let v): return verifier.name(v)
            case .compare(_, let op, let v): return "\(op.rawValue) \(verifier.name(v))"
            case .member(_, let values, let negated):
                return (negated ? "not in [" : "in [") + values.map(verifier.name).joined(separator: " ") + "]"
            case .slots, .predicate: return "a test"
            }
        }.joined(separator: " and ")
    }
}
