import RuleLanguage

/// Makes the document of a report: page one from the goals, the option ranking and the warnings;
/// the plan's steps from the knowledge base's outline (`plan-topic`), each topic laid out as the
/// part of a plan it is (the SWOT as its confrontation matrix, the options as their ranking, the
/// performance indicators as the scorecard), the steps nothing fills marked as still to do.
public struct DocumentBuilder: Sendable {
    /// The language the document is written in.
    public let language: Language
    let say: DocumentPhrases
    let text: TextReport

    /// A builder for documents in `language`.
    public init(language: Language) {
        self.language = language
        say = DocumentPhrases(language: language)
        text = TextReport(language: language)
    }

    /// The document of `report`, for the customer, date and author in `info` (the customer
    /// defaults to the situation's title, then to its name when it is not one the program gave).
    public func document(_ report: Report, info: DocumentInfo = DocumentInfo()) -> AdviceDocument {
        var info = info
        if info.customer == nil {
            info.customer = report.title ?? (Report.programNames.contains(report.name) ? nil : report.name)
        }
        let title = say[.salesPlan] + (info.customer.map { ": " + $0 } ?? "")
        return AdviceDocument(
            info: info, title: title, language: language, goals: report.topics.filter(\.isGoal).map(goal),
            option: chosenOption(report), attention: attention(report), plan: plan(report, info: info), report: report)
    }

    // MARK: Page one

    func goal(_ topic: TopicResult) -> GoalAdvice {
        let top = topic.top
        let values = topic.values.filter { $0.certainty > 0 }
        let ordered = values.filter { $0.value == top?.value } + values.filter { $0.value != top?.value }
        let alternatives = ordered.map { (text.t($0.label, $0.value), $0.certainty, $0.cappedBy != nil) }
        var heldBack: String?
        if let second = topic.runnerUp, let cap = second.cappedBy {
            heldBack = say[.heldBackLine].replacing("{runner-up}", with: text.t(second.label, second.value))
                .replacing("{certainty}", with: text.n(second.certainty))
                .replacing("{value}", with: text.t(topic.label(of: cap.value), cap.value))
                .replacing("{because}", with: text.t(cap.reason.because, ""))
        }
        let closeCall = text.closeCallLine(topic)
        var verdict = heldBack ?? closeCall?.capitalizedFirst
        if verdict == nil && alternatives.count > 1 {
            verdict = say[.clearChoice].replacing("{runner-up}", with: alternatives[1].0)
        }
        let equal = alternatives.count > 1 && text.n(alternatives[0].1) == text.n(alternatives[1].1)
        let digits = equal ? 4 : (top?.certainty ?? 0) >= 0.95 && alternatives.count > 1 ? 3 : 2
        return GoalAdvice(
            goal: topic.topic, label: text.t(topic.label, topic.topic), value: top.map { text.t($0.label, $0.value) },
            meaning: top.flatMap { pick(topic.definitions[$0.value], language) }, certainty: top?.certainty ?? 0,
            alternatives: alternatives, closeCall: closeCall, heldBack: heldBack, verdict: verdict,
            isClose: heldBack != nil || closeCall != nil, digits: digits)
    }

    func chosenOption(_ report: Report) -> ChosenOption? {
        guard let winner = report.options?.winner else { return nil }
        return ChosenOption(
            title: optionTitle(winner), total: winner.total, addresses: issues(report).prefix(3).map { $0 })
    }

    /// The warnings, most certain first; then the pitfalls of the leadership style recommended.
    func attention(_ report: Report) -> [String] {
        let points = ["warning", "pitfall"].flatMap { name -> [RankedValue] in
            (report.topic(name)?.values ?? []).filter { $0.certainty > 0 }
                .sorted { $0.certainty != $1.certainty ? $0.certainty > $1.certainty : $0.rank < $1.rank }
        }
        // A warning says why; a pitfall's name says enough.
        let warnings = Set((report.topic("warning")?.values ?? []).map(\.value))
        return points.prefix(3).map { value in
            let label = text.t(value.label, value.value).capitalizedFirst
            guard warnings.contains(value.value),
                let because = value.contributions.compactMap({ pick($0.because, language) }).first
            else { return label }
            // A reason that begins by saying the warning again is the whole point.
            return because.lowercased().hasPrefix(label.lowercased()) ? because : label + ": " + because
        }
    }

    // MARK: The plan

