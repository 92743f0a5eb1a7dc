import RuleLanguage

/// An answer to one of the knowledge base's questions, wherever it comes from: a scenario file,
/// `--set`, a column of an export, a ``SituationBuilder``, or a consultation (typed at a prompt or
/// given beforehand). The one form an answer takes from where it is read to the fact the rules see.
public struct Answer: Hashable, Sendable {
    /// Where an answer comes from.
    public enum Origin: Hashable, Sendable {
        /// Typed at a consultation's prompt.
        case typed
        /// Given before a consultation's questions, and restored so from its session file.
        case preset
        /// Written in a file, on the command line or in code: where the answer and its value are
        /// (for messages: `file:line:column`).
        case written(at: SourceLocation, value: SourceLocation)
    }

    /// The question's name (`complexity`).
    public let question: String
    /// The value's name (`high`); nil for `unknown` (the rules go on without it).
    public let value: String?
    /// From −1 to 1 (1 unless one is given: `high 0.7`, `certainty 0.7`).
    public let certainty: Double
    /// Where it comes from.
    public let origin: Origin

    /// An answer; `certainty` 1 and typed at a prompt unless said otherwise.
    public init(question: String, value: String?, certainty: Double = 1, origin: Origin = .typed) {
        self.question = question
        self.value = value
        self.certainty = certainty
        self.origin = origin
    }

    /// Whether it was given before a consultation's questions (a file, `--set`) rather than typed.
    public var isPreset: Bool { origin != .typed }

    /// Where it is written, when it is.
    public var place: SourceLocation? {
        if case .written(let place, _) = origin { return place }
        return nil
    }

    /// Where its value is written, when it is.
    public var valuePlace: SourceLocation? {
        if case .written(_, let place) = origin { return place }
        return nil
    }
}
