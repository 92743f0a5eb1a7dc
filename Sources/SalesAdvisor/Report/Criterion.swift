import RuleLanguage

/// A criterion options are scored on (suitability, feasibility, acceptability).
public struct Criterion: Sendable, Hashable {
    /// The criterion's name.
    public let name: String
    /// Its label per language.
    public let label: Texts
    /// Its weight as given (the renderers normalise the weights).
    public let weight: Double
    /// The most raw points the rules can give on it.
    public let max: Double
    /// The scaled score (1–5) below which an option is rejected; 0: none.
    public let threshold: Double
}
