/// Reads the scenario format (docs/scenarios.md): one statement per line, `#` comments.
///
/// ```
/// title "Office supplies reseller"
/// complexity = low
/// option webshop fit=partly cost=low title="Self-service web shop"
/// expect approach = transactional
/// ```
public enum ScenarioParser {
    /// Reads a scenario; every line with a mistake is reported (the first in `message`, all in the rendering).
    public static func parse(_ text: String, file: String) -> Result<Scenario, InputError> {
        var scenario = Scenario(name: scenarioName(file))
        // Split on the bytes: "\r\n" is one Character, and walking Characters is slow.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            line -> String in
            let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            return String(Substring(bytes))
        }
        scenario.lines = lines
        /// Reads one line into `scenario`; the error of the line, if any.
        func read(_ index: Int, _ raw: String) -> InputError? {
            let line = index == 0 && raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
            if let (column, message) = unreadable(line) {
                return InputError(message, at: Scenario.Place(file: file, line: index + 1, column: column), line: raw)
            }
            let words: [Word]
            switch tokenize(line) {
            case .success(let t): words = t
            case .failure(let column, let message):
                return InputError(message, at: Scenario.Place(file: file, line: index + 1, column: column), line: raw)
            }
            var tokens = words
            // `complexity=high` as the whole statement reads as `complexity = high`.
            if let w = tokens.first, !w.quoted, let eq = w.text.firstIndex(of: "="), eq != w.text.startIndex,
                tokens.count == 1 || tokens[1].text == "certainty"
            {
                let name = String(w.text[..<eq])
                let value = String(w.text[w.text.index(after: eq)...])
                tokens.replaceSubrange(
                    0..<1,
                    with: [
                        Word(text: name, column: w.column, quoted: false),
                        Word(text: "=", column: w.column + name.count, quoted: false),
                        Word(text: value, column: w.column + name.count + 1, quoted: false),
                    ])
            }
            guard let first = tokens.first else { return nil }
            let place = { (w: Word) in Scenario.Place(file: file, line: index + 1, column: w.column) }
            let fail = { (w: Word, m: String) in InputError(m, at: place(w), line: raw) }
            if first.text == "title" && !first.quoted {
                // `title "…"`, then optionally a text per language: `nl "…"`.
                guard tokens.count >= 2, tokens.count % 2 == 0,
                    stride(from: 2, to: tokens.count, by: 2).allSatisfy({
                        !tokens[$0].quoted && tokens[$0].text.count == 2 && tokens[$0 + 1].quoted
                    })
                else {
                    return fail(
                        first,
                        "'title' takes one quoted text, then optionally one per language: title \"Office supplies reseller\" nl \"Kantoorartikelen\""
                    )
                }
                scenario.title = tokens[1].text
                for i in stride(from: 2, to: tokens.count, by: 2) {
                    scenario.titles[tokens[i].text] = tokens[i + 1].text
                }
            } else if first.text == "expect" && !first.quoted {
                guard tokens.count == 4, tokens[2].text == "=" else {
                    return fail(
                        first,
                        "write an expectation as: expect TOPIC = VALUE (for example: expect approach = transactional)")
                }
                scenario.expectations.append(
                    Scenario.Expectation(topic: tokens[1].text, value: tokens[3].text, place: place(tokens[1])))
            } else if tokens.count >= 3, tokens[1].text == "=", !tokens[1].quoted {
                var certainty = 1.0
                if tokens.count == 5, tokens[3].text == "certainty" {
                    guard let c = Double(tokens[4].text), c.isFinite, c >= -1, c <= 1 else {
                        return fail(tokens[4], "a certainty is a number from -1 to 1, found '\(tokens[4].text)'")
                    }
                    certainty = c
                } else if tokens.count != 3 {
                    return fail(
                        tokens[3],
                        "expected the end of the line after '\(first.text) = \(tokens[2].text)' (or: certainty C, with C from -1 to 1)"
                    )
                }
                scenario.answers.append(
                    Answer(
                        question: first.text, value: tokens[2].text, certainty: certainty,
                        origin: .written(at: place(first), value: place(tokens[2]))))
            } else {
                var slots: [(name: String, value: ScenarioValue, place: Scenario.Place)] = []
                for (i, t) in tokens.enumerated().dropFirst() {
                    if let eq = t.text.firstIndex(of: "="), !t.quoted {
                        let name = String(t.text[..<eq])
                        var valueText = String(t.text[t.text.index(after: eq)...])
                        var quoted = false
                        if valueText.isEmpty, i + 1 < tokens.count, tokens[i + 1].quoted {
                            valueText = tokens[i + 1].text
                            quoted = true
                        }
                        guard !name.isEmpty, !valueText.isEmpty else {
                            return fail(t, "write a slot as NAME=VALUE (for example: cost=low or title=\"Web shop\")")
                        }
                        slots.append((name, quoted ? .string(valueText) : value(of: valueText), place(t)))
                    } else if i == 1 {
                        slots.append(("", t.quoted ? .string(t.text) : value(of: t.text), place(t)))
                    } else if i > 1, tokens[i - 1].text.hasSuffix("="), t.quoted {
                        continue
                    } else {
                        return fail(t, "expected NAME=VALUE after '\(first.text)', found '\(t.text)'")
                    }
                }
                guard tokens.count > 1 else {
                    return fail(
                        first,
                        "expected 'NAME = VALUE', 'TEMPLATE slot=value …', 'expect TOPIC = VALUE' or 'title \"…\"', found '\(first.text)' alone"
                    )
                }
                scenario.facts.append(Scenario.FactLine(template: first.text, slots: slots, place: place(first)))
            }
            return nil
        }
        // Every line is read: a file with three mistakes reports three.
        var errors: [InputError] = []
        for (index, raw) in lines.enumerated() {
            if let e = read(index, raw) { errors.append(e) }
        }
        if var first = errors.first {
            first.more = Array(errors.dropFirst())
            return .failure(first)
        }
        return .success(scenario)
    }

    /// The first character of a line that no scenario should hold, with its column (counted in
    /// characters) and why: a byte that was not UTF-8 (decoded as U+FFFD), or a control character
    /// (which would reach a report or a terminal). A tab is whitespace.
    public static func unreadable(_ line: String) -> (Int, String)? {
        for (offset, character) in line.enumerated() {
            for u in character.unicodeScalars {
                if u == "\u{FFFD}" {
                    return (offset + 1, "a byte that is not UTF-8 (shown as \u{FFFD}); save the file as UTF-8")
                }
                if (u.value < 0x20 && u != "\t") || (0x7F..<0xA0).contains(u.value) {
                    return (
                        offset + 1,
                        "a control character (U+\(String(u.value, radix: 16, uppercase: true).leftPadded(4))); remove it"
                    )
                }
            }
        }
        return nil
    }

    /// One `--set NAME=VALUE` as an answer.
    public static func parseSet(_ text: String) -> Result<Answer, InputError> {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex, text.index(after: eq) != text.endIndex else {
            return .failure(InputError("--set takes NAME=VALUE (for example: --set complexity=high), found '\(text)'"))
        }
        let name = String(text[..<eq]).trimmingSpaces
        let value = String(text[text.index(after: eq)...]).trimmingSpaces
        let place = Scenario.Place(file: "--set \(text)", line: 0, column: 0)
        return .success(Answer(question: name, value: value, certainty: 1, origin: .written(at: place, value: place)))
    }

    /// The scenario's name: its file name without folder and extension.
    static func scenarioName(_ file: String) -> String {
        var name = file.split(separator: "/").last.map(String.init) ?? file
        if name.hasSuffix(".scenario") { name.removeLast(".scenario".count) }
        return name
    }

    static func value(of text: String) -> ScenarioValue {
        if let i = Int(text) { return .integer(i) }
        if let d = Double(text), text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
            return .number(d, text: text)
        }
        return .word(text)
    }

    struct Word {
        let text: String
        let column: Int
        let quoted: Bool
    }

    enum Tokens {
        case success([Word])
        case failure(Int, String)
    }

    /// Splits a line into words, quoted strings and `=`; a `#` outside quotes starts a comment.
    static func tokenize(_ line: String) -> Tokens {
        // An ASCII line (the usual case) is read byte by byte; others by character, so that columns
        // count characters.
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            return tokenize(Array(line.utf8), { UInt8(ascii: $0) }, { String(decoding: $0, as: UTF8.self) })
        }
        return tokenize(Array(line), { Character($0) }, { String($0) })
    }

    private static func tokenize<C: Equatable>(
        _ chars: [C], _ c: (Unicode.Scalar) -> C, _ string: ([C]) -> String
    ) -> Tokens {
        let space = c(" ")
        let tab = c("\t")
        let hash = c("#")
        let quote = c("\"")
        let equals = c("=")
        let backslash = c("\\")
        var words: [Word] = []
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == space || ch == tab {
                i += 1
            } else if ch == hash {
                break
            } else if ch == quote {
                let start = i
                var text: [C] = []
                i += 1
                while i < chars.count && chars[i] != quote {
                    if chars[i] == backslash, i + 1 < chars.count {
                        i += 1
                        text.append(chars[i] == c("n") ? c("\n") : chars[i])
                    } else {
                        text.append(chars[i])
                    }
                    i += 1
                }
                guard i < chars.count else { return .failure(start + 1, "unterminated string: add the closing '\"'") }
                i += 1
                words.append(Word(text: string(text), column: start + 1, quoted: true))
            } else if ch == equals {
                words.append(Word(text: "=", column: i + 1, quoted: false))
                i += 1
            } else {
                let start = i
                while i < chars.count, chars[i] != space, chars[i] != tab, chars[i] != hash, chars[i] != quote {
                    // `name=value` stays one word; `name = value` gives three.
                    i += 1
                }
                words.append(Word(text: string(Array(chars[start..<i])), column: start + 1, quoted: false))
            }
        }
        return .success(words)
    }
}

extension String {
    var trimmingSpaces: String {
        // Most texts have no space at either end: a space Character is the one byte 0x20.
        guard utf8.first == 0x20 || utf8.last == 0x20 else { return self }
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// The string with `0` in front up to `width` characters (`1B` → `001B`).
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
