import RuleEngine
import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// Instances in the dialogue (`instances` in the rules): the offer, the list, each needed slot.
extension Dialogue {
    /// `Do you want to compare strategic options?`: yes or no.
    func offer(_ kind: InstanceKind, _ current: Current) -> Outcome {
        out.say(
            "\n" + out.bold(wrap(pick(kind.offer).isEmpty ? kind.name : pick(kind.offer)))
                + "  1 \(say[.yes])   2 \(say[.no])\n")
        let yesNo = AnswerMatcher(choices: [
            AnswerMatcher.Choice(value: "yes", labels: ["yes", "ja"]),
            AnswerMatcher.Choice(value: "no", labels: ["no", "nee"]),
        ])
        while true {
            let event = out.read(
                reader, prompt: "\(say[.yes])/\(say[.no])> ",
                completions: ["yes", "no", "ja", "nee"] + PromptCommand.words)
            guard case .line(let typed) = event else { return ended(event) }
            let line = typed.trimmed
            if let command = PromptCommand.parse(line) {
                if command.verb == .unknown { return take(.offer(kind: kind.name, accepted: false)) }
                let outcome = perform(
                    command, current, help: { self.helpOffer(kind) }, why: { self.whyRules(kind, slot: nil) })
                if case .stay = outcome { continue }
                return outcome
            }
            guard case .value(let v, _) = yesNo.match(line) else {
                out.say(out.warn(wrap(say[.typeOneOf].capitalizedFirst + ": 1 \(say[.yes]), 2 \(say[.no]), ?")))
                continue
            }
            return take(.offer(kind: kind.name, accepted: v == "yes"))
        }
    }

    /// `Option 2: …`: a name for the next instance, or an empty line to end the list.
    func instance(_ kind: InstanceKind, number: Int, _ current: Current) -> Outcome {
        if number > ConsultationState.maximumInstances {
            out.say(wrap(say[.listFull].replacing("{n}", with: String(ConsultationState.maximumInstances))))
            return take(.endOfList(kind: kind.name))
        }
        let entered = state.instances.filter { $0.kind == kind.name }
        if number == 1 || !entered.isEmpty {
            let prompt = pick(kind.each).replacing("{n}", with: String(number))
            out.say(wrap((prompt.isEmpty ? "\(kind.name) \(number)" : prompt) + " (\(say[.emptyEnds]))"))
        }
        while true {
            let event = out.read(reader, prompt: "\(labels.noun(kind)) \(number)> ", completions: PromptCommand.words)
            guard case .line(let typed) = event else { return ended(event) }
            let line = typed.trimmed
            if line.isEmpty { return take(.endOfList(kind: kind.name)) }
            if let command = PromptCommand.parse(line) {
                if command.verb == .unknown { return take(.endOfList(kind: kind.name)) }
                let outcome = perform(
                    command, current, help: { self.helpOffer(kind) }, why: { self.whyRules(kind, slot: nil) })
                if case .stay = outcome { continue }
                return outcome
            }
            return take(.instance(kind: kind.name, label: line.visibleControls))
        }
    }

    /// A slot of an instance, asked like a question.
    func askSlot(_ slot: InstanceSlot, of index: Int, kind: InstanceKind, _ current: Current) -> Outcome {
        let instances = state.instances
        guard index < instances.count else { return .next }
        let instance = instances[index]
        let prompt = ConsultationLabels.fill(
            facts: labels.fill(
                pick(slot.prompts).isEmpty ? "\(slot.name) (\(instance.label))" : pick(slot.prompts), instance, kind),
            current.run)
        let choices = state.choices(for: slot, of: kind)
        var header = "\n" + out.dim(wrap("\(labels.noun(kind)): \(instance.label)")) + out.bold(wrap(prompt))
        if let choices { header += choicesLine(choices) }
        out.say(header)
        let spec = kb.program.templates[kind.template].slots[slot.slot]
        while true {
            let words = (choices ?? []).flatMap { [$0.value] + $0.labels }
            let event = out.read(reader, prompt: "\(instance.label)> ", completions: words + PromptCommand.words)
            guard case .line(let typed) = event else { return ended(event) }
            let line = typed.trimmed
            if line.isEmpty {
                out.say(
                    out.warn(wrap(say[.typeOneOf].capitalizedFirst + ": " + labels.choicesList(choices, spec: spec))))
                continue
            }
            if let command = PromptCommand.parse(line) {
                if command.verb == .unknown { return take(.slot(instance: index, slot: slot.name, value: nil)) }
                let outcome = perform(
                    command, current, help: { self.helpSlot(slot, prompt: prompt, choices: choices, spec: spec) },
                    why: { self.whyRules(kind, slot: slot) })
                if case .stay = outcome { continue }
                return outcome
            }
            let reply = session.answer(line, slot: slot, of: index, choices: choices, spec: spec)
            if reply.changed { save() }
            out.say(render(reply.blocks))
            if reply.changed { return .next }
        }
    }

