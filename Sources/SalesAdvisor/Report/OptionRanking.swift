import RuleLanguage

/// The options ranked on the criteria, with the sensitivity of the choice to the weights.
public struct OptionRanking: Sendable {
    /// The option the knowledge base always adds (`continue-as-is`): its name is ours, so reports
    /// show it in their language (`doorgaan-zoals-nu`) and explanations take either.
    public static let baseline = "continue-as-is"

    /// The criteria, in the knowledge base's order.
    public let criteria: [Criterion]
    /// Every option, ranked first, rejected ones after.
    public let options: [OptionResult]
    /// How far each weight can move before another option wins.
    public let sensitivity: [WeightSensitivity]
    /// The best option that was not rejected.
    public var winner: OptionResult? { options.first { !$0.rejected } }
}
