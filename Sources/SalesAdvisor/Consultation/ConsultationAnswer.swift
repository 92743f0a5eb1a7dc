/// One answer of a consultation: a value with a certainty, or `unknown` (the rules go on without it).
public struct ConsultationAnswer: Hashable, Sendable {
    /// The question's name (`complexity`).
    public let question: String
    /// The value's name (`high`); nil for `unknown`.
    public let value: String?
    /// From −1 to 1 (1 unless the user typed one: `high 0.7`).
    public let certainty: Double
    /// Whether it was given before the dialogue (`--set`, `--scenario`) rather than typed at a prompt.
    public let isPreset: Bool

    /// An answer; `certainty` 1 and typed at a prompt unless said otherwise.
    public init(question: String, value: String?, certainty: Double = 1, isPreset: Bool = false) {
        self.question = question
        self.value = value
        self.certainty = certainty
        self.isPreset = isPreset
    }
}
