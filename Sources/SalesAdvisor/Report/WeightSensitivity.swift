import RuleLanguage

/// How far one criterion's weight can move (the others scaled to keep the sum 1) before another
/// option wins.
public struct WeightSensitivity: Sendable {
    /// The criterion.
    public let criterion: String
    /// Its weight now (normalised).
    public let weight: Double
    /// The winner stays the same for weights in `low ... high`.
    public let low: Double
    /// The highest weight at which the winner stays.
    public let high: Double
    /// Who wins just below `low` and just above `high` (nil at the ends 0 and 1).
    public let winnerBelow: String?
    /// Who wins just above `high` (nil at 1).
    public let winnerAbove: String?
}
