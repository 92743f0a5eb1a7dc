/// The kinds of token of the rule language. Keywords are identifiers; the parser knows where they count.
enum TokenKind: Hashable, Sendable {
    case identifier
    case variable
    case integer
    case float
    case string
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case comma, colon, ampersand
    case assign  // =
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case plus, minus, star, slash
    case endOfFile
    /// A lexing error already reported; the parser skips it.
    case invalid
}

/// A token: its kind, its text (for strings, the decoded content; for variables, the name without `$`),
/// and where it starts.
struct Token: Hashable, Sendable {
    let kind: TokenKind
    let text: String
    let location: SourceLocation
    /// The number of characters the token spans in the source (for the caret underline).
    let length: Int
    /// Whether the token is the first on its line (the parser resynchronises on line starts).
    let startsLine: Bool

    /// Whether this is the identifier `word`.
    func isWord(_ word: String) -> Bool { kind == .identifier && text == word }

    /// How the token reads in a message.
    var display: String {
        switch kind {
        case .endOfFile: return "end of file"
        case .string: return "\"\(text)\""
        case .variable: return "$\(text)"
        default: return text
        }
    }
}
