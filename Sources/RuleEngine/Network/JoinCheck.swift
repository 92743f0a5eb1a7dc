/// A join test in the form the match loop runs fastest.
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
}
