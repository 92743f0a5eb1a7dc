/// Why a rule has not matched: the deepest partial match the working memory allows, and the
/// condition that stops it there. Computed from the compiled conditions and the live facts — the
/// same tests the network runs — so explanations never re-read rule text.
public struct RuleDiagnosis: Hashable, Sendable {
    /// What stops a rule at one condition.
    public enum Failure: Hashable, Sendable {
        /// No fact of the pattern's template passes its own tests; `nearest` are the facts of that
        /// template that exist (with the first test each one fails), so a report can say
        /// "needs risk is high; risk is medium".
        case noFact(level: Int, nearest: [(fact: FactSnapshot, failedTest: Int)])
        /// Facts pass the pattern's own tests, but none agrees with the facts matched before it
        /// (a shared variable or a comparison between facts).
        case noPartner(level: Int, candidates: [FactSnapshot])
        /// A `not` is blocked by this fact.
        case blocked(level: Int, by: FactSnapshot)
        /// A `test` is false for the best partial match.
        case testFalse(level: Int)

        /// The condition (by level) where the rule stops.
        public var level: Int {
            switch self {
            case .noFact(let l, _), .noPartner(let l, _), .blocked(let l, _), .testFalse(let l): return l
            }
        }

        /// Equal when the kind, the level and the facts named are equal.
        public static func == (a: Failure, b: Failure) -> Bool {
            switch (a, b) {
            case (.noFact(let l1, let n1), .noFact(let l2, let n2)):
                return l1 == l2 && n1.map(\.fact) == n2.map(\.fact) && n1.map(\.failedTest) == n2.map(\.failedTest)
            case (.noPartner(let l1, let c1), .noPartner(let l2, let c2)): return l1 == l2 && c1 == c2
            case (.blocked(let l1, let f1), .blocked(let l2, let f2)): return l1 == l2 && f1 == f2
            case (.testFalse(let l1), .testFalse(let l2)): return l1 == l2
            default: return false
            }
        }

        /// Hashes the level (equal failures share it).
        public func hash(into h: inout Hasher) { h.combine(level) }
    }

    /// The rule diagnosed, by index into `Program/rules`.
    public let rule: Int
    /// The facts of the deepest partial match, by level (0 for `not`, `exists` and `test` levels).
    public let partial: [Int]
    /// Nil when every condition holds (the rule has fired or is on the agenda).
    public let failure: Failure?
}

/// The tests the diagnosis and the condition outcomes make, as the network makes them: a
/// pattern's own tests on one fact, and its joins with the facts matched before it.
struct PartialMatcher {
    let evaluator: Evaluator

    /// The index of the first own test `f` fails, or nil when it passes them all.
    func own(_ p: Pattern, _ f: Fact) -> Int? {
        for (i, test) in p.alphaTests.enumerated() where !test.passes(f, evaluator, onError: { _ in }) { return i }
        return nil
    }

    /// Whether `f` agrees with the facts of `partial` on every join test of `p`, checked as the
    /// network checks them (``JoinCheck``).
    func joins(_ p: Pattern, _ partial: [Fact?], _ f: Fact) -> Bool {
        let source = FactsSource(facts: partial + [f])
        return JoinCheck.all(p, level: partial.count).allSatisfy {
            $0.holds(f.slots, earlier: { partial[$0]?.slots }) { e in
                guard let v = try? evaluator.evaluate(e, source) else { return false }
                return evaluator.truth(v)
            }
        }
    }

    /// Whether a `test` condition holds for `partial`.
    func test(_ e: Expr, _ partial: [Fact?]) -> Bool {
        guard let v = try? evaluator.evaluate(e, FactsSource(facts: partial)) else { return false }
        return evaluator.truth(v)
    }
}

extension Engine {
    /// For each condition of `rule`, over the live facts: whether some partial match got through
    /// it (seen true) and whether some partial match that reached it could not get through (seen
    /// false). Enumerates at most `budget` partial matches. Coverage tools count these.
    public func conditionOutcomes(rule index: Int, budget: Int = 20_000) -> [(true: Bool, false: Bool)] {
        let rule = program.rules[index]
        let byTemplate = Dictionary(grouping: memory.live, by: \.template)
        let matcher = PartialMatcher(evaluator: network.evaluator)
        var seen = Array(repeating: (true: false, false: false), count: rule.conditions.count)
        var steps = 0
        func search(_ level: Int, _ partial: [Fact?]) {
            steps += 1
            guard level < rule.conditions.count, steps <= budget else { return }
            switch rule.conditions[level] {
            case .positive(let p):
                let partners = (byTemplate[p.template] ?? []).filter {
                    matcher.own(p, $0) == nil && matcher.joins(p, partial, $0)
                }
                if partners.isEmpty { seen[level].false = true } else { seen[level].true = true }
                for f in partners { search(level + 1, partial + [f]) }
            case .negative(let p):
                if (byTemplate[p.template] ?? []).contains(where: {
                    matcher.own(p, $0) == nil && matcher.joins(p, partial, $0)
                }) {
                    seen[level].false = true
                } else {
                    seen[level].true = true
                    search(level + 1, partial + [nil])
                }
            case .exists(let p):
                if (byTemplate[p.template] ?? []).contains(where: {
                    matcher.own(p, $0) == nil && matcher.joins(p, partial, $0)
                }) {
                    seen[level].true = true
                    search(level + 1, partial + [nil])
                } else {
                    seen[level].false = true
                }
            case .test(let e):
                if matcher.test(e, partial) {
                    seen[level].true = true
                    search(level + 1, partial + [nil])
                } else {
                    seen[level].false = true
                }
            }
        }
        search(0, [])
        return seen
    }

