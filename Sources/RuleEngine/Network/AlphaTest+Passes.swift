extension AlphaTest {
    /// Whether `fact` passes this test. The one implementation of a pattern's own tests: the
    /// network's alpha memories and the why-not diagnosis (``Engine/diagnose(rule:budget:)``,
    /// ``Engine/failedOwnTest(_:factID:)``) both call it, so they cannot disagree. Equality is
    /// ``ValueOrder/equal(_:_:)`` throughout. A predicate that fails to evaluate is false, and the
    /// error goes to `onError`.
    @inline(__always) func passes(_ fact: Fact, _ evaluator: Evaluator, onError: (EvaluationError) -> Void) -> Bool {
        switch self {
        case .compare(let slot, let op, let value):
            return op.holds(fact.slots[slot], value)
        case .member(let slot, let values, let negated):
            let v = fact.slots[slot]
            return values.contains(where: { ValueOrder.equal($0, v) }) != negated
        case .slots(let a, let op, let b):
            return op.holds(fact.slots[a], fact.slots[b])
        case .predicate(let expr, let level):
            let source = JoinSource(token: nil, candidate: fact, level: level)
            do {
                return evaluator.truth(try evaluator.evaluate(expr, source))
            } catch {
                onError(error)
                return false
            }
        }
    }
}
