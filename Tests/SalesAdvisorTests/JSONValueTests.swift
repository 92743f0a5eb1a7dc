@_spi(Tooling) import SalesAdvisor
import Testing

@Suite("JSON writing")
struct JSONValueTests {
    @Test("numbers and whole numbers: at most four decimals, zeros kept inside, any Int")
    func numbers() {
        let value = JSONValue.array([
            .number(0.05), .number(-0.33333), .number(2), .number(0.00004), .number(-0.00004), .number(1234.5),
            .number(.nan), .integer(0), .integer(-7), .integer(1_234_567), .integer(Int.min), .integer(Int.max),
            .bool(true), .bool(false), .null, .array([]), .object([]),
        ])
        #expect(
            value.compact()
                == "[0.05,-0.3333,2,0,0,1234.5,null,0,-7,1234567,-9223372036854775808,9223372036854775807,true,false,null,[],{}]"
        )
        #expect(JSONValue.object([("a", .array([.integer(1)]))]).rendered() == "{\n  \"a\": [\n    1\n  ]\n}")
    }

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
