import RuleLanguage

/// Reads what a user typed at a question: a value by number, by name or by its label in either
/// language, or by a prefix that only one value has (of its name, its label, or at least three
/// letters of a word of its label); case-insensitive; optionally followed by a
/// certainty from −1 to 1 (`high 0.7`, `hoog 0,7`).
public struct AnswerMatcher: Sendable {
    /// A choice: the value's name and its labels (`high`: "high", "hoog").
    public struct Choice: Sendable {
        /// The value recorded when this choice is taken.
        public let value: String
        /// What the user may type for it: labels in each language.
        public let labels: [String]

        /// A choice with its value and the labels that select it.
        public init(value: String, labels: [String]) {
            self.value = value
            self.labels = labels
        }
    }

    /// The choices, in the order they are numbered.
    public let choices: [Choice]

    /// What the typed text turned out to be.
    public enum Result: Equatable, Sendable {
        case value(String, certainty: Double)
        /// Nothing matched; `suggestion` is the nearest value, when one is near.
        case noMatch(suggestion: String?)
        /// A prefix that several values share.
        case ambiguous([String])
        /// A value followed by something that is not a certainty from −1 to 1.
        case badCertainty(String)
    }

    /// The choices of a question: its values with their labels.
    public init(question: Question, kb: KnowledgeBase) {
        let type = kb.program.templates[question.attribute].slots.first?.type ?? .any
        choices = kb.values(of: type).map { v in
            let texts = kb.valueTexts(v, of: type) ?? [:]
            return Choice(value: v, labels: texts.keys.sorted().compactMap { texts[$0] })
        }
    }

    /// Any list of choices (an instance's slot, yes or no).
    public init(choices: [Choice]) { self.choices = choices }

    /// A number as people write a certainty: `0.7`, `-0.5`, `+1`, `.5`, `0,7` (the Dutch comma);
    /// not `1e-1`, `0x1p-3`, `nan` or `inf`, which Swift's `Double` would also read.
    public static func decimal(_ text: String) -> Double? {
        var digits = 0
        var points = 0
        for (i, c) in text.enumerated() {
            if c.isASCII && c.isNumber {
                digits += 1
            } else if c == "." || c == "," {
                points += 1
            } else if !((c == "-" || c == "+") && i == 0) {
                return nil
            }
        }
        guard digits > 0, points <= 1 else { return nil }
        return Double(String(text.map { $0 == "," ? "." : $0 }))
    }

    /// The choice `typed` means: by number, name, label or unique prefix, with a certainty if given.
    public func match(_ typed: String) -> Result {
        var words = typed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return .noMatch(suggestion: nil) }
        var certainty = 1.0
        if words.count >= 2, let last = words.last {
            if let x = AnswerMatcher.decimal(last) {
                guard x >= -1 && x <= 1 else { return .badCertainty(last) }
                certainty = x == 0 ? 0 : x  // -0 is 0
                words.removeLast()
            } else if last.contains(where: \.isNumber), matchValue(words.joined(separator: " ")) == nil,
                matchValue(words.dropLast().joined(separator: " ")) != nil
            {
                // A certainty mistyped ("high 0.7x", "hoog 70%"); a trailing word with no digit is
                // part of an answer that does not match ("nieuwe taak"), said as such below.
                return .badCertainty(last)
            }
        }
        let text = words.joined(separator: " ")
        switch matchValue(text) {
        case .some(.success(let v)): return .value(v, certainty: certainty)
        case .some(.failure(let ambiguous)): return .ambiguous(ambiguous.values)
        case nil:
            let names = choices.map(\.value) + choices.flatMap(\.labels)
            let near = EditDistance.closest(to: text.lowercased(), in: names.map { $0.lowercased() })
            let value = near.flatMap { n in
                choices.first { c in c.value.lowercased() == n || c.labels.contains { $0.lowercased() == n } }
            }
            if let value { return .noMatch(suggestion: value.value) }
            // "nieuwe taak": its first words name one value ("nieuwe aankoop"), so suggest that.
            if words.count >= 2, case .success(let v)? = matchValue(words.dropLast().joined(separator: " ")) {
                return .noMatch(suggestion: v)
            }
            return .noMatch(suggestion: nil)
        }
    }

    struct Ambiguous: Error { let values: [String] }

    /// Number, exact name or label, then unique prefix.
    func matchValue(_ text: String) -> Swift.Result<String, Ambiguous>? {
        let t = text.lowercased()
        guard !t.isEmpty else { return nil }
        if let n = Int(t), n >= 1, n <= choices.count { return .success(choices[n - 1].value) }
        if let c = choices.first(where: { $0.value.lowercased() == t || $0.labels.contains { $0.lowercased() == t } }) {
            return .success(c.value)
        }
        let prefixed = choices.filter { c in
            c.value.lowercased().hasPrefix(t) || c.labels.contains { $0.lowercased().hasPrefix(t) }
        }
        if prefixed.count == 1 { return .success(prefixed[0].value) }
        if prefixed.count > 1 { return .failure(Ambiguous(values: prefixed.map(\.value))) }
        // Last: a word of a label (`deels` for "lost het deels op"), when only one value has it.
        let worded = choices.filter { c in
            c.labels.contains { $0.lowercased().split(separator: " ").contains { $0.hasPrefix(t) } }
        }
        if worded.count == 1 && t.count >= 3 { return .success(worded[0].value) }
        return nil
    }
}