    func plan(_ report: Report, info: DocumentInfo) -> [PlanSection] {
        var shown: Set<String> = []
        return report.plan.enumerated().map { i, step in
            var blocks: [DocumentBlock] = []
            switch step.step {
            case "introduction": blocks += introduction(report)
            case "objectives": blocks += objectives(report, info.objectives)
            default: break
            }
            var lines: [String] = []
            for topic in step.topics {
                guard let own = part(topic, in: report, info: info, shown: &shown) else {
                    if let list = report.topic(topic), !list.isGoal, topic != "kpi" {
                        // A list of its own: its title, then its points.
                        let points = PlanSummary.lines(for: topic, in: report, language: language)
                        if !points.isEmpty {
                            if !lines.isEmpty { blocks.append(.bullets(lines)) }
                            lines = []
                            blocks += [
                                .paragraph(text.t(list.label, topic) + ":"), .bullets(points.map(\.capitalizedFirst)),
                            ]
                        }
                        continue
                    }
                    lines += PlanSummary.lines(for: topic, in: report, language: language)
                    continue
                }
                if !own.isEmpty {
                    if !lines.isEmpty { blocks.append(.bullets(lines)) }
                    lines = []
                    blocks += own
                }
            }
            if !lines.isEmpty { blocks.append(.bullets(lines)) }
            if step.step == "action-plan" { blocks += actionPlan(report) }
            if blocks.isEmpty { blocks.append(.blank(say[.toFill])) }
            return PlanSection(step: step.step, number: i + 1, title: text.t(step.label, step.step), blocks: blocks)
        }
    }

    /// A topic that is a part of the plan of its own (a matrix, a ranking, a scorecard), laid out
    /// once, where the outline first puts it (empty after that); nil for a topic the outline
    /// states in a line.
    func part(_ topic: String, in report: Report, info: DocumentInfo, shown: inout Set<String>) -> [DocumentBlock]? {
        switch topic {
        case "swot":
            guard shown.insert(topic).inserted else { return [] }
            guard let swot = report.swot else { return [.blank(say[.swotBlank])] }
            var blocks: [DocumentBlock] = [.matrix(grid(swot))]
            let issues = issues(report)
            if !issues.isEmpty { blocks += [.paragraph(say[.issues] + ":"), .bullets(issues)] }
            return blocks
        case "core-problem":
            guard let core = report.swot?.coreProblem else { return nil }
            guard shown.insert(topic).inserted else { return [] }
            let phrases = Phrases(language: language)
            return [
                .paragraph(phrases[.coreProblem].capitalizedFirst + ":"),
                .definitions([
                    (phrases[.cause].capitalizedFirst, core.cause),
                    (phrases[.effect].capitalizedFirst, text.t(core.effect, "")),
                    (phrases[.conclusion].capitalizedFirst, text.t(core.conclusion, "")),
                ]),
            ]
        case "options":
            guard shown.insert(topic).inserted else { return [] }
            guard let ranking = report.options else { return [.blank(say[.optionsBlank])] }
            return [.table(optionTable(ranking)), .optionChart(ranking, titles: ranking.options.map(optionTitle))]
        case "kpi":
            guard !report.kpis.isEmpty else { return nil }
            guard shown.insert(topic).inserted else { return nil }
            var blocks: [DocumentBlock] = []
            let csf = report.topic("csf")?.values.filter { $0.certainty > 0 }.map { text.t($0.label, $0.value) } ?? []
            if !csf.isEmpty { blocks += [.paragraph(say[.csfIntro]), .bullets(csf)] }
            blocks.append(.table(scorecard(report, objectives: info.objectives)))
            blocks.append(
                .scorecardChart(
                    report.kpis.map {
                        (text.t($0.perspectiveLabel, $0.perspective), text.t($0.label, $0.kpi), $0.weight)
                    }
                ))
            return blocks
        case "csf":
            // Said with the scorecard, as the chain strategy → success factors → indicators.
            return report.kpis.isEmpty ? nil : []
        default:
            return nil
        }
    }

    func introduction(_ report: Report) -> [DocumentBlock] {
        guard !report.answers.isEmpty else { return [] }
        let rows = report.answers.map { [text.t($0.label, $0.name), text.t($0.valueLabel, $0.value)] }
        return [
            .paragraph(say[.situationIntro]),
            .table(DocumentTable(caption: "", header: [say[.question], say[.answer]], rows: rows, struck: [])),
        ]
    }

    /// The objectives given, each beside the indicator that measures it, its review and owner
    /// (SMART); a marked blank when none was given.
    func objectives(_ report: Report, _ given: [Objective]) -> [DocumentBlock] {
        guard !given.isEmpty else { return [.blank(say[.objectivesBlank])] }
        let rows = given.map { o -> [String] in
            let label = language == .nl ? o.kind.label.nl : o.kind.label.en
            guard let k = report.kpis.first(where: { $0.kpi == o.kind.kpi }) else {
                return [label, o.target, "", "", ""]
            }
            return [
                label, o.target, text.t(k.label, k.kpi), text.t(k.frequencyLabel, k.frequency),
                text.t(k.ownerLabel, k.owner),
            ]
        }
        return [
            .paragraph(say[.objectivesGiven]),
            .table(
                DocumentTable(
                    caption: "", header: [say[.objective], say[.target], say[.kpi], say[.frequency], say[.owner]],
                    rows: rows, struck: [])),
        ]
    }

