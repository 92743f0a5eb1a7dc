import RuleLanguage

/// Writes a report as Markdown: headings, tables for options and KPIs, and the explanations as lists.
public struct MarkdownReport: Sendable {
    /// The language.
    public let language: Language
    let say: Phrases
    let text: TextReport

    /// A writer for `language`.
    public init(language: Language) {
        self.language = language
        say = Phrases(language: language)
        text = TextReport(language: language)
    }

    func t(_ texts: Texts?, _ fallback: String) -> String { text.t(texts, fallback) }
    func n(_ x: Double) -> String { text.n(x) }

    /// The report as Markdown. As the `appendix` of a document, without its title, the situation
    /// and the plan's outline (the document's front shows them), its sections a level lower.
    public func render(_ report: Report, appendix: Bool = false) -> String {
        let name = report.title ?? (Report.programNames.contains(report.name) ? nil : report.name)
        var out = appendix ? "" : "# \(say[.advice])\(name.map { ": " + $0 } ?? "")\n\n"
        // A section's heading: a level lower under a document's appendix.
        let h = appendix ? "###" : "##"
        if !report.answers.isEmpty && !appendix {
            out += "\(h) \(say[.situation])\n\n| | |\n|---|---|\n"
            for a in report.answers { out += "| \(t(a.label, "`\(a.name)`")) | \(t(a.valueLabel, a.value)) |\n" }
            out += "\n"
        }
        for topic in report.topics where topic.isGoal {
            out += "\(h) \(t(topic.label, topic.topic))\n\n"
            guard let top = topic.top else {
                if topic.against.isEmpty {
                    out += say[.undetermined] + "\n\n"
                } else {
                    out +=
                        say[.onlyAgainst] + ": "
                        + topic.against.map {
                            "\(t($0.label, $0.value)) (\(n($0.certainty)); "
                                + $0.rules.map { "`\($0)`" }.joined(separator: ", ") + ")"
                        }.joined(separator: "; ") + "\n\n"
                }
                continue
            }
            out += "**\(t(top.label, top.value))**, \(say[.certainty]) \(n(top.certainty))\n\n"
            if topic.isTie { out += "_\(say[.tie])_\n\n" }
            if let meaning = pick(topic.definitions[top.value], language) {
                out += "_\(say[.meansHeading])_: \(meaning)\n\n"
            }
            if let line = text.closeCallLine(topic) { out += "**\(line)**\n\n" }
            if let second = topic.runnerUp {
                out += "\(say[.runnerUp]): \(t(second.label, second.value)) (\(n(second.certainty))) — "
                if let cap = second.cappedBy {
                    out +=
                        "\(say[.heldBack]) \(t(topic.label(of: cap.value), cap.value)) (`\(cap.reason.rule)` \(TextReport.source(cap.reason, language: language))): \(t(cap.reason.because, ""))\n\n"
                } else {
                    out +=
                        "\(say[topic.isTie ? .tied : .lostOnCertainty]), \(n(second.certainty)) \(say[.against]) \(n(top.certainty))\n\n"
                }
            }
            out += "\(say[.why]):\n\n"
            for r in top.contributions {
                // MYCIN's arithmetic only with the trace; the advice says what each rule added.
                let arithmetic =
                    report.trace != nil
                    ? "\(n(r.ruleCertainty)) × \(n(r.premise)) = \(n(r.amount)); \(n(r.before)) ⊕ \(n(r.amount)) = \(n(r.after))"
                    : (r.amount >= 0 ? "+" : "") + n(r.amount)
                out += "- `\(r.rule)` \(TextReport.source(r, language: language)): \(arithmetic). \(t(r.because, ""))\n"
            }
            out += "\n"
        }
        for topic in report.listTopics {
            out += "\(h) \(t(topic.label, topic.topic))\n\n"
            for v in topic.values {
                let rules = v.contributions.map { "`\($0.rule)` \(TextReport.source($0, language: language))" }.joined(
                    separator: ", ")
                let because = v.contributions.compactMap { pick($0.because, language) }.first ?? ""
                out += "- **\(t(v.label, v.value))** (\(rules)): \(because)\n"
            }
            out += "\n"
        }
        if !report.kpis.isEmpty {
            out +=
                "\(h) \(say[.kpis])\n\n\(say[.kpiTargets])\n\n| | KPI | \(say[.weight]) | \(say[.frequency]) | \(say[.owner]) |\n|---|---|---|---|---|\n"
            for k in report.kpis {
                out +=
                    "| \(t(k.perspectiveLabel, k.perspective)) | \(t(k.label, k.kpi)) | \(n(k.weight)) | "
                    + "\(t(k.frequencyLabel, k.frequency)) | \(t(k.ownerLabel, k.owner)) |\n"
            }
            out += "\n"
        }
        if let swot = report.swot {
            out += "\(h) \(say[.swot])\n\n```\n" + text.swot(swot) + "```\n\n"
        }
        if let ranking = report.options {
            out += "\(h) \(say[.options])\n\n"
            out +=
                "| \(say[.rank]) | \(say[.option]) | "
                + ranking.criteria.map { t($0.label, $0.name) }.joined(separator: " | ")
                + " | \(say[.total]) | |\n"
            out += "|---|---|" + ranking.criteria.map { _ in "---|" }.joined() + "---|---|\n"
            for o in ranking.options {
                out +=
                    "| \(o.rejected ? "–" : String(o.rank)) | `\(text.optionName(o.name))` | "
                    + ranking.criteria.map { n(o.scaled[$0.name] ?? 1) }.joined(separator: " | ")
                    + " | \(n(o.total)) | \(o.rejected ? say[.rejected] : (o.rank == 1 ? say[.chosen] : "")) |\n"
            }
            out +=
                "\n```\n"
                + text.options(ranking).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(
                    separator: "\n") + "```\n\n"
        }
        if !report.plan.isEmpty && !appendix {
            out += "\(h) \(say[.plan])\n\n"
            for (i, step) in report.plan.enumerated() {
                out += "\(i + 1). **\(t(step.label, step.step))**"
                let lines = step.topics.flatMap { PlanSummary.lines(for: $0, in: report, language: language) }
                out += lines.isEmpty ? " — _\(say[.toFill])_\n" : "\n" + lines.map { "   - \($0)\n" }.joined()
            }
            out += "\n"
        }
        if !report.expectations.isEmpty {
            out += "\(h) \(say[.expectations])\n\n"
            for e in report.expectations {
                out +=
                    "- \(e.met ? say[.met] : say[.notMet]): \(text.t(e.topicLabel, e.topic)) = \(text.t(e.expectedLabel, e.expected))"
                    + (e.met ? "" : " (\(say[.got]): \(e.actual.map { text.t(e.actualLabel, $0) } ?? say[.nothing]))")
                    + "\n"
            }
            out += "\n"
        }
        if let trace = report.trace {
            out +=
                "\(h) \(say[.trace])\n\n```\n"
                + text.trace(trace).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(
                    separator: "\n") + "```\n\n"
        }
        out += "_\(say[.legend])_\n" + (report.trace != nil ? "\n_\(say[.combineLegend])_\n" : "")
        // In a document, the sections sit under its appendix's heading.
        return out
    }
}
