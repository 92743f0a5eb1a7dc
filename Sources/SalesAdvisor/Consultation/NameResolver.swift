import RuleLanguage

/// Finds the attribute or value a user means by what they typed, in either language: the name
/// (`approach`), the label (`Aanbevolen verkoopbenadering`), a prefix only one has, or a word of a
/// label only one has (`verkoopbenadering`, `risico`); case-insensitive. The consultation's `hoe`,
/// `waarom niet` and `wijzig`, and `advisor explain`, take what a Dutch user reads on screen.
public struct NameResolver: Sendable {
    /// The knowledge base whose names are resolved.
    public let kb: KnowledgeBase

    /// A resolver of the names in `kb`.
    public init(kb: KnowledgeBase) { self.kb = kb }

    /// The outcome of a look-up: one name, several that the typed text fits, or none.
    public enum Match: Equatable, Sendable {
        case one(String)
        case ambiguous([String])
        case none
    }

    /// The attribute (question, goal or other conclusion) named by `typed`, among `names` when given.
    public func attribute(_ typed: String, among names: [String]? = nil) -> Match {
        // Attributes, and other kinds of fact that have a name for the reader (`optie`, `plafond`).
        let all = kb.program.templates.enumerated().filter {
            $0.element.isAttribute || kb.ruleBase.attributeTexts[$0.offset] != nil
        }
        let candidates = (names ?? all.map(\.element.name)).compactMap { name -> AnswerMatcher.Choice? in
            guard let t = kb.template(name) else { return nil }
            let label = kb.label(ofAttribute: t)
            return AnswerMatcher.Choice(value: name, labels: label.keys.sorted().compactMap { label[$0] })
        }
        return match(typed, candidates)
    }

    /// The value of attribute `name` meant by `typed` (its name or its label in either language).
    public func value(_ typed: String, ofAttribute name: String) -> Match {
        guard let t = kb.template(name) else { return .none }
        let candidates = kb.values(ofAttribute: t).map { v in
            let texts = kb.valueTexts(v, ofAttribute: t) ?? [:]
            return AnswerMatcher.Choice(value: v, labels: texts.keys.sorted().compactMap { texts[$0] })
        }
        return match(typed, candidates)
    }

    /// The attribute nearest to a mistyped `typed` (by name or by a label), for "did you mean".
    public func nearestAttribute(_ typed: String, among names: [String]) -> String? {
        var words: [String: String] = [:]
        for name in names {
            words[name.lowercased()] = name
            if let t = kb.template(name) {
                for label in kb.label(ofAttribute: t).values { words[label.lowercased()] = name }
            }
        }
        return EditDistance.closest(to: typed.lowercased(), in: Array(words.keys)).flatMap { words[$0] }
    }

    func match(_ typed: String, _ candidates: [AnswerMatcher.Choice]) -> Match {
        let t = typed.trimmingSpaces.lowercased()
        guard !t.isEmpty, Int(t) == nil else { return .none }  // numbers belong to lists, not names
        switch AnswerMatcher(choices: candidates).matchValue(t) {
        case .some(.success(let v)): return .one(v)
        case .some(.failure(let a)): return .ambiguous(a.values)
        case nil:
            // Words from inside a label (`sales approach` for "Recommended sales approach").
            let inside = candidates.filter { c in c.labels.contains { $0.lowercased().contains(" " + t) } }
            return inside.count == 1 && t.count >= 3 ? .one(inside[0].value) : .none
        }
    }
}
