import RuleLanguage

/// One option with its scores per criterion, total, rank and reasons.
public struct OptionResult: Sendable {
    /// The option's name in the scenario (the baseline `continue-as-is` is the knowledge base's).
    public let name: String
    /// Its title, in the advice's language (may be empty).
    public let title: String
    /// Raw points and the 1–5 scale, by criterion name.
    public let raw: [String: Double]
    /// The 1–5 scale, by criterion name.
    public let scaled: [String: Double]
    /// The weighted total of the scaled scores.
    public let total: Double
    /// Its rank among the options that were not rejected.
    public let rank: Int
    /// Whether a knock-out or a threshold rejected it.
    public let rejected: Bool
    /// Why it was rejected: knock-out rules, or a scaled score below a criterion's threshold.
    public let rejections: [(criterion: String, reason: Reason?, scaled: Double?)]
    /// Every score contribution with its criterion.
    public let reasons: [(criterion: String, reason: Reason)]
}
