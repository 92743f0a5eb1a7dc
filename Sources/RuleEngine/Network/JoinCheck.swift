/// A join test in the form the match loop runs fastest. The network flattens these into its
/// code arrays; diagnosis and condition outcomes run them through ``holds(_:earlier:expression:)``,
/// so both decide a join the same way.
enum JoinCheck {
    /// `candidate.slot op fact(at: level).otherSlot`.
    case compare(CompareOperator, slot: Int, level: Int, otherSlot: Int)
    /// `candidate.slot in [fact(at: l1).s1, fact(at: l2).s2, …]` (or `not in`); the sources as
    /// (level, slot) pairs flattened.
    case member(slot: Int, sources: [Int], negated: Bool)
    /// Anything else, through the evaluator.
    case expression(Expr)

    init(_ e: Expr, level: Int) {
        if case .binary(let op, .slot(let l1, let s1), .slot(let l2, let s2)) = e, l1 == level, l2 < level,
            let compare = CompareOperator(op)
        {
            self = .compare(compare, slot: s1, level: l2, otherSlot: s2)
        } else if let (slot, sources, negated) = JoinCheck.membership(e, level: level) {
            self = .member(slot: slot, sources: sources, negated: negated)
        } else {
            self = .expression(e)
        }
    }

    /// `slot in [$a $b …]` as the compiler writes it (`0 or slot == a or slot == b …`, under `not`
    /// for `not in`), every value a slot of an earlier level: the slot and the sources.
    static func membership(_ e: Expr, level: Int) -> (slot: Int, sources: [Int], negated: Bool)? {
        var negated = false
        var e = e
        if case .unary(.not, let inner) = e {
            negated = true
            e = inner
        }
        var slot = -1
        var sources: [Int] = []
        func collect(_ e: Expr) -> Bool {
            switch e {
            case .binary(.or, let a, let b):
                return collect(a) && collect(b)
            case .constant(.integer(0)):
                return true
            case .binary(.equal, .slot(let l1, let s1), .slot(let l2, let s2)) where l1 == level && l2 < level:
                if slot >= 0 && slot != s1 { return false }
                slot = s1
                sources += [l2, s2]
                return true
            default:
                return false
            }
        }
        guard case .binary(.or, _, _) = e, collect(e), slot >= 0 else { return nil }
        return (slot, sources, negated)
    }

    /// A pattern's join tests at `level`, split as the network uses them: equalities with an
    /// earlier level (the network hashes on these) and every other test as an expression.
    static func split(_ p: Pattern, level: Int) -> (
        keys: [(slot: Int, level: Int, otherSlot: Int)], predicates: [Expr]
    ) {
        var keys: [(slot: Int, level: Int, otherSlot: Int)] = []
        var predicates: [Expr] = []
        for test in p.joinTests {
            switch test {
            case .equal(let slot, let other, let otherSlot) where other < level:
                keys.append((slot, other, otherSlot))
            case .equal(let slot, let other, let otherSlot):
                predicates.append(
                    .binary(.equal, .slot(level: level, slot: slot), .slot(level: other, slot: otherSlot)))
            case .predicate(let e):
                predicates.append(e)
            }
        }
        return (keys, predicates)
    }

    /// Every join test of `p` at `level` as checks, the equalities first (as the network compares
    /// them before its other checks).
    static func all(_ p: Pattern, level: Int) -> [JoinCheck] {
        let (keys, predicates) = split(p, level: level)
        return keys.map { .compare(.equal, slot: $0.slot, level: $0.level, otherSlot: $0.otherSlot) }
            + predicates.map { JoinCheck($0, level: level) }
    }

    /// Whether `candidate` passes this check against the facts matched before it (`earlier(level)`
    /// is nil for a level with no fact: a `not`, `exists` or `test`). The same comparisons as the
    /// network's match loop; `expression` evaluates what is not a comparison or a membership.
    func holds(_ candidate: [Value], earlier: (Int) -> [Value]?, expression: (Expr) -> Bool) -> Bool {
        switch self {
        case .compare(let op, let slot, let level, let otherSlot):
            guard let other = earlier(level) else { return false }
            return op.holdsQuickly(candidate[slot], other[otherSlot])
        case .member(let slot, let sources, let negated):
            var found = false
            for i in stride(from: 0, to: sources.count, by: 2) {
                guard let values = earlier(sources[i]) else { continue }
                if CompareOperator.equal.holdsQuickly(candidate[slot], values[sources[i + 1]]) {
                    found = true
                    break
                }
            }
            return found != negated
        case .expression(let e):
            return expression(e)
        }
    }
}