    /// The chosen option's action plan: a row per strategic issue it addresses, the action, owner
    /// and quarter left for the manager.
    func actionPlan(_ report: Report) -> [DocumentBlock] {
        guard let option = chosenOption(report) else { return [.blank(say[.actionBlank])] }
        let issues = option.addresses.isEmpty ? [option.title] : option.addresses
        return [
            .blank(say[.actionBlank]),
            .table(
                DocumentTable(
                    caption: "\(say[.optionChosen]): \(option.title)",
                    header: [say[.addresses], say[.action], say[.owner], say[.quarter]],
                    rows: issues.map { [$0, "", "", ""] }, struck: [], toFill: [1, 2, 3])),
        ]
    }

    // MARK: Parts

    /// The strategic issues as their key questions.
    func issues(_ report: Report) -> [String] {
        guard let swot = report.swot else { return [] }
        return swot.issues.map { i in
            i.reason.flatMap { pick($0.because, language) }
                ?? "\(swot.code(i.internal, language: language)) × \(swot.code(i.external, language: language))"
        }
    }

    func grid(_ swot: SwotResult) -> ConfrontationGrid {
        func ordered(_ kinds: [String]) -> [SwotResult.Item] {
            kinds.flatMap { kind in
                swot.items.enumerated().filter { $0.element.kind == kind }
                    .sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
            }
        }
        let rows = ordered(["strength", "weakness"])
        let columns = ordered(["opportunity", "threat"])
        let scores = rows.map { r in
            columns.map { c in swot.pairs.first { $0.internal == r.id && $0.external == c.id }?.score }
        }
        return ConfrontationGrid(
            rows: rows.map { (swot.code($0.id, language: language), $0.text, $0.kind == "strength") },
            columns: columns.map { (swot.code($0.id, language: language), $0.text, $0.kind == "opportunity") },
            scores: scores,
            quadrants: quadrants(),
            totalLabel: say[.total])
    }

    /// The four quadrants with their letters in the document's language (Dutch writes Z, K, B).
    func quadrants() -> [ConfrontationGrid.Quadrant] {
        let (s, w, o, t) = language == .nl ? ("S", "Z", "K", "B") : ("S", "W", "O", "T")
        return [
            .init(letters: "\(s) × \(o)", name: say[.quadrantSO], strength: true, opportunity: true),
            .init(letters: "\(s) × \(t)", name: say[.quadrantST], strength: true, opportunity: false),
            .init(letters: "\(w) × \(o)", name: say[.quadrantWO], strength: false, opportunity: true),
            .init(letters: "\(w) × \(t)", name: say[.quadrantWT], strength: false, opportunity: false),
        ]
    }

    func optionTitle(_ o: OptionResult) -> String {
        o.title.isEmpty
            ? (o.name == OptionRanking.baseline ? Phrases(language: language)[.continueAsIs] : o.name) : o.title
    }

    func optionTable(_ ranking: OptionRanking) -> DocumentTable {
        let header =
            [say[.rank], say[.option]] + ranking.criteria.map { text.t($0.label, $0.name) } + [say[.total], ""]
        var struck: Set<Int> = []
        let rows = ranking.options.enumerated().map { i, o -> [String] in
            if o.rejected { struck.insert(i) }
            let status: String
            if o.rejected {
                let on = o.rejections.map { r in
                    text.t(ranking.criteria.first { $0.name == r.criterion }?.label, r.criterion)
                }
                status = say[.knockedOut] + (on.isEmpty ? "" : " (" + on.joined(separator: ", ") + ")")
            } else {
                status = o.rank == 1 ? say[.chosen] : ""
            }
            return [o.rejected ? "–" : String(o.rank), optionTitle(o)]
                + ranking.criteria.map { text.n(o.scaled[$0.name] ?? 1) } + [text.n(o.total), status]
        }
        let weights = ranking.criteria.map { "\(text.t($0.label, $0.name)) \(text.n(text.normalised($0, ranking)))" }
        return DocumentTable(
            caption: say[.scale] + ": " + weights.joined(separator: ", "), header: header, rows: rows, struck: struck)
    }

    /// The scorecard: per perspective its success factors (on its first row), then each indicator
    /// with its weight, target (its objective's when one was given), review and owner.
    func scorecard(_ report: Report, objectives: [Objective]) -> DocumentTable {
        let factors = report.topic("csf")?.values.filter { $0.certainty > 0 } ?? []
        var named: Set<String> = []
        let rows = report.kpis.map { k -> [String] in
            var factor = ""
            if named.insert(k.perspective).inserted {
                factor = factors.filter { report.factorPerspectives[$0.value] == k.perspective }
                    .map { text.t($0.label, $0.value) }.joined(separator: "; ")
            }
            return [
                text.t(k.perspectiveLabel, k.perspective), factor, text.t(k.label, k.kpi), text.n(k.weight),
                objectives.first { $0.kind.kpi == k.kpi }?.target ?? say[.toSet],
                text.t(k.frequencyLabel, k.frequency), text.t(k.ownerLabel, k.owner),
            ]
        }
        return DocumentTable(
            caption: "",
            header: [
                say[.perspective], say[.successFactor], say[.kpi], say[.weight], say[.target], say[.frequency],
                say[.owner],
            ],
            rows: rows, struck: [], toFill: [4])
    }
}
