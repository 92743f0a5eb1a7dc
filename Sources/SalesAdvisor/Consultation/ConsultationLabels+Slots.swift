import RuleEngine
import RuleLanguage

/// The details of instances as the user reads them.
extension ConsultationLabels {
    /// A choice by its label in the consultation's language.
    public func choiceLabel(_ c: AnswerMatcher.Choice) -> String {
        // The label in the consultation's language: labels are sorted by language code (en, nl).
        guard !c.labels.isEmpty else { return c.value }
        if c.labels.count >= 2 { return language == .nl ? c.labels[1] : c.labels[0] }
        return c.labels[0] == c.value ? c.value : "\(c.value) (\(c.labels[0]))"
    }

    /// The choices of a detail in one line of prose, with `unknown` and `?`; for a number, its kind
    /// and range.
    public func choicesList(_ choices: [AnswerMatcher.Choice]?, spec: SlotSpec) -> String {
        guard let choices else {
            switch spec.type {
            case .integer: return "\(say[.wholeNumber])\(rangeText(spec.range)), \(say[.unknown]), ?"
            case .number: return "\(say[.aNumber])\(rangeText(spec.range)), \(say[.unknown]), ?"
            case .any, .symbol, .string, .enumeration: return "\(say[.someText]), \(say[.unknown]), ?"
            }
        }
        return choices.enumerated().map { "\($0.offset + 1) \(choiceLabel($0.element))" }.joined(separator: ", ")
            + ", \(say[.unknown]), ?"
    }

    /// ` from -2 to 2` (` van -2 tot en met 2`), or nothing for a slot without a range.
    public func rangeText(_ range: SlotRange?) -> String {
        guard let range else { return "" }
        let symbols = kb.program.symbols
        switch (range.lower, range.upper) {
        case (let lower?, let upper?):
            return " "
                + say[.rangeFromTo].replacing("{lower}", with: lower.rendered(symbols)).replacing(
                    "{upper}", with: upper.rendered(symbols))
        case (let lower?, nil): return " " + say[.rangeFrom].replacing("{lower}", with: lower.rendered(symbols))
        case (nil, let upper?): return " " + say[.rangeTo].replacing("{upper}", with: upper.rendered(symbols))
        case (nil, nil): return ""
        }
    }
}
