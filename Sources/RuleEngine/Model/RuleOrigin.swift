/// Where a rule was written, so traces and diagnostics can point at it. The engine knows no syntax.
public struct RuleOrigin: Hashable, Sendable {
    /// The file the rule is written in.
    public let file: String
    /// Its line (1-based).
    public let line: Int
    /// Its column (1-based, in characters).
    public let column: Int

    /// A place in a rule file.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
