import RuleLanguage

/// What would change with another answer: per answered question and alternative value, the goals
/// whose recommendation changes.
public struct WhatIf: Sendable {
    /// One other answer and what it would change.
    public struct Item: Sendable {
        /// The question.
        public let question: String
        /// The answer now.
        public let current: String
        /// Its label per language.
        public let currentLabel: Texts
        /// The other answer.
        public let alternative: String
        /// Its label per language.
        public let alternativeLabel: Texts
        /// The recommendations that would change.
        public let changes: [(goal: String, from: String?, to: String?, toLabel: Texts)]
    }

    /// The recommendation of each goal now.
    public let tops: [(goal: String, value: String?)]
    /// Every other answer that changes a recommendation, most changing first.
    public let items: [Item]
    /// The number of re-runs it took.
    public let runs: Int
    /// Questions and goals (`complexity`), and goal values (`approach=transactional`), in the
    /// reader's words; the text shows these, the JSON keeps the names.
    public var phrases: [String: Texts] = [:]
}
