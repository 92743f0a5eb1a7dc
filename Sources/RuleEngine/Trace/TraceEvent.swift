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
    public let template: Int
    public let value: Value
    public let before: Double
    public let after: Double
}

/// One firing, recorded when the engine records its trace.
public struct Firing: Hashable, Sendable {
    /// 1-based firing number.
    public let cycle: Int
    public let rule: Int
    /// Values of the rule's variables (``Rule/variables``); nil for a fact variable or an unbound one.
    public let bindings: [Value?]
    /// Matched fact ids by level (0 where a `not`, `exists` or `test` binds none).
    public let matched: [Int]
    public internal(set) var asserted: [Int] = []
    public internal(set) var retracted: [Int] = []
    public internal(set) var concluded: [ConclusionChange] = []
}

/// Counts of what a run did.
public struct EngineStatistics: Hashable, Sendable {
    public var firings = 0
    public var factsAsserted = 0
    public var factsRetracted = 0
    public var peakFacts = 0
    public var peakActivations = 0
    public var joinAttempts = 0
    public var tokensBuilt = 0
}

/// The work one node of the network did in a run, and the rules it serves.
public struct NodeProfile: Hashable, Sendable {
    public let node: Int
    public let kind: String
    public let level: Int
    public let joinAttempts: Int
    public let partialMatches: Int
    public let rules: [String]
}
