import RuleLanguage

/// One-line summaries of the parts of a report that fill a step of the sales plan.
enum PlanSummary {
    static func lines(for topic: String, in report: Report, language: Language) -> [String] {
        let say = Phrases(language: language)
        func t(_ texts: Texts?, _ fallback: String) -> String { pick(texts, language) ?? fallback }
        switch topic {
        case "swot":
            guard let swot = report.swot else { return [] }
            // The key question of each issue (C5), or its items when it has none.
            return swot.issues.map { i in
                "\(say.issue(i.kind)): "
                    + (i.reason.flatMap { pick($0.because, language) } ?? "\(i.internal) x \(i.external)")
            }
        case "core-problem":
            guard let core = report.swot?.coreProblem else { return [] }
            return ["\(say[.coreProblem]): \(core.cause) → \(t(core.effect, "")) → \(t(core.conclusion, ""))"]
        case "kpi":
            let top = report.kpis.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.kpi < $1.kpi }.prefix(4)
            guard !top.isEmpty else { return [] }
            return [say[.kpis] + ": " + top.map { t($0.label, $0.kpi) }.joined(separator: ", ")]
        case "options":
            guard let options = report.options else { return [] }
            guard let winner = options.winner else { return [say[.noSurvivor]] }
            return [
                "\(say[.option]): \(winner.title.isEmpty ? (winner.name == OptionRanking.baseline ? say[.continueAsIs] : winner.name) : winner.title) (\(say[.total]) \(TextReport(language: language).n(winner.total)))"
            ]
        case _ where topic.contains(Character("=")):
            // One value of a list topic: shown when the run concluded it.
            let parts = topic.split(separator: "=", maxSplits: 1).map(String.init)
            guard let result = report.topic(parts[0]),
                let v = result.values.first(where: { $0.value == parts[1] && $0.certainty > 0 })
            else { return [] }
            return [t(v.label, v.value)]
        default:
            if let answer = report.answers.first(where: { $0.name == topic }) {
                return ["\(t(answer.label, topic)): \(t(answer.valueLabel, answer.value))"]
            }
            guard let result = report.topic(topic) else { return [] }
            if result.isGoal {
                guard let top = result.top else { return [] }
                return ["\(t(result.label, topic)): \(t(top.label, top.value))"]
            }
            return result.values.map { t($0.label, $0.value) }
        }
    }
}
