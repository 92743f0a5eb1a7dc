/// A name as written: its text and where it is.
public struct Name: Hashable, Sendable {
    public let text: String
    public let location: SourceLocation
    public let length: Int

    init(_ token: Token) {
        self.text = token.text
        self.location = token.location
        self.length = token.length
    }
}
