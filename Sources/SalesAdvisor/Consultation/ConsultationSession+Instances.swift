import RuleEngine
import RuleLanguage

/// The details of an instance (`instances` in the rules), asked like questions.
extension ConsultationSession {
    /// Reads `line` as the value of `slot` of instance `index`: one of `choices` (with a
    /// certainty), or a number in the slot's range, or any text; takes it, or says briefly what
    /// was wrong and the prompt stays.
    public mutating func answer(
        _ line: String, slot: InstanceSlot, of index: Int, choices: [AnswerMatcher.Choice]?, spec: SlotSpec
    ) -> ConsultationReply {
        var value = line
        var certainty = 1.0
        if let choices {
            guard !choices.isEmpty else {
                return ConsultationReply([.paragraph(say[.noChoices])])
            }
            switch AnswerMatcher(choices: choices).match(line) {
            case .value(let v, let c):
                value = v
                certainty = c
            case .noMatch(let suggestion):
                var m = say[.notUnderstood].replacing("{answer}", with: line.visibleControls)
                if let s = suggestion { m += " \(say[.didYouMean].capitalizedFirst) '\(s)'?" }
                return .warning(
                    m + " " + say[.typeOneOf].capitalizedFirst + ": " + labels.choicesList(choices, spec: spec))
            case .ambiguous(let values):
                return .warning("\(say[.ambiguous]): " + values.joined(separator: ", "))
            case .badCertainty(let c):
                // As at a question: what a certainty is, with an example from this prompt.
                let example = "\(choices.first.map(labels.choiceLabel) ?? "") \(language == .nl ? "0,7" : "0.7")"
                return .warning("\(say[.badCertainty]) '\(c.visibleControls)' (\(say[.forExample]): \(example))")
            }
        }
        if choices == nil {
            // A number typed as people write it (`2`, `-1`, `0,5`), checked here so the re-prompt
            // is in the consultation's language.
            let number = String(line.map { $0 == "," ? "." : $0 })
            switch spec.type {
            case .integer:
                guard let i = Int(number), spec.range?.contains(.integer(i)) ?? true else {
                    return .warning(
                        say[.notUnderstood].replacing("{answer}", with: line.visibleControls) + " "
                            + say[.typeOneOf].capitalizedFirst + ": " + labels.choicesList(nil, spec: spec))
                }
                value = number
            case .number:
                guard let d = Double(number), d.isFinite, spec.range?.contains(.float(d)) ?? true else {
                    return .warning(
                        say[.notUnderstood].replacing("{answer}", with: line.visibleControls) + " "
                            + say[.typeOneOf].capitalizedFirst + ": " + labels.choicesList(nil, spec: spec))
                }
                value = number
            case .any, .symbol, .string, .enumeration:
                break
            }
        }
        return take(.slot(instance: index, slot: slot.name, value: value, certainty: certainty))
    }

    /// The rules that read instances of a kind (and, for a slot, use it).
    public func whyRules(_ kind: InstanceKind, slot: InstanceSlot?) -> [ConsultationReply.Block] {
        var names: [String] = []
        for reader in kb.needs.readers[kind.template] {
            let rule = kb.program.rules[reader.rule]
            if let slot {
                guard case .positive(let p) = rule.conditions[reader.condition],
                    mentions(p, slot.slot, rule, reader.condition)
                else { continue }
            }
            let line =
                rule.name
                + (kb.ruleBase.notes(reader.rule).provenance.map {
                    " " + TextReport.source(keys: $0.source, confidence: $0.confidence, language: language)
                } ?? "")
            if !names.contains(line) { names.append(line) }
        }
        return [.paragraph((slot == nil ? say[.whyOffer] : say[.whySlot]) + ":")] + names.map { .line("  " + $0) }
    }

    func mentions(_ p: Pattern, _ slot: Int, _ rule: Rule, _ level: Int) -> Bool {
        p.alphaTests.contains { t in
            switch t {
            case .compare(let s, _, _), .member(let s, _, _): return s == slot
            case .slots(let a, _, let b): return a == slot || b == slot
            case .predicate: return false
            }
        } || p.joinTests.contains { if case .equal(let s, _, _) = $0 { return s == slot } else { return false } }
            || rule.variables.contains { $0.level == level && $0.slot == slot }
    }
}
