import RuleLanguage

/// A value of a topic with its combined certainty and every contribution.
public struct RankedValue: Sendable {
    /// The value's name (`account-management`).
    public let value: String
    /// The value's label per language.
    public let label: Texts
    /// The combined certainty, from -1 to 1.
    public let certainty: Double
    /// 1 for the recommendation; values held back by a cap come after the others.
    public let rank: Int
    /// Set when a cap keeps the value from being recommended: the cap's value and the rule that set it.
    public let cappedBy: (value: String, reason: Reason)?
    /// Every rule that spoke for or against it, in firing order.
    public let contributions: [Reason]
}
