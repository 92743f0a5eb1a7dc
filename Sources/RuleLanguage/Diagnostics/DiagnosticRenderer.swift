/// Renders diagnostics as text: an editor-clickable header, the source line and a caret, then notes.
///
/// ```
/// rules/x.rules:5:9: error[RL0301]: unknown template 'gust'
///    |
///  5 |         gust(name: $n)
///    |         ^^^^
///    = note: did you mean 'guest'?
/// ```
public struct DiagnosticRenderer {
    private let sources: [String: SourceFile]

    public init(sources: [SourceFile]) {
        var map: [String: SourceFile] = [:]
        for s in sources { map[s.path] = s }
        self.sources = map
    }

    /// The full rendering of one diagnostic, ending in a newline.
    public func render(_ d: Diagnostic) -> String {
        let loc = d.location
        var out = "\(loc.file):\(loc.line):\(loc.column): \(d.severity.rawValue)[\(d.id)]: \(d.message.text)\n"
        if let line = sources[loc.file]?.line(loc.line) {
            let number = String(loc.line)
            let gutter = String(repeating: " ", count: number.count)
            let expanded = line.replacingTabs()
            let caretColumn = String(line.prefix(loc.column - 1)).replacingTabs().count
            let width = min(d.length, max(1, expanded.count - caretColumn))
            out += "\(gutter) |\n"
            out += "\(number) | \(expanded)\n"
            out += "\(gutter) | \(String(repeating: " ", count: caretColumn))\(String(repeating: "^", count: width))\n"
            for note in d.notes { out += "\(gutter) = note: \(note)\n" }
        } else {
            for note in d.notes { out += "  = note: \(note)\n" }
        }
        return out
    }

    /// All diagnostics, each rendered, in order.
    public func render(_ all: [Diagnostic]) -> String { all.map(render).joined() }
}

extension String {
    fileprivate func replacingTabs() -> String {
        var s = ""
        for c in self { s += c == "\t" ? "    " : String(c) }
        return s
    }
}
