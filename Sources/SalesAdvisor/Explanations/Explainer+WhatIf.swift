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
                        question: q.name, current: current, currentLabel: kb.valueTexts(current, ofAttribute: q.attribute) ?? [:],
                        alternative: v,
                        alternativeLabel: kb.valueTexts(v, ofAttribute: q.attribute) ?? [:], changes: changes))
            }
        }
        return WhatIf(tops: now, items: items, runs: runs)
    }
}