    /// Takes a step and saves; a value that does not fit is said, and the prompt stays.
    func take(_ step: ConsultationStep) -> Outcome {
        let reply = session.take(step)
        if reply.changed { save() }
        out.say(render(reply.blocks))
        return reply.changed ? .next : .stay
    }

    /// Carries out a prompt command at an offer, a list or a detail: `help` and `why` say what
    /// this prompt is about; the rest as at a question.
    func perform(
        _ command: PromptCommand, _ current: Current, help: () -> String, why: () -> String
    ) -> Outcome {
        // Only help and why are about this prompt; every other command is the session's.
        if command.verb == .help {
            out.say(help())
            return .stay
        }
        if command.verb == .why {
            out.say(why())
            return .stay
        }
        return respond(session.perform(command, at: nil, current), current)
    }

    func choicesLine(_ choices: [AnswerMatcher.Choice]) -> String {
        choicesLine(items: choices.enumerated().map { "\($0.offset + 1) \(labels.choiceLabel($0.element))" })
    }

    func helpOffer(_ kind: InstanceKind) -> String {
        var s = out.bold(wrap(pick(kind.offer)))
        let each = pick(kind.each).replacing("{n}", with: "N")
        if !each.isEmpty { s += wrap(each + " (\(say[.emptyEnds]))") }
        s += wrap("\(say[.allowed]): 1 \(say[.yes]), 2 \(say[.no])")
        return s + render(session.commands)
    }

    func helpSlot(_ slot: InstanceSlot, prompt: String, choices: [AnswerMatcher.Choice]?, spec: SlotSpec) -> String {
        var s = out.bold(wrap(prompt))
        let h = pick(slot.help)
        if !h.isEmpty { s += text.wrap(h, indent: "  ") }
        s += wrap("\(say[.allowed]): " + labels.choicesList(choices, spec: spec))
        return s + render(session.commands)
    }

    /// The rules that read instances of a kind (and, for a slot, use it).
    func whyRules(_ kind: InstanceKind, slot: InstanceSlot?) -> String { render(session.whyRules(kind, slot: slot)) }

    /// A part of a fact the rules made (the core problem's cause, effect or conclusion): shown as
    /// the rules give it, kept with Enter or restated in the user's words. The first part shows
    /// the whole fact and what to do.
    func review(_ kind: InstanceKind, _ slot: InstanceSlot, _ current: Current) -> Outcome {
        let derived = state.derivedText(slot, of: kind, in: current.run, language: language)
        if state.restated(kind.name).isEmpty {
            var header = "\n" + out.bold(wrap(pick(kind.review)))
            for s in kind.slots {
                header += text.wrap(
                    "\(pick(s.prompts).nonEmpty ?? s.name): \(state.derivedText(s, of: kind, in: current.run, language: language))",
                    indent: "  ")
            }
            out.say(header + wrap(say[.reviewKeep]))
        }
        let label = pick(slot.prompts).nonEmpty ?? slot.name
        out.say("\n" + out.dim(wrap("\(label): \(derived)")))
        while true {
            let event = out.read(reader, prompt: "\(label)> ", completions: PromptCommand.words)
            guard case .line(let typed) = event else { return ended(event) }
            let line = typed.trimmed
            if line.isEmpty { return take(.restate(kind: kind.name, slot: slot.name, value: derived, typed: false)) }
            if let command = PromptCommand.parse(line) {
                if command.verb == .unknown {
                    return take(.restate(kind: kind.name, slot: slot.name, value: derived, typed: false))
                }
                let outcome = perform(
                    command, current, help: { self.wrap(self.say[.reviewKeep]) },
                    why: { self.whyRules(kind, slot: nil) })
                if case .stay = outcome { continue }
                return outcome
            }
            return take(.restate(kind: kind.name, slot: slot.name, value: line.visibleControls, typed: true))
        }
    }
}
