import RuleEngine
import RuleLanguage

extension Explainer {
    /// Why the advisor asks `question`: the rules that read its answer, what they conclude, and
    /// which of their other conditions already hold.
    /// With `rules`, only those rules (the open ones a consultation found) are listed.
    public func why(question name: String, rules only: [Int]? = nil) throws(InputError) -> WhyQuestion {
        guard let q = kb.question(name) else {
            if let what = kb.describe(name, answer: run.situation.answer(name)) { throw InputError(what) }
            let names = kb.ruleBase.questions.map(\.name)
            var m = "unknown question '\(name)'"
            if let best = Situation.suggest(name, in: names) { m += "; did you mean '\(best)'?" }
            throw InputError(m + "; the questions are: \(names.joined(separator: ", "))")
        }
        let goals = Set(kb.ruleBase.goals.map(\.attribute))
        var needs: [WhyQuestion.Need] = []
        var phrases: [String: Texts] = [:]
        for goal in kb.ruleBase.goals where !goal.texts.isEmpty { phrases[goal.name] = goal.texts }
        let questionLabel = kb.label(ofAttribute: q.attribute)
        if !questionLabel.isEmpty { phrases[name] = questionLabel }
        for (i, rule) in program.rules.enumerated() where only?.contains(i) ?? true {
            let reads = rule.conditions.map { c -> Bool in
                switch c {
                case .positive(let p), .negative(let p), .exists(let p): return p.template == q.attribute
                case .test: return false
                }
            }
            guard reads.contains(true) else { continue }
            var concludes: [String] = []
            var feeds: [String] = []
            for action in rule.actions {
                switch action {
                case .conclude(let t, let v, _, _):
                    let value: String
                    if case .constant(let c) = v { value = c.rendered(engine.symbols) } else { value = "…" }
                    let text = "\(program.templates[t].name) = \(value)"
                    concludes.append(text)
                    if let p = phrase(template: t, values: [value], negated: false) { phrases[text] = p }
                    let label = kb.label(ofAttribute: t)
                    if !label.isEmpty { phrases[program.templates[t].name] = label }
                    if goals.contains(t) { feeds.append(program.templates[t].name) }
                case .assert(let t, _):
                    let text = program.templates[t].name + "(…)"
                    concludes.append(text)
                    if let own = kb.ruleBase.attributeTexts[t], !own.isEmpty {
                        phrases[text] = own.mapValues { $0 + " (…)" }
                    }
                case .score(_, let c, _, _):
                    var criterion = "…"
                    if case .constant(let v) = c { criterion = v.rendered(engine.symbols) }
                    let text = "score \(criterion)"
                    concludes.append(text)
                    if let t = kb.template("criterion"), let name = program.templates[t].slots.first,
                        let texts = kb.valueTexts(criterion, of: name.type)
                    {
                        phrases[text] = texts.mapValues { "score \($0)" }
                    }
                case .retract, .modify, .print, .halt, .bind:
                    break
                }
            }
            var conditions: [(String, Bool?, Bool)] = []
            for (level, c) in rule.conditions.enumerated() {
                let text = kb.ruleBase.conditionText(rule: i, condition: level) ?? "condition \(level + 1)"
                if let p = phrase(rule: i, condition: level) { phrases[text] = p }
                conditions.append((text, holds(c), reads[level]))
            }
            needs.append(
                WhyQuestion.Need(
                    reason: builder.reason(rule: i, because: nil, bindings: []), concludes: concludes,
                    goals: unique(feeds),
                    conditions: conditions))
        }
        let answer = run.situation.answer(name)
        if let answer, let texts = kb.valueTexts(answer, ofAttribute: q.attribute) { phrases["= " + answer] = texts }
        var why = WhyQuestion(question: name, prompt: q.prompts, answer: answer, needs: needs)
        why.phrases = phrases
        return why
    }

    /// Whether a condition holds on its own in working memory (ignoring the variables it shares).
    func holds(_ c: Condition) -> Bool? {
        func any(_ p: Pattern) -> Bool { engine.somePasses(p) }
        switch c {
        case .positive(let p), .exists(let p): return any(p)
        case .negative(let p): return !any(p)
        case .test: return nil
        }
    }

    func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}
