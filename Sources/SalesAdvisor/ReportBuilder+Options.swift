import RuleEngine
import RuleLanguage

extension ReportBuilder {
    func buildOptions() -> OptionRanking? {
        let optionFacts = facts("option")
        guard !optionFacts.isEmpty else { return nil }
        var criteria: [Criterion] = facts("criterion").map { f in
            func number(_ s: String) -> Double { slot(f, "criterion", s)?.number ?? 0 }
            let n = name(f.slots[0])
            return Criterion(
                name: n, label: criterionLabel(n), weight: weights[n] ?? number("weight"), max: number("max"),
                threshold: number("threshold"))
        }
        criteria.sort {
            ["suitability", "feasibility", "acceptability"].firstIndex(of: $0.name) ?? 9 < [
                "suitability", "feasibility", "acceptability",
            ].firstIndex(of: $1.name) ?? 9
        }
        // One criterion of each name: a knowledge base that states one twice keeps the first.
        var seenCriteria = Set<String>()
        criteria = criteria.filter { seenCriteria.insert($0.name).inserted }
        let weightTable = Dictionary(criteria.map { ($0.name, $0.weight) }, uniquingKeysWith: { first, _ in first })
        struct Draft {
            var name: String
            var title: String
            var raw: [String: Double] = [:]
            var scaled: [String: Double] = [:]
            var total = 0.0
            var rejections: [(criterion: String, reason: Reason?, scaled: Double?)] = []
            var reasons: [(criterion: String, reason: Reason)] = []
        }
        var drafts: [Draft] = optionFacts.map { f in
            Draft(name: name(f.slots[0]), title: slot(f, "option", "title").map(name) ?? "")
        }
        for i in drafts.indices {
            for s in engine.scores where name(s.option) == drafts[i].name {
                let c = name(s.criterion)
                drafts[i].raw[c, default: 0] += s.total
                for contribution in s.contributions {
                    var r = reason(
                        rule: contribution.rule, because: contribution.because, bindings: contribution.bindings)
                    r.amount = contribution.points
                    drafts[i].reasons.append((c, r))
                }
            }
            for c in criteria {
                let scaled = OptionScoring.scale(drafts[i].raw[c.name] ?? 0, max: c.max)
                drafts[i].scaled[c.name] = scaled
                if c.threshold > 0 && scaled < c.threshold - 1e-9 { drafts[i].rejections.append((c.name, nil, scaled)) }
            }
            drafts[i].total = OptionScoring.total(drafts[i].scaled, weights: weightTable)
        }
        for f in facts("knock-out") {
            let option = name(f.slots[0])
            guard let i = drafts.firstIndex(where: { $0.name == option }) else { continue }
            drafts[i].rejections.append((name(f.slots[1]), assertedBy[f.id].map { reason(of: $0) }, nil))
        }
        let order = OptionScoring.order(
            drafts.map { ($0.name, $0.total, $0.scaled[OptionScoring.tieBreak] ?? 0, !$0.rejections.isEmpty) })
        let results = order.enumerated().compactMap { rank, n -> OptionResult? in
            guard let d = drafts.first(where: { $0.name == n }) else { return nil }
            return OptionResult(
                name: d.name, title: d.title, raw: d.raw, scaled: d.scaled, total: d.total, rank: rank + 1,
                rejected: !d.rejections.isEmpty,
                rejections: d.rejections, reasons: d.reasons)
        }
        let survivors = results.filter { !$0.rejected }.map { ($0.name, $0.scaled) }
        let sensitivity = OptionScoring.sensitivity(survivors, weights: weightTable, criteria: criteria.map(\.name))
        return OptionRanking(criteria: criteria, options: results, sensitivity: sensitivity)
    }

    func criterionLabel(_ n: String) -> Texts { enumTexts("criterion-kind", n) }

    func enumTexts(_ enumName: String, _ value: String) -> Texts { kb.ruleBase.valueTexts[enumName]?[value] ?? [:] }
}
