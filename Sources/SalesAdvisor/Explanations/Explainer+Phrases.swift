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
        guard program.templates[p.template].isAttribute, p.joinTests.isEmpty, !p.alphaTests.isEmpty else { return nil }
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
        guard f.template < program.templates.count, program.templates[f.template].isAttribute, let v = f.slots.first else { return nil }
        return phrase(template: f.template, values: [v.rendered(engine.symbols)], negated: false)
    }

    func phrase(template: Int, values: [String], negated: Bool) -> Texts? {
        let name = kb.label(ofAttribute: template)
        guard !name.isEmpty else { return nil }
        var out: Texts = [:]
        for (language, or, not) in [("en", "or", "not "), ("nl", "of", "niet ")] {
            let labels = values.map { pick(kb.valueTexts($0, ofAttribute: template), language) ?? $0 }
            let list = labels.count > 1 ? labels.dropLast().joined(separator: ", ") + " \(or) " + (labels.last ?? "") : labels.joined()
            out[language] = "\(pick(name, language) ?? program.templates[template].name): \(negated ? not : "")\(list)"
        }
        return out
    }
}
