import RuleEngine
import RuleLanguage

/// What the consultation asks next, as a ``ConsultationPrompt``: the question, the offer of a
/// list, the list's next name, a detail, a part to review, or the end after the advice.
extension ConsultationSession {
    /// The consultation's next turn: a prompt to read a line at, or a step the session took by
    /// itself (a list that reached its limit is ended), said as a reply.
    public enum Turn: Sendable {
        /// Read a line here.
        case prompt(ConsultationPrompt)
        /// The session took a step by itself; say the reply and take the next turn.
        case reply(ConsultationReply)
    }

    /// The next turn after `current`; ``ConsultationPrompt/Place/advice`` once nothing is left
    /// to ask.
    public mutating func turn(_ current: Current) -> Turn {
        if asksCustomer && customer == nil && state.typedCount == 0 {
            return .prompt(
                ConsultationPrompt(
                    .customer, header: [.line(""), .heading(say[.customerQuestion])], prompt: say[.customerPrompt],
                    completions: []))
        }
        switch next(current) {
        case .question(let need)?: return .prompt(question(need, current))
        case .offer(let kind)?: return .prompt(offer(kind))
        case .instance(let kind, let number)?:
            guard number <= ConsultationState.maximumInstances else {
                var reply = take(.endOfList(kind: kind.name))
                let full = say[.listFull].replacing("{n}", with: String(ConsultationState.maximumInstances))
                reply.blocks.insert(.paragraph(full), at: 0)
                return .reply(reply)
            }
            return .prompt(instance(kind, number: number))
        case .slot(let index, let kind, let slot)?: return .prompt(slotPrompt(slot, of: index, kind: kind, current))
        case .review(let kind, let slot)?: return .prompt(review(kind, slot, current))
        case nil:
            return .prompt(
                ConsultationPrompt(
                    .advice, header: [.line(""), .paragraph(say[.afterEnd])], prompt: "> ",
                    completions: PromptCommand.words))
        }
    }

    /// The advice the consultation ends with (with the tips of close calls) and what would change it.
    public func advice(_ current: Current) -> (report: Report, whatIf: WhatIf?) {
        let whatIf = try? explainer(current).whatIf()
        return ((try? state.evaluation.findTips(current.run)) ?? current.run.report, whatIf)
    }

    /// `change`: the question asked again (its prompt and choices are in the reply that led here).
    public func changePrompt(_ q: Question) -> ConsultationPrompt {
        ConsultationPrompt(.change(q), prompt: "\(labels.name(of: q))> ", completions: completions(q))
    }

    func question(_ need: ConsultationState.Need, _ current: Current) -> ConsultationPrompt {
        let q = need.question
        // A bound that holds: every question that may still come, not only those needed now.
        let more = max(0, current.outlook.mostQuestionsLeft - 1)
        let progress = "\(say[.question]) \(state.typedCount + 1); \(say[.atMost]) \(more) \(say[.more])"
        return ConsultationPrompt(
            .question(need),
            header: [
                .line(""), .note("\(progress) — \(labels.goals(need.goals))"), .heading(labels.pick(q.prompts)),
                .choices(labels.choices(q)),
            ],
            prompt: "\(labels.name(of: q))> ", completions: completions(q))
    }

    func completions(_ q: Question) -> [String] {
        let values = labels.values(q)
        return values + values.map { labels.value($0, of: q) } + PromptCommand.words
    }

    /// `Do you want to compare strategic options?`: yes or no.
    func offer(_ kind: InstanceKind) -> ConsultationPrompt {
        let offer = labels.pick(kind.offer)
        return ConsultationPrompt(
            .offer(kind),
            header: [
                .line(""), .heading(offer.isEmpty ? kind.name : offer), .line("  1 \(say[.yes])   2 \(say[.no])"),
            ],
            prompt: "\(say[.yes])/\(say[.no])> ", completions: ["yes", "no", "ja", "nee"] + PromptCommand.words)
    }

    /// `Option 2: …`: a name for the next instance, or an empty line to end the list.
    func instance(_ kind: InstanceKind, number: Int) -> ConsultationPrompt {
        var header: [ConsultationReply.Block] = []
        if number == 1 || state.instances.contains(where: { $0.kind == kind.name }) {
            let each = labels.pick(kind.each).replacing("{n}", with: String(number))
            header.append(.paragraph((each.isEmpty ? "\(kind.name) \(number)" : each) + " (\(say[.emptyEnds]))"))
        }
        return ConsultationPrompt(
            .instance(kind, number: number), header: header, prompt: "\(labels.noun(kind)) \(number)> ",
            completions: PromptCommand.words)
    }

    /// A detail of an instance, asked like a question.
    func slotPrompt(_ slot: InstanceSlot, of index: Int, kind: InstanceKind, _ current: Current) -> ConsultationPrompt {
        let place = ConsultationPrompt.Place.slot(instance: index, kind: kind, slot: slot)
        guard index < state.instances.count else { return ConsultationPrompt(place, prompt: "> ", completions: []) }
        let instance = state.instances[index]
        let choices = state.choices(for: slot, of: kind)
        var header: [ConsultationReply.Block] = [
            .line(""), .note("\(labels.noun(kind)): \(instance.label)"),
            .heading(slotText(slot, of: index, kind, current)),
        ]
        if let choices {
            header.append(.choices(choices.enumerated().map { "\($0.offset + 1) \(labels.choiceLabel($0.element))" }))
        }
        let words = (choices ?? []).flatMap { [$0.value] + $0.labels }
        return ConsultationPrompt(
            place, header: header, prompt: "\(instance.label)> ", completions: words + PromptCommand.words)
    }

    /// A detail's question, filled in with the instance and the facts of the run.
    func slotText(_ slot: InstanceSlot, of index: Int, _ kind: InstanceKind, _ current: Current) -> String {
        guard index < state.instances.count else { return slot.name }
        let instance = state.instances[index]
        let asked = labels.pick(slot.prompts)
        return ConsultationLabels.fill(
            facts: labels.fill(asked.isEmpty ? "\(slot.name) (\(instance.label))" : asked, instance, kind), current.run)
    }

    /// A part of a fact the rules made (the core problem's cause, effect or conclusion): shown as
    /// the rules give it, kept with Enter or restated in the user's words. The first part shows
    /// the whole fact and what to do.
    func review(_ kind: InstanceKind, _ slot: InstanceSlot, _ current: Current) -> ConsultationPrompt {
        var header: [ConsultationReply.Block] = []
        if state.restated(kind.name).isEmpty {
            header += [.line(""), .heading(labels.pick(kind.review))]
            for s in kind.slots {
                let derived = state.derivedText(s, of: kind, in: current.run, language: language)
                header.append(.indented("\(labels.pick(s.prompts).nonEmpty ?? s.name): \(derived)"))
            }
            header.append(.paragraph(say[.reviewKeep]))
        }
        let label = labels.pick(slot.prompts).nonEmpty ?? slot.name
        let derived = state.derivedText(slot, of: kind, in: current.run, language: language)
        header += [.line(""), .note("\(label): \(derived)")]
        return ConsultationPrompt(
            .review(kind: kind, slot: slot), header: header, prompt: "\(label)> ", completions: PromptCommand.words)
    }
}
