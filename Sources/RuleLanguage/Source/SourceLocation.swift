/// A position in a rule file. Lines and columns are 1-based; columns count `Character`s (what a reader
/// sees), not bytes, so a caret lines up under accented Dutch text.
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The file's path, interned and never freed, so a location holds it without reference counting.
    unowned(unsafe) let source: SourcePath
    /// The line, from 1.
    public let line: Int
    /// The column, from 1, counted in characters.
    public let column: Int

    /// The file's path as given to the loader.
    public var file: String { source.path }

    /// A place in a file.
    public init(file: String, line: Int, column: Int) {
        self.init(source: SourcePath.intern(file), line: line, column: column)
    }

    /// A place in a file whose path is already interned (the lexer interns it once per file).
    init(source: SourcePath, line: Int, column: Int) {
        self.source = source
        self.line = line
        self.column = column
    }

    /// Equal paths are one interned object.
    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.source === b.source && a.line == b.line && a.column == b.column
    }

    /// Hashes the interned path's identity, the line and the column.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(source))
        hasher.combine(line)
        hasher.combine(column)
    }

    /// Orders by file, then line, then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.source !== b.source { return a.file < b.file }
        return (a.line, a.column) < (b.line, b.column)
    }
}

/// A source file's text, with where each line starts, for carets under diagnostics.
public struct SourceFile: Sendable {
    /// The file's path.
    public let path: String
    /// Its text.
    public let text: String
    /// The UTF-8 offset where each line starts; a line ends at "\n", "\r\n" or "\r", as the lexer reads them.
    private let lineStarts: [Int]

    /// A file's text, with its line starts for quoting lines.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var text = text
        lineStarts = text.withUTF8 { SourceFile.lineStarts(of: $0) }
    }

    /// Where each line starts, in bytes ("\r\n" is one line break).
    private static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        var previous: UInt8 = 0
        for (i, b) in bytes.enumerated() {
            if b == 10 && previous == 13 {
                starts[starts.count - 1] = i + 1
            } else if b == 10 || b == 13 {
                starts.append(i + 1)
            }
            previous = b
        }
        return starts
    }

    /// The text of a 1-based line, without its line ending.
    public func line(_ n: Int) -> String? {
        guard n >= 1, n <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[n - 1])
        var end = n < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[n]) : utf8.endIndex
        while end > start {
            let last = utf8.index(before: end)
            guard utf8[last] == 10 || utf8[last] == 13 else { break }
            end = last
        }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
