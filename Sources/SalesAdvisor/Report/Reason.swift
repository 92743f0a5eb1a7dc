import RuleLanguage

/// What a rule contributed to a conclusion, a score or a fact: the rule, its source and confidence
/// tag, the `because` text with its placeholders filled (per language), and the numbers.
public struct Reason: Sendable {
    /// The rule's name.
    public let rule: String
    /// Source keys from the rule's `source` line (`A4 S6 S13`), if any.
    public let source: String?
    /// `T` textbook, `P` other published source, `I` our inference.
    public let confidence: String?
    /// Where the rule is declared: `rules/sales/approach.rules:42`.
    public let location: String
    /// The rule's `because` text per language, placeholders filled.
    public let because: Texts
    /// For a conclusion: the rule's certainty, the premise's, their product, and the combined
    /// certainty before and after. For a score: `points` only.
    public var ruleCertainty: Double = 0
    /// The premise's certainty: the least of the matched facts'.
    public var premise: Double = 1
    /// What it added: rule certainty × premise (for a score: the points).
    public var amount: Double = 0
    /// The combined certainty before this contribution.
    public var before: Double = 0
    /// The combined certainty after it.
    public var after: Double = 0
}
