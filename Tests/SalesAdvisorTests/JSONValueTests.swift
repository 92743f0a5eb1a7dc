@_spi(Tooling) import SalesAdvisor
import Testing

@Suite("JSON writing")
struct JSONValueTests {
    @Test("strings: quotes, backslashes and control characters escaped, other text kept as UTF-8")
    func escaping() {
        let value = JSONValue.array([
            .string("plain"), .string(""), .string("a\"b\\c\nd\re\tf\u{1}g\u{1F}"), .string("\"edge\\"),
            .string("klantwaarde é → 🙂"),
        ])
        #expect(
            value.compact()
                == #"["plain","","a\"b\\c\nd\re\tf\u0001g\u001f","\"edge\\","klantwaarde é → 🙂"]"#)
    }
}
