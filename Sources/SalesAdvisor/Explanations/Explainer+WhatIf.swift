import RuleEngine
import RuleLanguage

extension Explainer {
    /// For every answered question and every other value it could take: the goals whose
    /// recommendation would change, and to what. One re-run per alternative.
    public func whatIf() throws -> WhatIf {
        let goals = kb.ruleBase.goals.map(\.name)
        let now = goals.map { g in (g, run.report.topic(g)?.top?.value) }
        var items: [WhatIf.Item] = []
        var runs = 0
        for q in kb.ruleBase.questions {
            guard let current = run.situation.answer(q.name) else { continue }
            for v in kb.values(ofAttribute: q.attribute) where v != current {
                let situation = try run.situation.with(answer: q.name, value: v, kb: kb)
                let (tops, _) = try evaluation.tops(situation)
                runs += 1
                let changes = now.compactMap { g, before -> (String, String?, String?, Texts)? in
                    let after = tops[g]
                    guard after != before, let t = kb.template(g) else { return nil }
                    return (g, before, after, after.flatMap { kb.valueTexts($0, ofAttribute: t) } ?? [:])
                }
                items.append(
                    WhatIf.Item(
                        question: q.name, current: current,
                        currentLabel: kb.valueTexts(current, ofAttribute: q.attribute) ?? [:],
                        alternative: v,
                        alternativeLabel: kb.valueTexts(v, ofAttribute: q.attribute) ?? [:], changes: changes))
            }
        }
        var whatIf = WhatIf(tops: now, items: items, runs: runs)
        for q in kb.ruleBase.questions {
            let label = kb.label(ofAttribute: q.attribute)
            if !label.isEmpty { whatIf.phrases[q.name] = label }
        }
        for goal in kb.ruleBase.goals {
            if !goal.texts.isEmpty { whatIf.phrases[goal.name] = goal.texts }
            for (g, value) in now where g == goal.name {
                if let v = value, let texts = kb.valueTexts(v, ofAttribute: goal.attribute) {
                    whatIf.phrases["\(g)=\(v)"] = texts
                }
            }
        }
        return whatIf
    }
}
