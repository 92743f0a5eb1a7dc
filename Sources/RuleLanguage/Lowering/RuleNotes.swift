/// What a rule says to its readers, kept beside the engine's rule (the engine runs rules and knows
/// nothing of their texts): its `because` texts, referred to by index from its `conclude` and
/// `score` actions, and where its knowledge comes from.
public struct RuleNotes: Hashable, Sendable {
    /// The `because` texts, in the order they are written.
    public var texts: [LocalizedText]
    /// Its source and confidence tag, if written.
    public var provenance: Provenance?

    /// A rule's notes.
    public init(texts: [LocalizedText] = [], provenance: Provenance? = nil) {
        self.texts = texts
        self.provenance = provenance
    }
}
