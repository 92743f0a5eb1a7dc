/// How much of a user's input a message shows: a mebibyte typed as an answer, a value or a rule
/// name is cut, never echoed whole (issue 23). Source lines are cut to a window around the caret
/// (``excerpt(_:column:)``); everything written as a message passes ``capped(_:)``.
@_spi(Tooling) public enum ShownInput {
    /// The longest run of characters without a space shown whole (a path, a name, a value).
    public static let longestWord = 200
    /// The longest line of a message shown whole.
    public static let longestLine = 4000
    /// How much of a source line an excerpt shows around its caret.
    public static let window = 120

    /// `text` with every word longer than ``longestWord`` cut in its middle and every line longer
    /// than ``longestLine`` cut at its end, each cut saying how much was left out. Linear in `text`.
    public static func capped(_ text: String) -> String {
        if text.utf8.count <= longestWord { return text }
        var out = ""
        var word = ""
        var lineLength = 0
        var dropped = 0
        func flushWord() {
            guard !word.isEmpty else { return }
            var shown = word
            let count = word.count
            if count > longestWord {
                let keep = longestWord / 2
                shown = String(word.prefix(keep)) + "…[\(count - 2 * keep) characters]…" + String(word.suffix(keep))
            }
            append(shown)
            word = ""
        }
        func append(_ s: String) {
            let room = longestLine - lineLength
            if room <= 0 {
                dropped += s.count
                return
            }
            let n = s.count
            if n <= room {
                out += s
                lineLength += n
            } else {
                out += s.prefix(room)
                lineLength += room
                dropped += n - room
            }
        }
        func endLine() {
            if dropped > 0 { out += "…[\(dropped) characters more]" }
            dropped = 0
            lineLength = 0
        }
        for c in text {
            if c == "\n" {
                flushWord()
                endLine()
                out.append(c)
            } else if c == " " || c == "\t" {
                flushWord()
                append(String(c))
            } else {
                word.append(c)
            }
        }
        flushWord()
        endLine()
        return out
    }

    /// The part of `line` an excerpt shows for a caret at `column` (1-based): the whole line when it
    /// is short, else a window around the column marked with `…`; and the caret's column in it.
    public static func excerpt(_ line: String, column: Int) -> (text: String, column: Int) {
        let count = line.count
        if count <= window + window / 2 { return (line, column) }
        let start = max(0, min(column - 1 - window / 2, count - window))
        let end = min(count, start + window)
        let from = line.index(line.startIndex, offsetBy: start)
        let to = line.index(from, offsetBy: end - start)
        let text = (start > 0 ? "…" : "") + line[from..<to] + (end < count ? "…" : "")
        return (text, column - start + (start > 0 ? 1 : 0))
    }
}
