import RuleLanguage

/// One firing, for `--trace`.
public struct TraceEntry: Sendable {
    /// The firing's number.
    public let cycle: Int
    /// The rule's name.
    public let rule: String
    /// The rule's variables and their values.
    public let bindings: [(name: String, value: String)]
    /// The facts it matched, as written.
    public let matched: [String]
    /// The facts it asserted.
    public let asserted: [String]
    /// The facts it retracted.
    public let retracted: [String]
    /// The conclusions it changed.
    public let concluded: [String]
}
