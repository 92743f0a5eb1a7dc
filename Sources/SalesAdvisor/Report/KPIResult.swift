import RuleLanguage

/// A KPI in its balanced-scorecard perspective, weighted by the run.
public struct KPIResult: Sendable {
    /// The KPI's name.
    public let kpi: String
    /// Its label per language.
    public let label: Texts
    /// Its balanced-scorecard perspective (`financial`, `customer`, `internal-process`, `learning`).
    public let perspective: String
    /// The perspective's label per language.
    public let perspectiveLabel: Texts
    /// Its weight for this situation (its certainty).
    public let weight: Double
    /// How often it is reviewed and by whom (E1), with their texts.
    public let frequency: String
    /// The review frequency's label per language.
    public let frequencyLabel: Texts
    /// Who follows it (our default, tagged [I]).
    public let owner: String
    /// The owner's label per language.
    public let ownerLabel: Texts
}
