import RuleLanguage

/// For a question: which rules need its answer, what they would conclude, and how far they are.
public struct WhyQuestion: Sendable {
    /// A rule that needs the answer.
    public struct Need: Sendable {
        /// The rule.
        public let reason: Reason
        /// `approach = account-management` and the like: what the rule concludes or asserts.
        public let concludes: [String]
        /// The goals it feeds.
        public let goals: [String]
        /// Its conditions, each with whether it already holds (nil: not known on its own, such as a `test`).
        public let conditions: [(text: String, holds: Bool?, isThisQuestion: Bool)]
    }

    /// The question's name.
    public let question: String
    /// The question per language.
    public let prompt: Texts
    /// The answer given, if any.
    public let answer: String?
    /// The rules that read it.
    public let needs: [Need]
    /// Conditions (`risk is low`), conclusions (`approach = transactional`) and goals in the
    /// reader's words; the text shows these, the JSON keeps what is written.
    public var phrases: [String: Texts] = [:]
}
