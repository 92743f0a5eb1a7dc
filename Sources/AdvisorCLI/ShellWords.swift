/// A command line written as a shell would read it, for the `$ advisor …` line of a transcript:
/// an argument with a space, a quote or a control character is quoted, so `--customer 'Hotel De
/// Zon'` replays as one argument and a line break cannot split the line.
enum ShellWords {
    /// Characters an argument may hold and stay bare.
    static func isPlain(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || "-_./={}:,+@%^~".contains(c)
    }

    /// `risk=high` as it is; `'Hotel De Zon'`; `"A\nB"` (control characters escaped) when single
    /// quotes cannot hold it.
    static func quote(_ argument: String) -> String {
        if !argument.isEmpty, argument.allSatisfy(isPlain) { return argument }
        let hasControl = argument.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        if !hasControl && !argument.contains("'") { return "'" + argument + "'" }
        var out = "\""
        for u in argument.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// The arguments of a line written by ``quote(_:)`` (and of older lines, split at spaces).
    static func split(_ line: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var scalars = line.unicodeScalars[...]
        func hexByte() -> Unicode.Scalar? {
            let digits = String(String.UnicodeScalarView(scalars.prefix(2)))
            guard digits.count == 2, let v = UInt8(digits, radix: 16) else { return nil }
            scalars = scalars.dropFirst(2)
            return Unicode.Scalar(v)
        }
        while let u = scalars.popFirst() {
            switch u {
            case " ":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                while let v = scalars.popFirst(), v != "'" { word.unicodeScalars.append(v) }
            case "\"":
                inWord = true
                while let v = scalars.popFirst(), v != "\"" {
                    guard v == "\\", let e = scalars.popFirst() else {
                        word.unicodeScalars.append(v)
                        continue
                    }
                    switch e {
                    case "n": word += "\n"
                    case "t": word += "\t"
                    case "r": word += "\r"
                    case "x": if let b = hexByte() { word.unicodeScalars.append(b) } else { word += "\\x" }
                    default: word.unicodeScalars.append(e)
                    }
                }
            default:
                inWord = true
                word.unicodeScalars.append(u)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
