/// A position in a rule file. Lines and columns are 1-based; columns count `Character`s (what a reader
/// sees), not bytes, so a caret lines up under accented Dutch text.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A source file's text split into lines, for carets under diagnostics.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The text of a 1-based line, without its line ending.
    public func line(_ n: Int) -> String? {
        guard n >= 1, n <= lines.count else { return nil }
        var s = String(lines[n - 1])
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }
}
