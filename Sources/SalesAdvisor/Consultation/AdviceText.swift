import RuleLanguage

/// The advice at the end of a consultation, short enough to read at the terminal: each goal with
/// its recommendation, certainty and one-line reason (and the command for the full explanation),
/// the KPIs, the options when some were entered, the plan outline, and the answers that would
/// change the advice most.
public struct AdviceText: Sendable {
    /// The language the advice is written in.
    public let language: Language
    let say: ConsultationPhrases
    let report: TextReport

    /// The advice in `language`, wrapped at `width` columns.
    public init(language: Language, width: Int = 78) {
        self.language = language
        say = ConsultationPhrases(language: language)
        report = TextReport(language: language, width: width)
    }

    func t(_ texts: Texts?, _ fallback: String) -> String { report.t(texts, fallback) }

    /// The advice as the consultation ends with it: the decisions, what they mean, the plan's steps
    /// and what would change them.
    public func render(_ r: Report, whatIf: WhatIf?) -> String {
        let heading = say[.advice] + (r.title.map { ": " + $0.visibleControls } ?? "")
        var out = heading + "\n" + String(repeating: "=", count: min(heading.count, report.width)) + "\n"
        let how = language == .nl ? "hoe" : "how"
        out += report.wrap(summary(r), indent: "")
        for topic in r.topics where topic.isGoal {
            let label = t(topic.label, topic.topic)
            guard let top = topic.top else {
                out += report.wrap("\(label): \(say[.undetermined])", indent: "")
                continue
            }
            let tied = topic.runnerUp.map { report.n($0.certainty) == report.n(top.certainty) } ?? false
            out += report.wrap(
                "\(label): \(t(top.label, top.value)) (\(say[.certainty]) \(report.n(top.certainty, tied ? 4 : 2)))",
                indent: "")
            if let meaning = pick(topic.definitions[top.value], language) {
                out += report.wrap("\(Phrases(language: language)[.means]): \(meaning)", indent: "  ")
            }
            if let line = report.closeCallLine(topic) { out += report.wrap(line, indent: "  ") }
            if let reason = top.contributions.max(by: { $0.amount < $1.amount }) {
                let because = t(reason.because, "")
                if !because.isEmpty { out += report.wrap(because, indent: "  ") }
            }
            out += report.wrap(
                "\(say[.fullExplanation]): \(how) \(AdviceText.shortName(of: topic.topic, in: r, language: language))",
                indent: "  ")
        }
        for topic in r.listTopics where !topic.values.isEmpty {
            out += report.wrap(
                t(topic.label, topic.topic) + ": " + topic.values.map { t($0.label, $0.value) }.joined(separator: "; "),
                indent: "")
        }
        if !r.kpis.isEmpty {
            var lines: [String] = []
            var perspectives: [String] = []
            for k in r.kpis where !perspectives.contains(k.perspective) { perspectives.append(k.perspective) }
            for p in perspectives {
                let ks = r.kpis.filter { $0.perspective == p }.sorted {
                    $0.weight != $1.weight ? $0.weight > $1.weight : $0.kpi < $1.kpi
                }
                guard let first = ks.first else { continue }
                lines.append(
                    report.wrap(
                        "\(t(first.perspectiveLabel, p)): "
                            + ks.prefix(3).map { t($0.label, $0.kpi) }.joined(separator: ", "), indent: "  "))
            }
            out += "\n" + report.wrap(say[.kpis], indent: "") + lines.joined()
        }
        if let options = r.options, options.options.count > 1 {
            out += "\n" + report.wrap(say[.options], indent: "")
            for o in options.options {
                let name =
                    o.title.isEmpty
                    ? (o.name == OptionRanking.baseline ? Phrases(language: language)[.continueAsIs] : o.name)
                    : o.title
                let status = o.rejected ? " (\(say[.rejected]))" : ""
                out += report.wrap("\(o.rank). \(name): \(report.n(o.total))\(status)", indent: "  ")
            }
            if options.winner == nil { out += report.wrap(Phrases(language: language)[.noSurvivor], indent: "  ") }
        }
        if !r.plan.isEmpty {
            out += "\n" + report.wrap(say[.plan], indent: "")
            for (i, step) in r.plan.enumerated() {
                let lines = step.topics.flatMap { PlanSummary.lines(for: $0, in: r, language: language) }
                out += report.wrap(
                    "\(i + 1). \(t(step.label, step.step))"
                        + (lines.isEmpty
                            ? ""
                            : ": "
                                + lines.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: "; ")),
                    indent: "  ")
            }
        }
        if let whatIf {
            out += "\n" + report.wrap(say[.wouldChange], indent: "")
            let items = Self.mostChanging(whatIf)
            if items.isEmpty { out += report.wrap(say[.noChange], indent: "  ") }
            let text = ExplanationText(language: language, width: report.width)
            for item in items { out += report.wrap(text.whatIfLine(item, in: whatIf), indent: "  ") }
        }
        return out
    }

    /// The opening line: every goal's recommendation, the option chosen and the plan, in one
    /// sentence ("In short: account management; … ; chosen option: …; the sales plan in 10 steps below.").
    func summary(_ r: Report) -> String {
        var parts = r.topics.filter(\.isGoal).compactMap { topic in topic.top.map { t($0.label, $0.value) } }
        if let options = r.options, options.options.count > 1 {
            if let winner = options.winner {
                let name =
                    winner.title.isEmpty
                    ? (winner.name == OptionRanking.baseline
                        ? Phrases(language: language)[.continueAsIs] : winner.name) : winner.title
                parts.append("\(say[.chosenOption]): \(name)")
            } else {
                parts.append(say[.noOption])
            }
        }
        if !r.plan.isEmpty { parts.append(say[.planSteps].replacing("{n}", with: String(r.plan.count))) }
        // Nothing to name (no goal decided, no option, no plan): said, not an empty "In short: .".
        if parts.isEmpty { return "\(say[.inShort]): \(say[.nothingDecided])" }
        return "\(say[.inShort]): " + parts.joined(separator: "; ") + "."
    }

    /// The one or two alternatives that change the most goals (ties: the knowledge base's question order).
    static func mostChanging(_ w: WhatIf) -> [WhatIf.Item] {
        let changing = w.items.enumerated().filter { !$0.element.changes.isEmpty }
        let sorted = changing.sorted { a, b in
            a.element.changes.count != b.element.changes.count
                ? a.element.changes.count > b.element.changes.count : a.offset < b.offset
        }
        var seen = Set<String>()
        var result: [WhatIf.Item] = []
        for (_, item) in sorted where result.count < 2 && seen.insert(item.question).inserted { result.append(item) }
        return result
    }

    /// What to type after `how` for a topic, in the reader's language: the longest word of its
    /// label that no other label of the report has a word starting with (`verkoopmethode`), else
    /// its name. The consultation's `NameResolver` takes it back to the topic.
    public static func shortName(of topic: String, in r: Report, language: Language) -> String {
        func words(_ s: String) -> [String] {
            s.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        }
        guard let own = r.topic(topic).flatMap({ pick($0.label, language) }) else { return topic }
        // The name itself where the label says it (`how method` for "Recommended selling method").
        let ownWords = words(own)
        if topic.split(separator: "-").allSatisfy({ ownWords.contains(String($0)) }) { return topic }
        var others: [String] = []
        for t in r.topics where t.topic != topic { others += words(pick(t.label, language) ?? "") }
        for a in r.answers where a.name != topic { others += words(pick(a.label, language) ?? "") }
        let candidates = words(own).filter { w in w.count >= 4 && !others.contains { $0.hasPrefix(w) } }
        return candidates.max { $0.count < $1.count } ?? topic
    }
}
