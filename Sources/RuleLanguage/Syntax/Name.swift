/// A name as written: its text and where it is.
struct Name: Hashable, Sendable {
    let text: String
    let location: SourceLocation
    let length: Int

    init(_ token: Token) {
        self.text = token.text
        self.location = token.location
        self.length = token.length
    }
}
