/// What the engine did, as data; `TraceFormatter` in the front end turns it into CLIPS-style lines.
public enum TraceEvent: Sendable {
    case factAsserted(FactSnapshot)
    case factRetracted(FactSnapshot)
    case activationAdded(rule: Int, factIDs: [Int])
    case activationRemoved(rule: Int, factIDs: [Int])
    case ruleFired(cycle: Int, rule: Int, factIDs: [Int])
}

/// A conclusion's certainty before and after a firing.
public struct ConclusionChange: Hashable, Sendable {
    /// The attribute.
    public let template: Int
    /// The value.
    public let value: Value
    /// Its certainty before the firing.
    public let before: Double
    /// Its certainty after.
    public let after: Double
}

/// One firing, recorded when the engine records its trace.
public struct Firing: Hashable, Sendable {
    /// 1-based firing number.
    public let cycle: Int
    /// The rule fired, by index.
    public let rule: Int
    /// Values of the rule's variables (``Rule/variables``); nil for a fact variable or an unbound one.
    public let bindings: [Value?]
    /// Matched fact ids by level (0 where a `not`, `exists` or `test` binds none).
    public let matched: [Int]
    /// The ids of the facts it asserted.
    public internal(set) var asserted: [Int] = []
    /// The ids of the facts it retracted.
    public internal(set) var retracted: [Int] = []
    /// The conclusions it changed.
    public internal(set) var concluded: [ConclusionChange] = []
}

/// Counts of what a run did.
public struct EngineStatistics: Hashable, Sendable {
    /// Rule firings since the last reset.
    public var firings = 0
    /// Facts asserted (initial facts included).
    public var factsAsserted = 0
    /// Facts retracted.
    public var factsRetracted = 0
    /// The most facts in working memory at once.
    public var peakFacts = 0
    /// The most activations on the agenda at once.
    public var peakActivations = 0
    /// Pairs of a partial match and a fact tried by a join, a `not` or an `exists`.
    public var joinAttempts = 0
    /// Partial matches built.
    public var tokensBuilt = 0
}

/// The work one node of the network did in a run, and the rules it serves.
public struct NodeProfile: Hashable, Sendable {
    /// The node, by index in the network.
    public let node: Int
    /// Its kind (`join`, `not`, `exists`, `test`).
    public let kind: String
    /// The condition it tests.
    public let level: Int
    /// The pairs it tried.
    public let joinAttempts: Int
    /// The partial matches it holds now.
    public let partialMatches: Int
    /// The rules that share it.
    public let rules: [String]
}
