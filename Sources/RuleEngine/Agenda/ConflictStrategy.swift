/// How activations of equal salience are ordered, as in CLIPS 6.30.
public enum ConflictStrategy: String, CaseIterable, Sendable {
    /// Newest activation first (the default, as in CLIPS).
    case depth
    /// Oldest activation first.
    case breadth
    /// By the recency of the matched facts, most recent first (OPS5 LEX).
    case lex
    /// By the recency of the first pattern's fact, then as LEX (OPS5 MEA).
    case mea
    /// Fewest tests first, then newest.
    case simplicity
    /// Most tests first, then newest.
    case complexity
    /// A seeded pseudo-random order, the same for the same seed.
    case random
}
