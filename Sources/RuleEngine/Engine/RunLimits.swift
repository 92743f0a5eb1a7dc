/// Bounds that stop a runaway program.
public struct RunLimits: Hashable, Sendable {
    /// The most rule firings in one `run`.
    public var maxFirings: Int
    /// The most facts in working memory at once.
    public var maxFacts: Int

    public init(maxFirings: Int = 10_000_000, maxFacts: Int = 5_000_000) {
        self.maxFirings = maxFirings
        self.maxFacts = maxFacts
    }
}

/// A firing as shown in a limit error: the rule and the facts it matched.
public struct FiringSummary: Hashable, Sendable {
    public let cycle: Int
    public let rule: String
    public let factIDs: [Int]
}

/// Why a run stopped with an error.
public enum EngineError: Error, Hashable, Sendable {
    case firingLimit(limit: Int, last: [FiringSummary])
    case factLimit(limit: Int, last: [FiringSummary])
    /// An action failed: the rule, its firing, and what went wrong.
    case action(rule: String, cycle: Int, message: String)
    /// A fact from outside does not fit its template.
    case invalidFact(String)
}
