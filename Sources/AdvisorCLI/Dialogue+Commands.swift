import RuleLanguage
@_spi(Tooling) import SalesAdvisor

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// With its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Dialogue {
    /// Carries out a prompt command; `need` is the question being asked (nil after the advice).
    func perform(_ command: PromptCommand, at need: ConsultationState.Need?, _ current: Current) -> Outcome {
        perform(command, at: need, current, help: nil, why: nil)
    }

    /// `help` and `why`, when given, answer those commands (an offer, an instance, a slot).
    func perform(
        _ command: PromptCommand, at need: ConsultationState.Need?, _ current: Current, help: (() -> String)?,
        why: (() -> String)?
    ) -> Outcome {
        switch command {
        case .help:
            out.say(help?() ?? self.help(need?.question))
            return .stay
        case .why:
            if let why {
                out.say(why())
                return .stay
            }
            guard let need else {
                out.say(wrap(say["no-question-now"]))
                return .stay
            }
            explainWhy(need, current)
            return .stay
        case .how(let topic):
            explainHow(topic, current)
            return .stay
        case .whyNot(let target):
            explainWhyNot(target, current)
            return .stay
        case .unknown:
            guard let q = need?.question else {
                out.say(wrap(say["no-question-now"]))
                return .stay
            }
            do {
                try state.set(ConsultationAnswer(question: q.name, value: nil))
            } catch {
                out.say(out.warn(wrap(error.message)))
                return .stay
            }
            save()
            return .next
        case .back:
            guard let taken = state.back() else {
                out.say(say["nothing-to-undo"] + "\n")
                return .stay
            }
            save()
            out.say("\(say["taken-back"]): \(describe(taken))\n")
            return .next
        case .change(let name):
            return change(name, current)
        case .summary:
            out.say(summary(current))
            return .stay
        case .report(let file):
            writeReport(file, current)
            return .stay
        case .save(let file):
            guard let file, !file.isEmpty else {
                out.say(out.warn(say["needs-file"]) + ": save FILE\n")
                return .stay
            }
            switch FileWriter.write(record.text, to: file, standardOutput: { self.out.result($0) }) {
            case .failed(let problem): out.say(out.warn("\(say["cannot-write"]) \(file): \(problem)") + "\n")
            case .written(let path):
                out.say("\(say["saved-to"]) \(path).\n\(say["resume-with"]): advisor consult --resume \(path)\n")
            }
            return .stay
        case .drop:
            dropSetAside()
            return .stay
        case .quit:
            return .finish(stop(say["stopped"], status: .success))
        }
    }

    /// `drop`: the set-aside lines (saved answers that no longer fit the knowledge base) are named
    /// and removed from the session for good.
    func dropSetAside() {
        guard !setAside.isEmpty else {
            out.say(wrap(say["nothing-set-aside"]))
            return
        }
        let dropped = setAside
        setAside = []
        save()
        out.say(
            wrap(say["dropped-for-good"].replacing("{n}", with: String(dropped.count)))
                + dropped.map { "  \($0)\n" }.joined())
    }

    func help(_ q: Question?) -> String {
        var s = ""
        if let q {
            s += out.bold(wrap(pick(q.prompts)))
            let h = pick(q.help)
            if !h.isEmpty { s += text.wrap(h, indent: "  ") }
            s += wrap(
                "\(say["allowed"]): "
                    + values(q).enumerated().map { "\($0.offset + 1) \(label($0.element, of: q))" }.joined(
                        separator: ", "))
            s += wrap(say["or-unknown"] + ". " + say["certainty-help"])
        }
        s += say["commands"] + ":\n"
        var keys = [
            "cmd-help", "cmd-why", "cmd-how", "cmd-why-not", "cmd-unknown", "cmd-back", "cmd-change", "cmd-summary",
            "cmd-report", "cmd-save",
        ]
        // drop only means something while answers are set aside.
        if !setAside.isEmpty { keys.append("cmd-drop") }
        for key in keys + ["cmd-quit"] { s += commandLine(say[key]) }
        return s
    }

    /// One line of the command table: the command in a column of 18, its description beside it,
    /// wrapped to the dialogue's width under itself (or, on a very narrow terminal, on lines of
    /// its own below the command).
    func commandLine(_ entry: String) -> String {
        let column = 18
        let command = String(entry.prefix(column))
        let description = String(entry.dropFirst(column)).trimmed
        let width = out.dialogueWidth()
        guard width - 2 - column >= 20 else {
            return "  " + command.trimmed + "\n" + text.wrap(description, indent: "      ")
        }
        let lines = text.wrap(description, indent: "", width: width - 2 - column).split(separator: "\n")
        return lines.enumerated().map { i, line in
            (i == 0 ? "  " + command : String(repeating: " ", count: 2 + column)) + String(line).trimmed + "\n"
        }.joined()
    }

    func explainer(_ current: Current) -> Explainer { Explainer(evaluation: state.evaluation, run: current.run) }

    func explainWhy(_ need: ConsultationState.Need, _ current: Current) {
        do {
            let w = try explainer(current).why(question: need.question.name, rules: need.rules)
            out.say(
                ExplanationText(language: language, width: out.dialogueWidth()).why(
                    w, lead: "\(say["why-goals"]) \(goalLabels(need.goals)):"))
        } catch {
            out.say(out.warn(wrap(error.message)))
        }
    }

    func explainHow(_ typed: String?, _ current: Current) {
        let goals = kb.ruleBase.goals.map(\.name)
        guard let typed else {
            out.say(wrap(say["how-topics"] + ": " + goals.map(topicName).joined(separator: ", ")))
            return
        }
        // `hoe verkoopbenadering`, `how approach`, `hoe approach=transactional`: by label or name.
        let parts = typed.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
        guard let topic = resolveTopic(parts.first ?? "") else { return }
        var target = topic
        let report = current.run.report
        if isOnlyAnswered(topic) { return }
        if parts.count == 2 {
            guard let value = resolveValue(parts[1], of: topic) else { return }
            guard report.topic(topic)?.values.contains(where: { $0.value == value }) == true else {
                let shown = kb.template(topic).flatMap { pick(kb.valueTexts(value, ofAttribute: $0)).nonEmpty } ?? value
                out.say(
                    wrap(
                        say["not-concluded"].replacing("{topic}", with: topicName(topic)).replacing(
                            "{value}", with: shown)))
                return
            }
            target += "=" + value
        } else if report.topic(topic)?.values.isEmpty ?? true,
            kb.template(topic).map({ kb.program.templates[$0].isAttribute }) == true
        {
            out.say(wrap(say["nothing-concluded"].replacing("{topic}", with: topicName(topic))))
            return
        }
        do {
            let nodes = try ExplainCommand.how(
                target, explainer: explainer(current), kb: kb, report: current.run.report)
            out.say(
                ExplanationText(language: language, width: out.dialogueWidth()).how(
                    nodes, title: "\(Phrases.word("how", language)): \(topicName(topic))"))
        } catch let e as InputError {
            out.say(out.warn(wrap(e.message)))
        } catch {
            out.say(out.warn("\(error)") + "\n")
        }
    }

    func explainWhyNot(_ typed: String?, _ current: Current) {
        // `waarom niet verkoopbenadering = transactiegericht`, `why not approach transactional`.
        let text = typed ?? ""
        var parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
        if parts.count == 1 { parts = text.split(separator: " ", maxSplits: 1).map { String($0).trimmed } }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            out.say(wrap(say["why-not-form"]))
            return
        }
        guard let topic = resolveTopic(parts[0]) else { return }
        if isOnlyAnswered(topic) { return }
        do {
            if topic == "option" {
                let names = current.run.report.options?.options.map(\.name) ?? []
                let typedName = parts[1].lowercased()
                let report = TextReport(language: language)
                guard
                    let name = names.first(where: {
                        $0.lowercased() == typedName || report.optionName($0).lowercased() == typedName
                    })
                else {
                    let list = names.isEmpty ? say["none-yet"] : names.map(report.optionName).joined(separator: ", ")
                    out.say(
                        out.warn(
                            wrap(
                                say["no-such-option"].replacing("{option}", with: parts[1].visibleControls) + " " + list
                            )))
                    return
                }
                out.say(
                    ExplanationText(language: language, width: out.dialogueWidth()).whyNot(
                        option: try explainer(current).whyNot(option: name)))
                return
            }
            guard let value = resolveValue(parts[1], of: topic) else { return }
            let w = try explainer(current).whyNot(topic: topic, value: value)
            out.say(ExplanationText(language: language, width: out.dialogueWidth()).whyNot(w))
        } catch {
            out.say(out.warn(wrap(error.message)))
        }
    }

    /// A question that only the user answers (no rule concludes it): says so, in the consultation's
    /// words, and how to change it.
    func isOnlyAnswered(_ topic: String) -> Bool {
        guard let q = kb.question(topic), !kb.isConcluded(q.attribute) else { return false }
        let answer = state.answer(topic).map(valueLabel) ?? say["unanswered"]
        out.say(wrap(say["is-question"].replacing("{topic}", with: name(of: q)).replacing("{answer}", with: answer)))
        return true
    }

    /// The topic a user typed, by name or label; says what is wrong and returns nil otherwise.
    func resolveTopic(_ typed: String) -> String? {
        let resolver = NameResolver(kb: kb)
        switch resolver.attribute(typed) {
        case .one(let name): return name
        case .ambiguous(let names):
            out.say(out.warn(wrap("\(say["ambiguous-topic"]): " + names.map(topicName).joined(separator: ", "))))
        case .none:
            let goals = kb.ruleBase.goals.map(\.name)
            var m = "\(say["unknown-topic"]) '\(typed.visibleControls)'"
            let all = kb.program.templates.filter(\.isAttribute).map(\.name)
            if let near = resolver.nearestAttribute(typed, among: all) {
                m += "; \(say["did-you-mean"]) '\(topicName(near))'?"
            }
            out.say(out.warn(wrap(m + "; \(say["how-topics"]): " + goals.map(topicName).joined(separator: ", "))))
        }
        return nil
    }

    /// The value of `topic` a user typed, by name or label (any text where the topic has no list).
    func resolveValue(_ typed: String, of topic: String) -> String? {
        guard let t = kb.template(topic), !kb.values(ofAttribute: t).isEmpty else { return typed }
        switch NameResolver(kb: kb).value(typed, ofAttribute: topic) {
        case .one(let v): return v
        case .ambiguous(let values):
            out.say(
                out.warn(
                    wrap(
                        "\(say["ambiguous-value"]): "
                            + values.map { pick(kb.valueTexts($0, ofAttribute: t)).nonEmpty ?? $0 }.joined(
                                separator: ", "))))
        case .none:
            let values = kb.values(ofAttribute: t).map { pick(kb.valueTexts($0, ofAttribute: t)).nonEmpty ?? $0 }
            out.say(
                out.warn(
                    wrap(
                        "\(say["not-a-value"].replacing("{topic}", with: topicName(topic))) '\(typed.visibleControls)'; \(say["values-are"]): "
                            + values.joined(separator: ", "))))
        }
        return nil
    }

    func summary(_ current: Current) -> String {
        var s = out.bold(say["summary"]) + "\n" + say["answers-so-far"] + ":"
        if state.answers.isEmpty { s += " " + say["none-yet"] }
        s += "\n"
        // Numbered, so `change 3` takes one back to it.
        for (i, a) in state.answers.enumerated() {
            let q = kb.question(a.question).map(name(of:)) ?? a.question
            s += text.wrap("\(i + 1) \(q): \(valueLabel(a))" + (a.isPreset ? " (\(say["given"]))" : ""), indent: "  ")
        }
        s += say["leading"] + ":\n"
        for topic in current.run.report.topics where topic.isGoal {
            let label = pick(topic.label).isEmpty ? topic.topic : pick(topic.label)
            if let top = topic.top {
                s += text.wrap(
                    "\(label): \(pick(top.label).isEmpty ? top.value : pick(top.label)) (\(say["certainty"]) \(TextReport(language: language).n(top.certainty)))",
                    indent: "  ")
            } else {
                s += "  \(label): \(say["undetermined"])\n"
            }
        }
        return s
    }

    func writeReport(_ file: String?, _ current: Current) {
        guard let file, !file.isEmpty else {
            out.say(out.warn(say["needs-file"]) + ": report FILE\n")
            return
        }
        let markdown = MarkdownReport(language: language).render(current.run.report)
        switch FileWriter.write(markdown, to: file, standardOutput: { self.out.result($0) }) {
        case .failed(let problem): out.say(out.warn("\(say["cannot-write"]) \(file): \(problem)") + "\n")
        case .written(let path): out.say("\(say["report-written"]) \(path == "-" ? say["standard-output"] : path)\n")
        }
    }

    /// `change QUESTION`: asks it again, then says what the new answer changed in the advice.
    func change(_ typed: String?, _ current: Current) -> Outcome {
        let asked = state.answers.enumerated().map {
            "\($0.offset + 1) " + (kb.question($0.element.question).map(name(of:)) ?? $0.element.question)
        }
        guard let typed else {
            out.say(
                wrap("\(say["change-which"]): " + (asked.isEmpty ? say["none-yet"] : asked.joined(separator: ", "))))
            return .stay
        }
        // A number from the summary, a question's name or its label (`wijzig risico`).
        var chosen: Question?
        if let n = Int(typed), n >= 1, n <= state.answers.count {
            chosen = kb.question(state.answers[n - 1].question)
        } else {
            let names = kb.ruleBase.questions.map(\.name)
            switch NameResolver(kb: kb).attribute(typed, among: names) {
            case .one(let name): chosen = kb.question(name)
            case .ambiguous(let several):
                out.say(
                    out.warn(
                        wrap(
                            "\(say["ambiguous-question"]): "
                                + several.compactMap { kb.question($0).map(name(of:)) }.joined(separator: ", "))))
                return .stay
            case .none: break
            }
        }
        guard let q = chosen else {
            let all = kb.ruleBase.questions.map(name(of:))
            var m = "\(say["unknown-question"]) '\(typed.visibleControls)'"
            if Int(typed) == nil,
                let near = NameResolver(kb: kb).nearestAttribute(typed, among: kb.ruleBase.questions.map(\.name))
            {
                m += "; \(say["did-you-mean"]) '\(kb.question(near).map(name(of:)) ?? near)'?"
            }
            out.say(
                out.warn(
                    wrap(m + "; \(say["questions-are"]): " + (asked.isEmpty ? all : asked).joined(separator: ", "))))
            return .stay
        }
        if let a = state.answer(q.name) {
            out.say("\(name(of: q)): \(valueLabel(a))\n")
        }
        out.say(out.bold(wrap(pick(q.prompts))) + choicesLine(q))
        while true {
            let event = out.read(reader, prompt: "\(name(of: q))> ", completions: completions(q))
            switch event {
            case .end, .interrupt: return ended(event)
            case .line(let typed):
                let line = typed.trimmed
                if line.isEmpty { return .stay }
                let before = current.run.report
                if let command = PromptCommand.parse(line) {
                    guard command == .unknown else {
                        out.say(out.warn(say["type-one-of"]) + ": " + choicesList(q) + "\n")
                        continue
                    }
                    do {
                        try state.set(
                            ConsultationAnswer(
                                question: q.name, value: nil, isPreset: state.answer(q.name)?.isPreset ?? false))
                    } catch {
                        out.say(out.warn(wrap(error.message)))
                        continue
                    }
                    save()
                } else {
                    let preset = state.answer(q.name)?.isPreset ?? false
                    guard answer(line, to: q, preset: preset) else { continue }
                }
                sayChanges(from: before)
                return .next
            }
        }
    }

    /// Reads an answer for `change`, keeping whether it was given beforehand.
    func answer(_ line: String, to q: Question, preset: Bool) -> Bool {
        guard preset else { return answer(line, to: q) }
        guard case .value(let value, let certainty) = AnswerMatcher(question: q, kb: kb).match(line) else {
            return answer(line, to: q)
        }
        do {
            try state.set(ConsultationAnswer(question: q.name, value: value, certainty: certainty, isPreset: true))
        } catch {
            out.say(out.warn(wrap(error.message)))
            return false
        }
        save()
        return true
    }

    /// `approach: account management → strategic relationship, because …` for each goal whose
    /// recommendation changed.
    func sayChanges(from before: Report) {
        guard let after = evaluate() else { return }
        var lines: [String] = []
        for topic in after.run.report.topics where topic.isGoal {
            let old = before.topic(topic.topic)?.top
            let new = topic.top
            guard old?.value != new?.value else { continue }
            let from = old.map { pick($0.label).isEmpty ? $0.value : pick($0.label) } ?? "—"
            let to = new.map { pick($0.label).isEmpty ? $0.value : pick($0.label) } ?? "—"
            var line = "\(topicName(topic.topic)): \(from) → \(to)"
            if let reason = new?.contributions.max(by: { $0.amount < $1.amount }), !pick(reason.because).isEmpty {
                line += ". \(say["reason"]): \(pick(reason.because)) [\(reason.rule)]"
            }
            lines.append(text.wrap(line, indent: "  "))
        }
        out.say(lines.isEmpty ? say["advice-same"] + "\n" : say["advice-changed"] + ":\n" + lines.joined())
    }
}

extension String {
    /// nil for an empty string (`label.nonEmpty ?? name`).
    var nonEmpty: String? { isEmpty ? nil : self }
}
