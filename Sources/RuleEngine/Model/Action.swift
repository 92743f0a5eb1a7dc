/// A slot assignment in `modify`.
public struct SlotChange: Hashable, Sendable {
    /// The slot, by index into its template's slots.
    public let slot: Int
    /// The expression that gives its value.
    public let value: Expr

    /// A slot assignment of an `assert` or `modify`.
    public init(slot: Int, value: Expr) {
        self.slot = slot
        self.value = value
    }
}

/// One action of a rule's right-hand side.
public enum Action: Hashable, Sendable {
    /// Assert a fact; `slots` has one expression per slot of the template.
    case assert(template: Int, slots: [Expr])
    /// Retract the fact matched at `level`.
    case retract(level: Int)
    /// Retract the fact at `level` and assert a copy with the changes (new id, as CLIPS 6.30).
    case modify(level: Int, changes: [SlotChange])
    /// Add evidence for `attribute = value` (an attribute template) with a certainty in -1...1.
    /// `because` indexes the rule's `because` texts, which the rule language keeps beside the rule.
    case conclude(template: Int, value: Expr, certainty: Expr, because: Int?)
    /// Add points for an option on a criterion.
    case score(option: Expr, criterion: Expr, points: Expr, because: Int?)
    /// Print the values, concatenated, and a newline.
    case print([Expr])
    /// Stop the run after this firing.
    case halt
    /// Evaluate `value` once and keep it as local `local` for the actions after this one.
    case bind(local: Int, value: Expr)
}