    /// The deepest partial match of `rule` and what stops it. Searches at most `budget` partial
    /// matches (plenty for a knowledge base; a rule that joins thousands of facts reports the best
    /// found within the budget).
    public func diagnose(rule index: Int, budget: Int = 20_000) -> RuleDiagnosis {
        let rule = program.rules[index]
        let byTemplate = Dictionary(grouping: memory.live, by: \.template)
        let evaluator = network.evaluator
        var best: (facts: [Fact?], failure: RuleDiagnosis.Failure?, depth: Int) = ([], nil, -1)
        var steps = 0

        let matcher = PartialMatcher(evaluator: evaluator)
        let own = matcher.own
        let joins = matcher.joins
        /// Keeps the first partial match that gets deepest (facts are tried in id order).
        func record(_ partial: [Fact?], _ failure: RuleDiagnosis.Failure) {
            if failure.level > best.depth { best = (partial, failure, failure.level) }
        }
        func search(_ level: Int, _ partial: [Fact?]) -> Bool {
            steps += 1
            if level == rule.conditions.count {
                best = (partial, nil, Int.max)
                return true
            }
            if steps > budget { return false }
            switch rule.conditions[level] {
            case .positive(let p):
                let facts = byTemplate[p.template] ?? []
                let passing = facts.filter { own(p, $0) == nil }
                if passing.isEmpty {
                    let nearest = facts.compactMap { f in own(p, f).map { (f.snapshot, $0) } }
                    record(partial, .noFact(level: level, nearest: nearest))
                    return false
                }
                let partners = passing.filter { joins(p, partial, $0) }
                if partners.isEmpty {
                    record(partial, .noPartner(level: level, candidates: passing.map(\.snapshot)))
                    return false
                }
                for f in partners where search(level + 1, partial + [f]) { return true }
                return false
            case .negative(let p):
                let blockers = (byTemplate[p.template] ?? []).filter { own(p, $0) == nil && joins(p, partial, $0) }
                if let b = blockers.first {
                    record(partial, .blocked(level: level, by: b.snapshot))
                    return false
                }
                return search(level + 1, partial + [nil])
            case .exists(let p):
                let facts = (byTemplate[p.template] ?? []).filter { own(p, $0) == nil }
                if facts.isEmpty {
                    let nearest = (byTemplate[p.template] ?? []).compactMap { f in own(p, f).map { (f.snapshot, $0) } }
                    record(partial, .noFact(level: level, nearest: nearest))
                    return false
                }
                if !facts.contains(where: { joins(p, partial, $0) }) {
                    record(partial, .noPartner(level: level, candidates: facts.map(\.snapshot)))
                    return false
                }
                return search(level + 1, partial + [nil])
            case .test(let e):
                guard matcher.test(e, partial) else {
                    record(partial, .testFalse(level: level))
                    return false
                }
                return search(level + 1, partial + [nil])
            }
        }
        _ = search(0, [])
        return RuleDiagnosis(rule: index, partial: best.facts.map { $0?.id ?? 0 }, failure: best.failure)
    }

    /// Whether a live fact passes the tests a pattern makes on its own slots; the index of the first
    /// test it fails otherwise.
    public func failedOwnTest(_ pattern: Pattern, factID: Int) -> Int? {
        guard let f = memory.fact(factID) else { return 0 }
        for (i, test) in pattern.alphaTests.enumerated() where !test.passes(f, network.evaluator, onError: { _ in }) {
            return i
        }
        return nil
    }

    /// Whether one of the facts `ids` (by default every live fact of the pattern's template) passes
    /// the tests `pattern` makes on its own slots: the one question diagnosis, the needs index and
    /// the consultation ask of a pattern, answered by the network's own tests.
    @inline(never) public func somePasses(_ pattern: Pattern, among ids: [Int]? = nil) -> Bool {
        for id in ids ?? liveFacts(of: pattern.template) where failedOwnTest(pattern, factID: id) == nil { return true }
        return false
    }
}
