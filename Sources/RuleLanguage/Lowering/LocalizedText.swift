/// Text in several languages, keyed by language code (`en`, `nl`); may hold `{variable}` placeholders.
public struct LocalizedText: Hashable, Sendable {
    /// The text per language code (`en`, `nl`).
    public var texts: [String: String]

    /// A text in several languages.
    public init(_ texts: [String: String]) { self.texts = texts }

    /// The text in `language`, falling back to English, then to any language (by code, for determinism).
    public func text(_ language: String) -> String? {
        if let t = texts[language] { return t }
        if let t = texts["en"] { return t }
        return texts.keys.sorted().first.flatMap { texts[$0] }
    }
}
