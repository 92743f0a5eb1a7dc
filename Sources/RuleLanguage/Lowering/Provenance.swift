/// Where a rule's knowledge comes from: a source key and a confidence tag (`S6 [P]`).
public struct Provenance: Hashable, Sendable {
    /// The rule's source keys (`A4 S6 S13`).
    public let source: String
    /// Its confidence tag: T (textbook), P (published source) or I (inference).
    public let confidence: String?

    /// Where a rule's knowledge comes from.
    public init(source: String, confidence: String?) {
        self.source = source
        self.confidence = confidence
    }
}
