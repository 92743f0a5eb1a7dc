import RuleLanguage

/// What a consultation shows for the knowledge base's names, in its language: a question's label
/// (`Risico voor de koper`), a value's (`hoog`), an answer with its certainty. Falls back on the
/// name where the knowledge base gives no label.
public struct ConsultationLabels: Sendable {
    /// The knowledge base whose labels are shown.
    public let kb: KnowledgeBase
    /// The language they are shown in.
    public let language: Language

    /// Labels from `kb` in `language`.
    public init(kb: KnowledgeBase, language: Language) {
        self.kb = kb
        self.language = language
    }

    var say: ConsultationPhrases { ConsultationPhrases(language: language) }

    /// The text in the consultation's language, else English, else empty.
    public func pick(_ texts: Texts?) -> String { texts?[language.rawValue] ?? texts?["en"] ?? "" }

    /// A question as the user reads it: its label in the consultation's language, else its name.
    public func name(of q: Question) -> String { pick(kb.label(ofAttribute: q.attribute)).nonEmpty ?? q.name }

    /// A question by its name, as ``name(of:)`` shows it.
    public func question(_ name: String) -> String { kb.question(name).map(self.name(of:)) ?? name }

    /// A topic (goal or other attribute) by its label, else its name.
    public func topic(_ name: String) -> String {
        kb.template(name).map { pick(kb.label(ofAttribute: $0)) }.flatMap(\.nonEmpty) ?? name
    }

    /// The goals a question serves, by their labels (`Sales approach, Selling method`).
    public func goals(_ goals: [String]) -> String {
        goals.map { g in kb.template(g).map { pick(kb.attributeTexts($0)) }.flatMap(\.nonEmpty) ?? g }
            .joined(separator: ", ")
    }

    /// A value of a question by its label.
    public func value(_ value: String, of q: Question) -> String {
        let type = kb.program.templates[q.attribute].slots.first?.type ?? .any
        return kb.valueTexts(value, of: type).map(pick).flatMap(\.nonEmpty) ?? value
    }

    /// A value of a topic by its label.
    public func value(_ value: String, ofTopic topic: String) -> String {
        kb.template(topic).flatMap { pick(kb.valueTexts(value, ofAttribute: $0)).nonEmpty } ?? value
    }

    /// An answer as the summary shows it: `high`, `high (certainty 0.7)`, `unknown`.
    public func answer(_ a: Answer) -> String {
        guard let v = a.value else { return say[.unknown] }
        let l = kb.question(a.question).map { value(v, of: $0) } ?? v
        return a.certainty == 1 ? l : "\(l) (\(say[.certainty]) \(TextReport(language: language).n(a.certainty)))"
    }

    /// The values a question allows, in the knowledge base's order.
    public func values(_ q: Question) -> [String] { kb.values(ofAttribute: q.attribute) }

    /// `1 low`, `2 medium`, `3 high`: the numbered choices of a question.
    public func choices(_ q: Question) -> [String] {
        values(q).enumerated().map { "\($0.offset + 1) \(value($0.element, of: q))" }
    }

    /// The choices in one line of prose, with `unknown` and `?`.
    public func choicesList(_ q: Question) -> String {
        choices(q).joined(separator: ", ") + ", \(say[.unknown]), ?"
    }
}

extension String {
    /// nil for an empty string (`label.nonEmpty ?? name`).
    public var nonEmpty: String? { isEmpty ? nil : self }
}
