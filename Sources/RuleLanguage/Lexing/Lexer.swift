/// Turns rule-file text into tokens. Reports bad characters and unterminated strings, and goes on.
struct Lexer {
    // The lexer reads UTF-8 bytes: ASCII (nearly all of a rule file) is classified with a
    // comparison, and only the rest is decoded to a Unicode scalar for its properties. Columns count
    // scalars — one per character for the precomposed letters of Dutch and English text — so a caret
    // sits under the right letter.
    private let bytes: [UInt8]
    private let file: SourcePath
    private var index = 0
    private var line = 1
    private var column = 1
    private var lineHasToken = false
    private(set) var diagnostics: [Diagnostic] = []

    init(text: String, file: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a byte-order mark is not content
        self.bytes = bytes
        self.file = SourcePath.intern(file)
    }

    /// All tokens, ending with `endOfFile`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            let t = next()
            tokens.append(t)
            if t.kind == .endOfFile { return tokens }
        }
    }

    /// The byte at `index + offset`, or nil past the end.
    @inline(__always) private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// The Unicode scalar starting at byte `i` and its length in bytes.
    private func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07)
        var n = 1
        while n < length, i + n < bytes.count, bytes[i + n] & 0xC0 == 0x80 {
            value = value << 6 | UInt32(bytes[i + n] & 0x3F)
            n += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", n)
    }

    /// Moves past one character: a byte of ASCII, a whole scalar otherwise, and "\r\n" as one line break.
    private mutating func advance() {
        let b = bytes[index]
        if b == 10 || b == 13 {
            index += (b == 13 && peek(1) == 10) ? 2 : 1
            line += 1
            column = 1
            lineHasToken = false
            return
        }
        index += b < 0x80 ? 1 : scalar(at: index).1
        column += 1
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }
    @inline(__always) static func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 48 && $0 <= 57 } ?? false }

    // ASCII is decided inline; other scalars by their Unicode properties, out of line.
    @inline(__always) private func isIdentifierStart(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return Lexer.isLetter(b) || b == 95 }
        return scalar(at: i).0.properties.isAlphabetic
    }

    @inline(__always) private func isIdentifierPart(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return Lexer.isLetter(b) || (b >= 48 && b <= 57) || b == 95 || b == 45 }
        return isIdentifierPartScalar(at: i)
    }

    @inline(never) private func isIdentifierPartScalar(at i: Int) -> Bool {
        let p = scalar(at: i).0.properties
        return p.isAlphabetic || p.numericType != nil
    }

    @inline(__always) private func isWhitespace(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b == 32 || (b >= 9 && b <= 13) }
        return scalar(at: i).0.properties.isWhitespace
    }

    private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The next token (`endOfFile` at the end, and again after it).
    mutating func nextToken() -> Token { next() }

    private mutating func next() -> Token {
        skipTrivia()
        let start = SourceLocation(source: file, line: line, column: column)
        let startIndex = index
        let startColumn = column
        let first = !lineHasToken
        lineHasToken = true
        func make(_ kind: TokenKind, _ text: String? = nil) -> Token {
            Token(
                kind: kind, text: text ?? self.text(startIndex..<index), location: start,
                length: max(1, column - startColumn), startsLine: first)
        }
        guard let c = peek() else { return make(.endOfFile, "") }
        if isIdentifierStart(at: index) {
            while index < bytes.count, isIdentifierPart(at: index) { advance() }
            return make(.identifier)
        }
        if c == UInt8(ascii: "$") {
            advance()
            while index < bytes.count, isIdentifierPart(at: index) { advance() }
            let name = text((startIndex + 1)..<index)
            if name.isEmpty {
                report(.expectedVariableName, at: start, length: 1)
                return make(.invalid)
            }
            return make(.variable, name)
        }
        if Lexer.isDigit(c) {
            let kind = number()
            return make(kind)
        }
        if c == UInt8(ascii: "\"") {
            let errors = diagnostics.count
            let text = string(start: start)
            return make(diagnostics.count > errors ? .invalid : .string, text)
        }
        advance()
        // Punctuation gets its text as a literal (no string is built for it).
        switch c {
        case UInt8(ascii: "("): return make(.leftParen, "(")
        case UInt8(ascii: ")"): return make(.rightParen, ")")
        case UInt8(ascii: "["): return make(.leftBracket, "[")
        case UInt8(ascii: "]"): return make(.rightBracket, "]")
        case UInt8(ascii: "{"): return make(.leftBrace, "{")
        case UInt8(ascii: "}"): return make(.rightBrace, "}")
        case UInt8(ascii: ","): return make(.comma, ",")
        case UInt8(ascii: ":"): return make(.colon, ":")
        case UInt8(ascii: "&"): return make(.ampersand, "&")
        case UInt8(ascii: "+"): return make(.plus, "+")
        case UInt8(ascii: "-"): return make(.minus, "-")
        case UInt8(ascii: "*"): return make(.star, "*")
        case UInt8(ascii: "/"): return make(.slash, "/")
        case UInt8(ascii: "="):
            if peek() == UInt8(ascii: "=") {
                advance()
                return make(.equal, "==")
            }
            return make(.assign, "=")
        case UInt8(ascii: "!"):
            if peek() == UInt8(ascii: "=") {
                advance()
                return make(.notEqual, "!=")
            }
        case UInt8(ascii: "<"):
            if peek() == UInt8(ascii: "=") {
                advance()
                return make(.lessOrEqual, "<=")
            }
            return make(.less, "<")
        case UInt8(ascii: ">"):
            if peek() == UInt8(ascii: "=") {
                advance()
                return make(.greaterOrEqual, ">=")
            }
            return make(.greater, ">")
        default: break
        }
        let character = text(startIndex..<index)
        report(character == "\u{FFFD}" ? .invalidUTF8 : .unexpectedCharacter(character), at: start, length: 1)
        return make(.invalid)
    }

    private mutating func number() -> TokenKind {
        var isFloat = false
        while Lexer.isDigit(peek()) { advance() }
        if peek() == UInt8(ascii: "."), Lexer.isDigit(peek(1)) {
            isFloat = true
            advance()
            while Lexer.isDigit(peek()) { advance() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
            if Lexer.isDigit(peek(1 + sign)) {
                isFloat = true
                advance()
                if sign == 1 { advance() }
                while Lexer.isDigit(peek()) { advance() }
            }
        }
        return isFloat ? .float : .integer
    }

    private mutating func string(start: SourceLocation) -> String {
        advance()  // opening quote
        var text: [UInt8] = []
        var notUTF8 = false
        while let c = peek(), c != UInt8(ascii: "\"") {
            if c == 10 || c == 13 { break }
            if c == UInt8(ascii: "\\"), let e = peek(1), e != 10, e != 13 {
                advance()
                let escapeStart = index
                advance()
                switch e {
                case UInt8(ascii: "n"): text.append(10)
                case UInt8(ascii: "t"): text.append(9)
                default: text += bytes[escapeStart..<index]
                }
                continue
            }
            let from = index
            // A byte that was not UTF-8 reaches the lexer as U+FFFD (EF BF BD): said once per string.
            if c == 0xEF, peek(1) == 0xBF, peek(2) == 0xBD, !notUTF8 {
                notUTF8 = true
                report(.invalidUTF8, at: SourceLocation(source: file, line: line, column: column), length: 1)
            }
            advance()
            text += bytes[from..<index]
        }
        guard peek() == UInt8(ascii: "\"") else {
            report(.unterminatedString, at: start, length: 1)
            return String(decoding: text, as: UTF8.self)
        }
        advance()
        return String(decoding: text, as: UTF8.self)
    }

    private mutating func skipTrivia() {
        while let c = peek() {
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") {
                // The common case (indentation), without `advance`'s line-break checks.
                index += 1
                column += 1
            } else if c == UInt8(ascii: "#") {
                while let d = peek(), d != 10, d != 13 { advance() }
            } else if isWhitespace(at: index) {
                advance()
            } else {
                return
            }
        }
    }

    private mutating func report(_ message: DiagnosticMessage, at location: SourceLocation, length: Int) {
        diagnostics.append(Diagnostic(message, at: location, length: length))
    }
}
