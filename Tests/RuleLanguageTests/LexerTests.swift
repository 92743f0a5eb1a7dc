import Testing

@testable import RuleLanguage

/// The lexer reads bytes but counts columns in characters: a caret must sit under the right letter
/// of Dutch text, and "\r\n" is one line break.
@Suite struct LexerTests {
    func tokens(_ text: String) -> [Token] {
        var lexer = Lexer(text: text, file: "t.rules")
        return lexer.tokenize()
    }

    @Test func columnsCountCharactersNotBytes() {
        let t = tokens("één  kerel-2 $prijs \"ê\\\"x\" 12.5e3 >= #opmerking\nvolgende")
        #expect(
            t.map(\.kind) == [
                .identifier, .identifier, .variable, .string, .float, .greaterOrEqual, .identifier, .endOfFile,
            ])
        #expect(t.map(\.text).prefix(7) == ["één", "kerel-2", "prijs", "ê\"x", "12.5e3", ">=", "volgende"])
        #expect(t.map(\.location.column).prefix(7) == [1, 6, 14, 21, 28, 35, 1])
        #expect(t[0].length == 3)
        #expect(t[3].length == 6)
        #expect(t[6].location.line == 2)
        #expect(t[6].startsLine)
    }

    @Test func crlfIsOneLineBreakAndABOMIsNotContent() {
        let t = tokens("\u{FEFF}a\r\nb\rc\nd")
        #expect(t.map(\.text).prefix(4) == ["a", "b", "c", "d"])
        #expect(t.map(\.location.line).prefix(4) == [1, 2, 3, 4])
        #expect(t[0].location.column == 1)
    }

    @Test func unknownCharactersAndOpenStringsAreReported() {
        var lexer = Lexer(text: "a € \"open\nb", file: "t.rules")
        let t = lexer.tokenize()
        #expect(t.map(\.kind) == [.identifier, .invalid, .invalid, .identifier, .endOfFile])
        #expect(lexer.diagnostics.map(\.location.column) == [3, 5])
        #expect(lexer.diagnostics.first?.message.text.contains("€") == true)
    }
}
