import RuleEngine
import RuleLanguage

/// A line typed at a prompt: an answer, a name, a detail, a restated part, or a prompt command.
extension ConsultationSession {
    /// Reads `line` (trimmed) at `prompt`: takes it and says what comes next, or says briefly what
    /// was wrong and stays. `help` and `why` speak of the prompt; every other command is the
    /// session's (``perform(_:at:_:)``).
    public mutating func reply(
        to line: String, at prompt: ConsultationPrompt, _ current: Current
    ) -> ConsultationReply {
        let command = PromptCommand.parse(line)
        switch prompt.place {
        case .customer:
            asksCustomer = false
            if line.isEmpty { return ConsultationReply(next: .ask) }
            if let command, command.verb == .quit { return ConsultationReply(next: .quit) }
            if let command, command.verb == .help {
                asksCustomer = true
                return ConsultationReply([.paragraph(say[.customerQuestion])])
            }
            guard ScenarioParser.unreadable(line) == nil else {
                asksCustomer = true
                return .warning(say[.customerControl])
            }
            customer = line
            state.name(customer: line)
            return ConsultationReply(next: .ask, changed: true)
        case .question(let need):
            if line.isEmpty {
                return .warning(say[.typeOneOf].capitalizedFirst + ": " + labels.choicesList(need.question))
            }
            if let command { return perform(command, at: need, current) }
            return answer(line, to: need.question)
        case .offer(let kind):
            let declined = ConsultationStep.offer(kind: kind.name, accepted: false)
            if let command { return perform(command, kind, current, unknown: declined, help: helpOffer(kind)) }
            let yesNo = AnswerMatcher(choices: [
                AnswerMatcher.Choice(value: "yes", labels: ["yes", "ja"]),
                AnswerMatcher.Choice(value: "no", labels: ["no", "nee"]),
            ])
            guard case .value(let v, _) = yesNo.match(line) else {
                return .warning(say[.typeOneOf].capitalizedFirst + ": 1 \(say[.yes]), 2 \(say[.no]), ?")
            }
            return take(.offer(kind: kind.name, accepted: v == "yes"))
        case .instance(let kind, _):
            let ended = ConsultationStep.endOfList(kind: kind.name)
            if line.isEmpty { return take(ended) }
            if let command { return perform(command, kind, current, unknown: ended, help: helpOffer(kind)) }
            return take(.instance(kind: kind.name, label: line.visibleControls))
        case .slot(let index, let kind, let slot):
            let choices = state.choices(for: slot, of: kind)
            let spec = kb.program.templates[kind.template].slots[slot.slot]
            if line.isEmpty {
                return .warning(say[.typeOneOf].capitalizedFirst + ": " + labels.choicesList(choices, spec: spec))
            }
            if let command {
                let help = helpSlot(
                    slot, prompt: slotText(slot, of: index, kind, current), choices: choices, spec: spec)
                return perform(
                    command, kind, slot: slot, current, unknown: .slot(instance: index, slot: slot.name, value: nil),
                    help: help)
            }
            return answer(line, slot: slot, of: index, choices: choices, spec: spec)
        case .review(let kind, let slot):
            let derived = state.derivedText(slot, of: kind, in: current.run, language: language)
            let kept = ConsultationStep.restate(kind: kind.name, slot: slot.name, value: derived, typed: false)
            if line.isEmpty { return take(kept) }
            if let command {
                return perform(command, kind, current, unknown: kept, help: [.paragraph(say[.reviewKeep])])
            }
            return take(.restate(kind: kind.name, slot: slot.name, value: line.visibleControls, typed: true))
        case .change(let q):
            if line.isEmpty { return ConsultationReply(next: .leave) }
            return change(q, to: line, from: current)
        case .advice:
            if line.isEmpty { return ConsultationReply(next: .end) }
            guard let command else { return ConsultationReply([.paragraph(say[.noQuestionNow])]) }
            return perform(command, at: nil, current)
        }
    }

    /// A command at an offer, a list, a detail or a part to review: `unknown` takes `unknown`,
    /// `help` and `why` speak of this prompt; the rest as at a question.
    mutating func perform(
        _ command: PromptCommand, _ kind: InstanceKind, slot: InstanceSlot? = nil, _ current: Current,
        unknown: ConsultationStep, help: [ConsultationReply.Block]
    ) -> ConsultationReply {
        // Only these three are about this prompt; every other command (and a new one) is the
        // session's, as at a question.
        if command.verb == .unknown { return take(unknown) }
        if command.verb == .help { return ConsultationReply(help) }
        if command.verb == .why { return ConsultationReply(whyRules(kind, slot: slot)) }
        return perform(command, at: nil, current)
    }

    func helpOffer(_ kind: InstanceKind) -> [ConsultationReply.Block] {
        var blocks: [ConsultationReply.Block] = [.heading(labels.pick(kind.offer))]
        let each = labels.pick(kind.each).replacing("{n}", with: "N")
        if !each.isEmpty { blocks.append(.paragraph(each + " (\(say[.emptyEnds]))")) }
        blocks.append(.paragraph("\(say[.allowed]): 1 \(say[.yes]), 2 \(say[.no])"))
        return blocks + commands
    }

    func helpSlot(
        _ slot: InstanceSlot, prompt: String, choices: [AnswerMatcher.Choice]?, spec: SlotSpec
    ) -> [ConsultationReply.Block] {
        var blocks: [ConsultationReply.Block] = [.heading(prompt)]
        let h = labels.pick(slot.help)
        if !h.isEmpty { blocks.append(.indented(h)) }
        blocks.append(.paragraph("\(say[.allowed]): " + labels.choicesList(choices, spec: spec)))
        return blocks + commands
    }
}
