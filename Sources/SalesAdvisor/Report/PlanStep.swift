import RuleLanguage

/// One step of the sales plan and what the run puts in it.
public struct PlanStep: Sendable {
    /// The step's name (`strategic-context`).
    public let step: String
    /// Its title per language.
    public let label: Texts
    /// What the run puts in it, as rendered lines.
    public let topics: [String]
}
