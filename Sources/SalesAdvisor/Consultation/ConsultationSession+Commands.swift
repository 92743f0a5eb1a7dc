import RuleLanguage

extension ConsultationSession {
    /// Carries out a prompt command; `need` is the question being asked (nil after the advice or
    /// at a prompt that is not a question).
    public mutating func perform(
        _ command: PromptCommand, at need: ConsultationState.Need?, _ current: Current
    ) -> ConsultationReply {
        switch command.verb {
        case .help: return ConsultationReply(help(need?.question))
        case .why:
            guard let need else { return ConsultationReply([.paragraph(say[.noQuestionNow])]) }
            return why(need, current)
        case .how: return how(command.argument, current)
        case .whyNot: return whyNot(command.argument, current)
        case .unknown:
            guard let q = need?.question else { return ConsultationReply([.paragraph(say[.noQuestionNow])]) }
            return unknown(q)
        case .back:
            guard let taken = state.back() else { return ConsultationReply([.line(say[.nothingToUndo])]) }
            return ConsultationReply(
                [.line("\(say[.takenBack]): \(labels.describe(taken, instances: state.instances))")], next: .ask,
                changed: true)
        case .change: return change(command.argument)
        case .summary: return ConsultationReply(summary(current))
        case .report:
            guard let file = command.argument else { return needsFile("report") }
            // The format the file's name asks for: advies.html a page, advice.json JSON, else Markdown.
            let renderer = ReportFormat(fileName: file).renderer(
                language: language, goals: state.kb.ruleBase.goals.map(\.name),
                info: DocumentInfo(customer: customer, date: date, preparedBy: preparedBy, objectives: objectives))
            // A document says what would tip a close call, as the closing advice does.
            let report = (try? state.evaluation.findTips(current.run)) ?? current.run.report
            let contents = renderer.head + renderer.render(report, how: []) + renderer.foot(count: 1)
            return ConsultationReply(next: .write(ConsultationFile(kind: .report, path: file, contents: contents)))
        case .save:
            guard let file = command.argument else { return needsFile("save") }
            return ConsultationReply(next: .write(ConsultationFile(kind: .session, path: file, contents: record.text)))
        case .objective: return objective(command.argument)
        case .drop: return drop()
        case .quit: return ConsultationReply(next: .quit)
        }
    }

    /// `objective KIND TARGET` sets an objective for the plan (`objective KIND` alone takes it
    /// away); `objective` alone lists them and the kinds.
    mutating func objective(_ argument: String?) -> ConsultationReply {
        func word(_ kind: Objective.Kind) -> String { language == .nl ? kind.words.nl : kind.words.en }
        let how = say[.objectiveHow].replacing(
            "{kinds}", with: Objective.Kind.allCases.map(word).joined(separator: ", "))
        guard let argument, let first = argument.split(separator: " ").first else {
            let given = objectives.map { "\(word($0.kind)): \($0.target)" }
            return ConsultationReply(
                [.paragraph(say[.objectivesNow] + (given.isEmpty ? " –" : ""))]
                    + (given.isEmpty ? [] : [.choices(given)])
                    + [.paragraph(how)])
        }
        guard let kind = Objective.Kind(word: String(first)) else { return .warning(how) }
        let target = argument.dropFirst(first.count).trimmingCharacters(in: .whitespaces)
        // Checked before anything changes: a refused target leaves the objective as it was.
        guard ScenarioParser.unreadable(target) == nil else { return .warning(say[.objectiveControl]) }
        objectives.removeAll { $0.kind == kind }
        if !target.isEmpty { objectives.append(Objective(kind: kind, target: target)) }
        return ConsultationReply([.paragraph(say[.objectiveSet])], changed: true)
    }

    func needsFile(_ command: String) -> ConsultationReply {
        ConsultationReply([.warningLine("\(say[.needsFile]): \(command) FILE")])
    }

    /// Help at a question (its prompt, help and answers) and the commands; `drop` only while
    /// answers are set aside.
    public func help(_ q: Question?) -> [ConsultationReply.Block] {
        var blocks: [ConsultationReply.Block] = []
        if let q {
            blocks.append(.heading(labels.pick(q.prompts)))
            let h = labels.pick(q.help)
            if !h.isEmpty { blocks.append(.indented(h)) }
            blocks.append(.paragraph("\(say[.allowed]): " + labels.choices(q).joined(separator: ", ")))
            blocks.append(.paragraph(say[.orUnknown] + ". " + say[.certaintyHelp]))
        }
        return blocks + commands
    }

    /// The command table under its title.
    public var commands: [ConsultationReply.Block] {
        [
            .line(say[.commands] + ":"),
            .commands(PromptCommand.Verb.allCases.filter { $0 != .drop || !setAside.isEmpty }),
        ]
    }

    func why(_ need: ConsultationState.Need, _ current: Current) -> ConsultationReply {
        do {
            let w = try explainer(current).why(question: need.question.name, rules: need.rules)
            return ConsultationReply([.why(w, lead: "\(say[.whyGoals]) \(labels.goals(need.goals)):")])
        } catch {
            return .warning(error.message)
        }
    }

    /// `drop`: the set-aside lines (saved answers that no longer fit the knowledge base) are named
    /// and removed from the session for good.
    mutating func drop() -> ConsultationReply {
        guard !setAside.isEmpty else { return ConsultationReply([.paragraph(say[.nothingSetAside])]) }
        let dropped = setAside
        setAside = []
        return ConsultationReply(
            [.paragraph(say[.droppedForGood].replacing("{n}", with: String(dropped.count)))]
                + dropped.map { .line("  \($0)") }, changed: true)
    }

    func summary(_ current: Current) -> [ConsultationReply.Block] {
        var blocks: [ConsultationReply.Block] = [
            .heading(say[.summary]),
            .line(say[.answersSoFar] + ":" + (state.answers.isEmpty ? " " + say[.noneYet] : "")),
        ]
        // Numbered, so `change 3` takes one back to it.
        for (i, a) in state.answers.enumerated() {
            blocks.append(
                .indented(
                    "\(i + 1) \(labels.question(a.question)): \(labels.answer(a))"
                        + (a.isPreset ? " (\(say[.given]))" : "")))
        }
        blocks.append(.line(say[.leading] + ":"))
        for topic in current.run.report.topics where topic.isGoal {
            let label = labels.pick(topic.label).nonEmpty ?? topic.topic
            if let top = topic.top {
                let value = labels.pick(top.label).nonEmpty ?? top.value
                let certainty = TextReport(language: language).n(top.certainty)
                blocks.append(.indented("\(label): \(value) (\(say[.certainty]) \(certainty))"))
            } else {
                blocks.append(.line("  \(label): \(say[.undetermined])"))
            }
        }
        return blocks
    }
}
