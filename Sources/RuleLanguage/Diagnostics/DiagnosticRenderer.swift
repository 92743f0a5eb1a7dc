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

    /// A renderer that quotes lines from `sources`.
    public init(sources: [SourceFile]) {
        var map: [String: SourceFile] = [:]
        for s in sources { map[s.path] = s }
        self.sources = map
    }

    /// The full rendering of one diagnostic, ending in a newline.
    public func render(_ d: Diagnostic) -> String {
        let loc = d.location
        var out =
            ShownInput.capped(
                "\(loc.file):\(loc.line):\(loc.column): \(d.severity.rawValue)[\(d.id)]: \(d.message.text)") + "\n"
        if let line = sources[loc.file]?.line(loc.line) {
            let number = String(loc.line)
            let gutter = String(repeating: " ", count: number.count)
            // A long line is shown as a window around the caret, never whole.
            let expandedLine = line.replacingTabs()
            let (expanded, shownColumn) = ShownInput.excerpt(
                expandedLine, column: String(line.prefix(loc.column - 1)).replacingTabs().count + 1)
            let caretColumn = shownColumn - 1
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
    /// The most diagnostics shown for one file; a binary file or a file of another language would
    /// otherwise bury the first, useful one under hundreds.
    public static let perFile = 20

    /// Every diagnostic, at most ``perFile`` for each file, then how many more that file has.
    public func render(_ all: [Diagnostic]) -> String {
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        var order: [String] = []
        var out = ""
        for d in all {
            let file = d.location.file
            if shown[file] == nil && hidden[file] == nil { order.append(file) }
            if shown[file, default: 0] < DiagnosticRenderer.perFile {
                shown[file, default: 0] += 1
                out += render(d).visibleControls
            } else {
                hidden[file, default: 0] += 1
            }
        }
        for file in order {
            if let n = hidden[file] {
                out +=
                    "\(file): and \(n) more diagnostic\(n == 1 ? "" : "s") in this file (the first \(DiagnosticRenderer.perFile) are shown)\n"
            }
        }
        return out
    }
}

extension String {
    /// Control characters (other than line breaks) as their visible Unicode pictures (ESC as
    /// `␛`, DEL as `␡`): text from a file or a user can never drive the terminal, and carets stay
    /// in place (each picture is one column wide).
    public var visibleControls: String {
        // Most text has no control character: one pass over its bytes says so (a C1 control is
        // the two bytes C2 80 … C2 9F in UTF-8).
        var clean = true
        var afterC2 = false
        for b in utf8 {
            if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F || (afterC2 && b >= 0x80 && b < 0xA0) {
                clean = false
                break
            }
            afterC2 = b == 0xC2
        }
        if clean { return self }
        var out = ""
        out.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for u in unicodeScalars {
            if u.value < 0x20 && u != "\n" && u != "\t", let picture = Unicode.Scalar(0x2400 + u.value) {
                out.unicodeScalars.append(picture)
            } else if u.value == 0x7F {
                out.unicodeScalars.append("\u{2421}")
            } else if (0x80..<0xA0).contains(u.value) {
                out.unicodeScalars.append("\u{FFFD}")
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    fileprivate func replacingTabs() -> String {
        var s = ""
        for c in self { s += c == "\t" ? "    " : String(c) }
        return s
    }
}
