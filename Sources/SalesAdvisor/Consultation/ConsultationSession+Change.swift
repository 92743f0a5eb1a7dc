import RuleLanguage

/// `change QUESTION`: the question asked again, then what the new answer changed in the advice.
extension ConsultationSession {
    /// The question a user typed after `change` (a number from the summary, a name or a label),
    /// asked again; or what the questions are.
    func change(_ typed: String?) -> ConsultationReply {
        let asked = state.answers.enumerated().map { "\($0.offset + 1) " + labels.question($0.element.question) }
        guard let typed else {
            let list = asked.isEmpty ? say[.noneYet] : asked.joined(separator: ", ")
            return ConsultationReply([.paragraph("\(say[.changeWhich]): " + list)])
        }
        let names = kb.ruleBase.questions.map(\.name)
        var chosen: Question?
        if let n = Int(typed), n >= 1, n <= state.answers.count {
            chosen = kb.question(state.answers[n - 1].question)
        } else {
            switch NameResolver(kb: kb).attribute(typed, among: names) {
            case .one(let name): chosen = kb.question(name)
            case .ambiguous(let several):
                return .warning("\(say[.ambiguousQuestion]): " + several.map(labels.question).joined(separator: ", "))
            case .none: break
            }
        }
        guard let q = chosen else {
            var m = "\(say[.unknownQuestion]) '\(typed.visibleControls)'"
            if Int(typed) == nil, let near = NameResolver(kb: kb).nearestAttribute(typed, among: names) {
                m += "; \(say[.didYouMean]) '\(labels.question(near))'?"
            }
            let all = kb.ruleBase.questions.map(labels.name(of:))
            return .warning(m + "; \(say[.questionsAre]): " + (asked.isEmpty ? all : asked).joined(separator: ", "))
        }
        var blocks: [ConsultationReply.Block] = []
        if let a = state.answer(q.name) { blocks.append(.line("\(labels.name(of: q)): \(labels.answer(a))")) }
        blocks += [.heading(labels.pick(q.prompts)), .choices(labels.choices(q))]
        return ConsultationReply(blocks, next: .askAgain(q))
    }

    /// The new answer to a question asked again by `change` (`unknown` included): recorded, with
    /// what it changed in the advice since `before`; or what was wrong, and the question stays.
    public mutating func change(_ q: Question, to line: String, from before: Current) -> ConsultationReply {
        var reply: ConsultationReply
        if let command = PromptCommand.parse(line) {
            guard command.verb == .unknown else {
                return ConsultationReply([.warningLine(say[.typeOneOf] + ": " + labels.choicesList(q))])
            }
            reply = unknown(q)
        } else {
            reply = answer(line, to: q, preset: state.answer(q.name)?.isPreset ?? false)
        }
        guard reply.changed else { return reply }
        reply.blocks += changes(from: before.run.report)
        return reply
    }

    /// `approach: account management → strategic relationship. Reason: …` for each goal whose
    /// recommendation changed.
    func changes(from before: Report) -> [ConsultationReply.Block] {
        let after: Current
        do {
            after = try current()
        } catch {
            return [.warningLine("\(say[.error]): \(Self.message(of: error))")]
        }
        var lines: [ConsultationReply.Block] = []
        for topic in after.run.report.topics where topic.isGoal {
            let old = before.topic(topic.topic)?.top
            let new = topic.top
            guard old?.value != new?.value else { continue }
            let from = old.map { labels.pick($0.label).nonEmpty ?? $0.value } ?? "—"
            let to = new.map { labels.pick($0.label).nonEmpty ?? $0.value } ?? "—"
            var line = "\(labels.topic(topic.topic)): \(from) → \(to)"
            if let reason = new?.contributions.max(by: { $0.amount < $1.amount }), !labels.pick(reason.because).isEmpty
            {
                line += ". \(say[.reason]): \(labels.pick(reason.because)) [\(reason.rule)]"
            }
            lines.append(.indented(line))
        }
        return lines.isEmpty ? [.line(say[.adviceSame])] : [.line(say[.adviceChanged] + ":")] + lines
    }
}
