import RuleEngine
import RuleLanguage

extension Explainer {
    /// A condition in the reader's words when it tests one answer or conclusion against values
    /// (`Klantklasse (ABC): A-klant of B-klant`); nil for other conditions, which are shown as written.
    func phrase(rule: Int, condition: Int) -> Texts? {
        guard rule < program.rules.count, condition < program.rules[rule].conditions.count else { return nil }
        let p: Pattern
        var negated = false
        switch program.rules[rule].conditions[condition] {
        case .positive(let x): p = x
        case .negative(let x): (p, negated) = (x, true)
        case .exists, .test: return nil
        }
        if let named = topicValuePhrase(p, negated: negated) { return named }
        // A fact that only exists or not (`not top-of-scale()`): the template's own label.
        if !program.templates[p.template].isAttribute, p.alphaTests.isEmpty, p.joinTests.isEmpty,
            let own = kb.ruleBase.attributeTexts[p.template], !own.isEmpty
        {
            guard negated else { return own }
            return own.reduce(into: Texts()) { out, entry in
                out[entry.key] = (entry.key == "nl" ? "niet: " : "not: ") + entry.value
            }
        }
        guard program.templates[p.template].isAttribute, p.joinTests.isEmpty else { return nil }
        // Only a binding (`value-strategy is $v`): the topic by its label.
        if p.alphaTests.isEmpty {
            let name = kb.label(ofAttribute: p.template)
            return name.isEmpty ? nil : name
        }
        var values: [String] = []
        for test in p.alphaTests {
            switch test {
            case .compare(0, .equal, let v): values.append(v.rendered(engine.symbols))
            case .member(0, let vs, let not):
                values += vs.map { $0.rendered(engine.symbols) }
                negated = negated != not
            default: return nil
            }
        }
        return phrase(template: p.template, values: values, negated: negated)
    }

    /// An answer or a conclusion in the reader's words (`Risico voor de koper: hoog`).
    func phrase(fact f: FactSnapshot) -> Texts? {
        if let (attribute, value) = topicValue(f) {
            return phrase(template: attribute, values: [value], negated: false).map { suffixed($0, f.template) }
        }
        guard f.template < program.templates.count, program.templates[f.template].isAttribute, let v = f.slots.first
        else { return nil }
        return phrase(template: f.template, values: [v.rendered(engine.symbols)], negated: false)
    }

    func phrase(template: Int, values: [String], negated: Bool) -> Texts? {
        let name = kb.label(ofAttribute: template)
        guard !name.isEmpty else { return nil }
        var out: Texts = [:]
        for (language, or, not) in [("en", "or", "other than "), ("nl", "of", "anders dan ")] {
            let labels = values.map { pick(kb.valueTexts($0, ofAttribute: template), code: language) ?? $0 }
            let list =
                labels.count > 1
                ? labels.dropLast().joined(separator: ", ") + " \(or) " + (labels.last ?? "") : labels.joined()
            out[language] =
                "\(pick(name, code: language) ?? program.templates[template].name): \(negated ? not : "")\(list)"
        }
        return out
    }

    /// The slots `topic` and `value` of a template whose facts name an attribute and one of its
    /// values (`decided(topic: approach, value: mbo)`, `cap(topic: approach, value: system-selling)`).
    func topicValueSlots(_ template: Int) -> (topic: Int, value: Int)? {
        let slots = program.templates[template].slots
        guard let t = slots.firstIndex(where: { $0.name == "topic" }),
            let v = slots.firstIndex(where: { $0.name == "value" })
        else { return nil }
        return (t, v)
    }

    /// Such a fact's attribute and value.
    func topicValue(_ f: FactSnapshot) -> (attribute: Int, value: String)? {
        guard f.template < program.templates.count, let (t, v) = topicValueSlots(f.template), t < f.slots.count,
            v < f.slots.count,
            let attribute = kb.template(f.slots[t].rendered(engine.symbols)), program.templates[attribute].isAttribute
        else { return nil }
        return (attribute, f.slots[v].rendered(engine.symbols))
    }

    /// A condition on such a template in the reader's words: `Aanbevolen verkoopbenadering:
    /// accountmanagement of strategische relatie (besloten)`.
    func topicValuePhrase(_ p: Pattern, negated: Bool) -> Texts? {
        guard let (topicSlot, valueSlot) = topicValueSlots(p.template), p.joinTests.isEmpty else { return nil }
        var attribute: Int?
        var values: [String] = []
        var negated = negated
        for test in p.alphaTests {
            switch test {
            case .compare(topicSlot, .equal, let v): attribute = kb.template(v.rendered(engine.symbols))
            case .compare(valueSlot, .equal, let v): values.append(v.rendered(engine.symbols))
            case .member(valueSlot, let vs, let not):
                values += vs.map { $0.rendered(engine.symbols) }
                negated = negated != not
            default: return nil
            }
        }
        guard let attribute, program.templates[attribute].isAttribute else { return nil }
        if values.isEmpty {
            let name = kb.label(ofAttribute: attribute)
            return name.isEmpty ? nil : suffixed(name, p.template)
        }
        return phrase(template: attribute, values: values, negated: negated).map { suffixed($0, p.template) }
    }

    /// With the template's own name in brackets, where it has one (`(besloten)`).
    func suffixed(_ texts: Texts, _ template: Int) -> Texts {
        let own = kb.ruleBase.attributeTexts[template] ?? [:]
        guard !own.isEmpty else { return texts }
        return texts.reduce(into: Texts()) { out, entry in
            out[entry.key] = entry.value + " (\(pick(own, code: entry.key) ?? ""))"
        }
    }
}
