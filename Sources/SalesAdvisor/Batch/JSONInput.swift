/// A JSON value as read from one line of input, with the column each value starts at (counted in
/// characters, as every message counts them). Numbers keep the text they were written as.
@_spi(Tooling) public indirect enum JSONInput: Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([(value: JSONInput, column: Int)])
    /// Fields with the column of the key and of the value.
    case object([(key: String, value: JSONInput, column: Int, valueColumn: Int)])

    /// What kind of value it is, for messages.
    public var kind: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// Parses one JSON text; a mistake gives its column and what was expected. Nesting is limited
    /// (no input can exhaust the stack) and the whole text must be one value.
    public static func parse(_ text: String) -> Result<JSONInput, JSONInputError> {
        var reader = JSONReader(Array(text.unicodeScalars))
        return reader.document()
    }
}

@_spi(Tooling) public struct JSONInputError: Error, Sendable, Equatable {
    public let column: Int
    public let message: String
}

struct JSONReader {
    let scalars: [Unicode.Scalar]
    var i = 0
    var depth = 0
    static let maximumDepth = 64

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var column: Int { i + 1 }

    mutating func document() -> Result<JSONInput, JSONInputError> {
        do throws(JSONInputError) {
            skipSpace()
            let v = try value()
            skipSpace()
            guard i == scalars.count else {
                throw JSONInputError(column: column, message: "expected the end of the line after the JSON value")
            }
            return .success(v)
        } catch {
            return .failure(error)
        }
    }

    mutating func skipSpace() {
        while i < scalars.count, [" ", "\t", "\r", "\n"].contains(scalars[i]) { i += 1 }
    }

    func fail(_ message: String) -> JSONInputError { JSONInputError(column: column, message: message) }

    mutating func value() throws(JSONInputError) -> JSONInput {
        guard i < scalars.count else { throw fail("expected a JSON value, found the end of the line") }
        switch scalars[i] {
        case "{": return try object()
        case "[": return try array()
        case "\"": return .string(try string())
        case "t": return try word("true", .bool(true))
        case "f": return try word("false", .bool(false))
        case "n": return try word("null", .null)
        case "-", "0"..."9": return try number()
        default: throw fail("expected a JSON value, found '\(scalars[i])'")
        }
    }

    mutating func word(_ w: String, _ v: JSONInput) throws(JSONInputError) -> JSONInput {
        let chars = Array(w.unicodeScalars)
        guard i + chars.count <= scalars.count, Array(scalars[i..<(i + chars.count)]) == chars else {
            throw fail("expected a JSON value")
        }
        i += chars.count
        return v
    }

    mutating func number() throws(JSONInputError) -> JSONInput {
        let start = i
        if scalars[i] == "-" { i += 1 }
        var digits = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) {
            i += 1
            digits += 1
        }
        guard digits > 0 else { throw fail("expected a digit") }
        if i < scalars.count, scalars[i] == "." {
            i += 1
            var fraction = 0
            while i < scalars.count, ("0"..."9").contains(scalars[i]) {
                i += 1
                fraction += 1
            }
            guard fraction > 0 else { throw fail("expected a digit after '.'") }
        }
        if i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
            i += 1
            if i < scalars.count, scalars[i] == "+" || scalars[i] == "-" { i += 1 }
            var exponent = 0
            while i < scalars.count, ("0"..."9").contains(scalars[i]) {
                i += 1
                exponent += 1
            }
            guard exponent > 0 else { throw fail("expected a digit in the exponent") }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<i])
        return .number(text)
    }

    mutating func string() throws(JSONInputError) -> String {
        i += 1  // opening quote
        var out = String.UnicodeScalarView()
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" {
                i += 1
                return String(out)
            }
            if c.value < 0x20 {
                throw fail("a control character in a string; write it as \\u\(String(c.value, radix: 16))")
            }
            if c == "\\" {
                i += 1
                guard i < scalars.count else { break }
                switch scalars[i] {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    guard let unit = hex4(at: i + 1) else { throw fail("expected four hex digits after \\u") }
                    i += 4
                    var scalar = Unicode.Scalar(unit)
                    // A surrogate pair: the low half follows as another \u escape.
                    if (0xD800...0xDBFF).contains(unit), i + 2 < scalars.count, scalars[i + 1] == "\\",
                        scalars[i + 2] == "u",
                        let low = hex4(at: i + 3), (0xDC00...0xDFFF).contains(low)
                    {
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        i += 6
                    }
                    out.append(scalar ?? "\u{FFFD}")
                default: throw fail("unknown escape '\\\(scalars[i])'")
                }
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        throw fail("unterminated string: add the closing '\"'")
    }

    func hex4(at j: Int) -> UInt32? {
        guard j + 4 <= scalars.count else { return nil }
        var v: UInt32 = 0
        for s in scalars[j..<(j + 4)] {
            guard let d = Int(String(s), radix: 16) else { return nil }
            v = v * 16 + UInt32(d)
        }
        return v
    }

    mutating func nested<T>(_ body: (inout JSONReader) throws(JSONInputError) -> T) throws(JSONInputError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONReader.maximumDepth else {
            throw fail("nested more than \(JSONReader.maximumDepth) levels deep")
        }
        return try body(&self)
    }

    mutating func array() throws(JSONInputError) -> JSONInput {
        try nested { (r: inout JSONReader) throws(JSONInputError) -> JSONInput in
            r.i += 1
            var items: [(JSONInput, Int)] = []
            r.skipSpace()
            if r.i < r.scalars.count, r.scalars[r.i] == "]" {
                r.i += 1
                return .array([])
            }
            while true {
                r.skipSpace()
                let column = r.column
                items.append((try r.value(), column))
                r.skipSpace()
                guard r.i < r.scalars.count else { throw r.fail("expected ',' or ']', found the end of the line") }
                if r.scalars[r.i] == "," {
                    r.i += 1
                    continue
                }
                guard r.scalars[r.i] == "]" else { throw r.fail("expected ',' or ']', found '\(r.scalars[r.i])'") }
                r.i += 1
                return .array(items.map { (value: $0.0, column: $0.1) })
            }
        }
    }

    mutating func object() throws(JSONInputError) -> JSONInput {
        try nested { (r: inout JSONReader) throws(JSONInputError) -> JSONInput in
            r.i += 1
            var fields: [(key: String, value: JSONInput, column: Int, valueColumn: Int)] = []
            r.skipSpace()
            if r.i < r.scalars.count, r.scalars[r.i] == "}" {
                r.i += 1
                return .object([])
            }
            while true {
                r.skipSpace()
                guard r.i < r.scalars.count, r.scalars[r.i] == "\"" else {
                    throw r.fail("expected a key in double quotes")
                }
                let column = r.column
                let key = try r.string()
                if fields.contains(where: { $0.key == key }) {
                    throw JSONInputError(column: column, message: "the key \"\(key)\" is given twice")
                }
                r.skipSpace()
                guard r.i < r.scalars.count, r.scalars[r.i] == ":" else {
                    throw r.fail("expected ':' after the key \"\(key)\"")
                }
                r.i += 1
                r.skipSpace()
                let valueColumn = r.column
                fields.append((key, try r.value(), column, valueColumn))
                r.skipSpace()
                guard r.i < r.scalars.count else { throw r.fail("expected ',' or '}', found the end of the line") }
                if r.scalars[r.i] == "," {
                    r.i += 1
                    continue
                }
                guard r.scalars[r.i] == "}" else { throw r.fail("expected ',' or '}', found '\(r.scalars[r.i])'") }
                r.i += 1
                return .object(fields)
            }
        }
    }
}
