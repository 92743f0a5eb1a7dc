/// Turns rule-file text into tokens. Reports bad characters and unterminated strings, and goes on.
public struct Lexer {
    private let chars: [Character]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var lineHasToken = false
    public private(set) var diagnostics: [Diagnostic] = []

    public init(text: String, file: String) {
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }  // a byte-order mark is not content
        self.chars = chars
        self.file = file
    }

    /// All tokens, ending with `endOfFile`.
    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            let t = next()
            tokens.append(t)
            if t.kind == .endOfFile { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func advance() {
        if chars[index].isNewline {  // "\n", "\r\n" (one Character) and "\r"
            line += 1
            column = 1
            lineHasToken = false
        } else {
            column += 1
        }
        index += 1
    }

    static func isIdentifierStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
    static func isIdentifierPart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "-" }

    private mutating func next() -> Token {
        skipTrivia()
        let start = SourceLocation(file: file, line: line, column: column)
        let startIndex = index
        let first = !lineHasToken
        lineHasToken = true
        func make(_ kind: TokenKind, _ text: String? = nil) -> Token {
            Token(
                kind: kind, text: text ?? String(chars[startIndex..<index]), location: start,
                length: max(1, index - startIndex), startsLine: first)
        }
        guard let c = peek() else { return make(.endOfFile, "") }
        if Lexer.isIdentifierStart(c) {
            while let d = peek(), Lexer.isIdentifierPart(d) { advance() }
            return make(.identifier)
        }
        if c == "$" {
            advance()
            while let d = peek(), Lexer.isIdentifierPart(d) { advance() }
            let name = String(chars[(startIndex + 1)..<index])
            if name.isEmpty {
                report(.expectedVariableName, at: start, length: 1)
                return make(.invalid)
            }
            return make(.variable, name)
        }
        if c.isASCII, c.isNumber {
            let kind = number()
            return make(kind)
        }
        if c == "\"" {
            let errors = diagnostics.count
            let text = string(start: start)
            return make(diagnostics.count > errors ? .invalid : .string, text)
        }
        advance()
        switch c {
        case "(": return make(.leftParen)
        case ")": return make(.rightParen)
        case "[": return make(.leftBracket)
        case "]": return make(.rightBracket)
        case "{": return make(.leftBrace)
        case "}": return make(.rightBrace)
        case ",": return make(.comma)
        case ":": return make(.colon)
        case "&": return make(.ampersand)
        case "+": return make(.plus)
        case "-": return make(.minus)
        case "*": return make(.star)
        case "/": return make(.slash)
        case "=":
            if peek() == "=" { advance(); return make(.equal) }
            return make(.assign)
        case "!":
            if peek() == "=" { advance(); return make(.notEqual) }
        case "<":
            if peek() == "=" { advance(); return make(.lessOrEqual) }
            return make(.less)
        case ">":
            if peek() == "=" { advance(); return make(.greaterOrEqual) }
            return make(.greater)
        default: break
        }
        report(.unexpectedCharacter(String(c)), at: start, length: 1)
        return make(.invalid)
    }

    private mutating func number() -> TokenKind {
        var isFloat = false
        while let d = peek(), d.isASCII, d.isNumber { advance() }
        if peek() == ".", let d = peek(1), d.isASCII, d.isNumber {
            isFloat = true
            advance()
            while let d = peek(), d.isASCII, d.isNumber { advance() }
        }
        if peek() == "e" || peek() == "E" {
            let sign = peek(1) == "+" || peek(1) == "-" ? 1 : 0
            if let d = peek(1 + sign), d.isASCII, d.isNumber {
                isFloat = true
                advance()
                if sign == 1 { advance() }
                while let d = peek(), d.isASCII, d.isNumber { advance() }
            }
        }
        return isFloat ? .float : .integer
    }

    private mutating func string(start: SourceLocation) -> String {
        advance()  // opening quote
        var text = ""
        while let c = peek(), c != "\"" {
            if c.isNewline { break }
            if c == "\\", let e = peek(1) {
                advance()
                advance()
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(e)
                }
                continue
            }
            text.append(c)
            advance()
        }
        guard peek() == "\"" else {
            report(.unterminatedString, at: start, length: 1)
            return text
        }
        advance()
        return text
    }

    private mutating func skipTrivia() {
        while let c = peek() {
            if c == "#" {
                while let d = peek(), !d.isNewline { advance() }
            } else if c.isWhitespace {
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
