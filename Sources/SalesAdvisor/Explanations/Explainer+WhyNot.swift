import RuleEngine
import RuleLanguage

extension Explainer {
    /// The rules that can conclude `template = value`: with that value as a constant, or an
    /// expression that may give it. With the rule's stated certainty when it is a constant.
    func rulesConcluding(_ template: Int, _ value: String) -> [(rule: Int, certainty: Double?, because: Int?)] {
        var result: [(Int, Double?, Int?)] = []
        for (i, rule) in program.rules.enumerated() {
            for action in rule.actions {
                guard case .conclude(let t, let v, let c, let because) = action, t == template else { continue }
                if case .constant(let constant) = v, constant.rendered(engine.symbols) != value { continue }
                var certainty: Double?
                if case .constant(let cv) = c { certainty = cv.number }
                result.append((i, certainty, because))
                break
            }
        }
        return result
    }

    /// Why `topic = value` is not the recommendation (or, for a list topic, not there).
    public func whyNot(topic: String, value: String, searchChanges: Bool = true) throws(InputError) -> WhyNot {
        guard let template = kb.template(topic), program.templates[template].isAttribute else {
            let topics = program.templates.filter(\.isAttribute).map(\.name)
            var m = "unknown topic '\(topic)'"
            if let best = Situation.suggest(topic, in: topics) { m += "; did you mean '\(best)'?" }
            throw InputError(m + "; the topics are: \(topics.joined(separator: ", "))")
        }
        // An answer is the user's, not a conclusion: say so rather than "no rule concludes it".
        if kb.question(topic) != nil, rulesConcluding(template, value).isEmpty,
            let what = kb.describe(topic, answer: run.situation.answer(topic))
        {
            throw InputError(what)
        }
        let values = kb.values(ofAttribute: template)
        if !values.isEmpty && !values.contains(value) {
            var m = "'\(value)' is not a value of \(topic)"
            if let best = Situation.suggest(value, in: values) { m += "; did you mean '\(best)'?" }
            throw InputError(m + "; the values are: \(values.joined(separator: ", "))")
        }
        let result = run.report.topic(topic)
        let ranked = result?.values.first { $0.value == value }
        let conclusion = engine.conclusions.first {
            $0.template == template && $0.value.rendered(engine.symbols) == value
        }
        let status: WhyNot.Status
        if let ranked, let cap = ranked.cappedBy {
            let capLabel = kb.valueTexts(cap.value, ofAttribute: template) ?? [:]
            status = .capped(certainty: ranked.certainty, cap: cap.value, capLabel: capLabel, reason: cap.reason)
        } else if let ranked, let top = result?.top {
            if top.value == value || result?.isGoal == false {
                status = .reached(certainty: ranked.certainty)
            } else {
                status = .lowerCertainty(
                    certainty: ranked.certainty, top: top.value, topLabel: top.label, topCertainty: top.certainty)
            }
        } else if let conclusion {
            status = .ruledOut(certainty: conclusion.certainty)
        } else {
            status = .notConcluded
        }
        var outcomes: [WhyNot.RuleOutcome] = []
        for candidate in rulesConcluding(template, value) {
            if let c = conclusion?.contributions.first(where: { $0.rule == candidate.rule }) {
                var reason = builder.reason(rule: c.rule, because: c.because, bindings: c.bindings)
                reason.ruleCertainty = c.ruleCertainty
                reason.premise = c.premise
                reason.amount = c.certainty
                reason.before = c.before
                reason.after = c.after
                outcomes.append(
                    WhyNot.RuleOutcome(reason: reason, ruleCertainty: candidate.certainty, fired: true, blocker: nil))
                continue
            }
            let reason = builder.reason(rule: candidate.rule, because: candidate.because, bindings: [])
            let diagnosis = engine.diagnose(rule: candidate.rule)
            outcomes.append(
                WhyNot.RuleOutcome(
                    reason: reason, ruleCertainty: candidate.certainty, fired: false,
                    blocker: diagnosis.failure.map { blocker($0, rule: candidate.rule) }))
        }
        // Rules that fired first (in firing order), then the others, strongest evidence first.
        let fired = outcomes.filter(\.fired).sorted { $0.reason.before < $1.reason.before }
        let missed = outcomes.filter { !$0.fired }.enumerated().sorted { a, b in
            let ca = a.element.ruleCertainty ?? 0
            let cb = b.element.ruleCertainty ?? 0
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        outcomes = fired + missed
        let changes =
            searchChanges ? (try? self.changes(toReach: topic, value: value, isGoal: result?.isGoal ?? true)) ?? [] : []
        var why = WhyNot(
            topic: topic, topicLabel: kb.attributeTexts(template), value: value,
            label: kb.valueTexts(value, ofAttribute: template) ?? [:], status: status, rules: outcomes, changes: changes
        )
        // The reader's words for what the text shows: conditions, facts and the questions of changes.
        for candidate in rulesConcluding(template, value) {
            guard let failure = engine.diagnose(rule: candidate.rule).failure else { continue }
            if let text = kb.ruleBase.conditionText(rule: candidate.rule, condition: failure.level),
                let p = phrase(rule: candidate.rule, condition: failure.level)
            {
                why.phrases[text] = p
            }
            var facts: [FactSnapshot] = []
            switch failure {
            case .noFact(_, let nearest): facts = nearest.map(\.fact)
            case .blocked(_, let by): facts = [by]
            default: break
            }
            for f in facts { if let p = phrase(fact: f) { why.phrases[printer.render(f)] = p } }
        }
        for change in changes {
            for a in change.answers {
                if let t = kb.template(a.question) {
                    let label = kb.label(ofAttribute: t)
                    if !label.isEmpty { why.phrases[a.question] = label }
                }
            }
        }
        return why
    }

    func describe(_ f: FactSnapshot) -> (String, HowNode.Origin?) { (printer.render(f), origin(f.id)) }

    func blocker(_ failure: RuleDiagnosis.Failure, rule: Int) -> WhyNot.Blocker {
        let condition =
            kb.ruleBase.conditionText(rule: rule, condition: failure.level) ?? "condition \(failure.level + 1)"
        switch failure {
        case .noFact(_, let nearest):
            return .failedCondition(condition: condition, actual: nearest.map { describe($0.fact) })
        case .noPartner(_, let candidates):
            return .noPartner(condition: condition, candidates: candidates.map { printer.render($0) })
        case .blocked(_, let by):
            let (fact, origin) = describe(by)
            return .blockedBy(condition: condition, fact: fact, origin: origin)
        case .testFalse:
            return .testFalse(condition: condition)
        }
    }

    /// The questions whose answers the rules about `topic` read (and the caps on it).
    func relevantQuestions(for template: Int) -> [Question] {
        var templates = Set<Int>()
        let capTemplate = kb.template("cap")
        for rule in program.rules {
            let relevant = rule.actions.contains { action in
                switch action {
                case .conclude(let t, _, _, _): return t == template
                case .assert(let t, _): return t == capTemplate
                case .retract, .modify, .score, .print, .halt, .bind: return false
                }
            }
            guard relevant else { continue }
            for c in rule.conditions {
                switch c {
                case .positive(let p), .negative(let p), .exists(let p): templates.insert(p.template)
                case .test: break
                }
            }
        }
        return kb.ruleBase.questions.filter { templates.contains($0.attribute) }
    }

    /// The smallest sets of answer changes (one, else two) that make `topic = value` the
    /// recommendation (for a list topic: present). At most five sets are returned.
    func changes(toReach topic: String, value: String, isGoal: Bool) throws -> [WhyNot.Change] {
        guard let template = kb.template(topic) else { return [] }
        let questions = relevantQuestions(for: template)
        var single: [(String, String?, String)] = []
        for q in questions {
            let current = run.situation.answer(q.name)
            for v in kb.values(ofAttribute: q.attribute) where v != current { single.append((q.name, current, v)) }
        }
        func reaches(_ changes: [(String, String?, String)]) throws -> Double? {
            var situation = run.situation
            for c in changes { situation = try situation.with(answer: c.0, value: c.2, kb: kb) }
            let (tops, engine) = try evaluation.tops(situation)
            let certainty = engine.conclusions.first {
                $0.template == template && $0.value.rendered(engine.symbols) == value
            }?.certainty
            if isGoal { return tops[topic] == value ? certainty : nil }
            return (certainty ?? 0) > 0 ? certainty : nil
        }
        func labels(_ changes: [(String, String?, String)]) -> [String: Texts] {
            var result: [String: Texts] = [:]
            for c in changes {
                guard let q = kb.question(c.0) else { continue }
                for v in [c.1, c.2].compactMap({ $0 }) { result[v] = kb.valueTexts(v, ofAttribute: q.attribute) }
            }
            return result
        }
        var found: [WhyNot.Change] = []
        for c in single {
            if let certainty = try reaches([c]) {
                found.append(WhyNot.Change(answers: [(c.0, c.1, c.2)], labels: labels([c]), certainty: certainty))
            }
        }
        if found.isEmpty {
            outer: for i in single.indices {
                for j in single.indices where j > i && single[j].0 != single[i].0 {
                    if let certainty = try reaches([single[i], single[j]]) {
                        let pair = [single[i], single[j]]
                        found.append(
                            WhyNot.Change(
                                answers: pair.map { ($0.0, $0.1, $0.2) }, labels: labels(pair), certainty: certainty))
                        if found.count >= 5 { break outer }
                    }
                }
            }
        }
        // Most certain first, then in question order.
        return Array(found.sorted { $0.certainty > $1.certainty + 1e-9 }.prefix(5))
    }
}
