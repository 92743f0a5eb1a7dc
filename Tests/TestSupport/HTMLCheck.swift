/// A small well-formedness check of the HTML the program writes: every element that is opened is
/// closed, in order (void elements and `/>` aside); attribute values are quoted; text holds no `<`
/// that opens nothing and no `&` that is not a character reference; there is no script. It is
/// not an HTML parser: it checks the rules our own writer keeps, so that any text that slips
/// through unescaped breaks them.
public enum HTMLCheck {
    static let void: Set<String> = ["meta", "br", "hr", "img", "link", "input", "col", "source", "wbr"]

    /// The problems found (empty when none), each with where it is.
    public static func problems(_ html: String) -> [String] {
        var problems: [String] = []
        var open: [String] = []
        let s = Array(html.unicodeScalars)
        var i = 0
        func at() -> String { "at \(i): " + String(String.UnicodeScalarView(s[max(0, i - 30)..<min(s.count, i + 30)])) }
        // Skips the doctype.
        if html.hasPrefix("<!DOCTYPE html>") { i = 15 }
        var inStyle = false
        while i < s.count {
            let c = s[i]
            if inStyle {
                // The style sheet is ours: only its end matters.
                if c == "<", String(String.UnicodeScalarView(s[i..<min(s.count, i + 8)])) == "</style>" {
                    inStyle = false
                } else {
                    i += 1
                    continue
                }
            }
            if c == "&" {
                var j = i + 1
                while j < s.count, j - i < 10, s[j] != ";",
                    s[j].properties.isAlphabetic || s[j] == "#" || ("0"..."9").contains(s[j])
                { j += 1 }
                if j >= s.count || s[j] != ";" || j == i + 1 { problems.append("a bare '&' " + at()) }
                i = j + 1
                continue
            }
            if c == ">" {
                problems.append("a bare '>' " + at())
                i += 1
                continue
            }
            guard c == "<" else {
                if c.properties.generalCategory == .control && c != "\n" && c != "\t" {
                    problems.append("a control character " + at())
                }
                i += 1
                continue
            }
            // A tag: its name, then attributes up to '>'.
            var j = i + 1
            let closing = j < s.count && s[j] == "/"
            if closing { j += 1 }
            var name = ""
            while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
                name.unicodeScalars.append(s[j])
                j += 1
            }
            guard !name.isEmpty else {
                problems.append("a '<' that opens no tag " + at())
                i += 1
                continue
            }
            name = name.lowercased()
            // Attributes: name="value" or name (no unquoted values, no '<' inside a tag).
            var selfClosing = false
            while j < s.count, s[j] != ">" {
                if s[j] == "\"" {
                    j += 1
                    while j < s.count, s[j] != "\"" {
                        if s[j] == "<" { problems.append("a '<' inside an attribute " + at()) }
                        j += 1
                    }
                } else if s[j] == "=" {
                    if j + 1 < s.count, s[j + 1] != "\"" { problems.append("an unquoted attribute " + at()) }
                } else if s[j] == "<" || s[j] == "'" {
                    problems.append("'\(s[j])' inside a tag " + at())
                } else if s[j] == "/" {
                    selfClosing = true
                }
                j += 1
            }
            if name == "script" { problems.append("a script " + at()) }
            if closing {
                if open.last == name {
                    open.removeLast()
                } else {
                    problems.append("</\(name)> closes \(open.last ?? "nothing") " + at())
                }
            } else if !selfClosing && !void.contains(name) {
                open.append(name)
                if name == "style" { inStyle = true }
            }
            i = j + 1
        }
        if !open.isEmpty { problems.append("never closed: \(open)") }
        return problems
    }
}
