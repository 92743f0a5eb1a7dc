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
        let prompt = Dialogue.fill(
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
                out.say(out.warn(wrap(say[.typeOneOf].capitalizedFirst + ": " + choicesList(choices, spec: spec))))
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
            var value = line
            var certainty = 1.0
            if let choices {
                guard !choices.isEmpty else {
                    out.say(wrap(say[.noChoices]))
                    continue
                }
                switch AnswerMatcher(choices: choices).match(line) {
                case .value(let v, let c):
                    value = v
                    certainty = c
                case .noMatch(let suggestion):
                    var m = say[.notUnderstood].replacing("{answer}", with: line.visibleControls)
                    if let s = suggestion { m += " \(say[.didYouMean].capitalizedFirst) '\(s)'?" }
                    out.say(
                        out.warn(
                            wrap(
                                m + " " + say[.typeOneOf].capitalizedFirst + ": " + choicesList(choices, spec: spec))
                        ))
                    continue
                case .ambiguous(let values):
                    out.say(out.warn(wrap("\(say[.ambiguous]): " + values.joined(separator: ", "))))
                    continue
                case .badCertainty(let c):
                    // As at a question: what a certainty is, with an example from this prompt.
                    let example = "\(choices.first.map(choiceLabel) ?? "") \(language == .nl ? "0,7" : "0.7")"
                    out.say(
                        out.warn(
                            wrap("\(say[.badCertainty]) '\(c.visibleControls)' (\(say[.forExample]): \(example))")))
                    continue
                }
            }
            if choices == nil {
                // A number typed as people write it (`2`, `-1`, `0,5`), checked here so the re-prompt
                // is in the consultation's language.
                let number = String(line.map { $0 == "," ? "." : $0 })
                switch spec.type {
                case .integer:
                    guard let i = Int(number), spec.range?.contains(.integer(i)) ?? true else {
                        out.say(
                            out.warn(
                                wrap(
                                    say[.notUnderstood].replacing("{answer}", with: line.visibleControls) + " "
                                        + say[.typeOneOf].capitalizedFirst + ": " + choicesList(nil, spec: spec))))
                        continue
                    }
                    value = number
                case .number:
                    guard let d = Double(number), d.isFinite, spec.range?.contains(.float(d)) ?? true else {
                        out.say(
                            out.warn(
                                wrap(
                                    say[.notUnderstood].replacing("{answer}", with: line.visibleControls) + " "
                                        + say[.typeOneOf].capitalizedFirst + ": " + choicesList(nil, spec: spec))))
                        continue
                    }
                    value = number
                case .any, .symbol, .string, .enumeration:
                    break
                }
            }
            let outcome = take(.slot(instance: index, slot: slot.name, value: value, certainty: certainty))
            if case .stay = outcome { continue }
            return outcome
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

    /// `{core-problem.cause}`: a slot of the fact of that kind the run has (the user's own, else the
    /// one the rules made). Where there is none, the placeholder goes, with the brackets around it
    /// ("Does 'X' solve the core problem ('{core-problem.cause}')?" → "… the core problem?").
    static func fill(facts text: String, _ run: Evaluation.Run) -> String {
        var result = text
        var from = result.startIndex
        while let open = result[from...].range(of: "{"), let close = result[open.upperBound...].range(of: "}") {
            let name = String(result[open.upperBound..<close.lowerBound])
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                from = close.upperBound
                continue
            }
            var value: String?
            if parts.count == 2, let t = run.engine.program.templates.firstIndex(where: { $0.name == parts[0] }),
                let s = run.engine.program.templates[t].slotIndex(parts[1]),
                let fact = run.engine.facts.last(where: { $0.template == t }), s < fact.slots.count
            {
                value = fact.slots[s].rendered(run.engine.symbols)
            }
            if let value, !value.isEmpty {
                let at = result.distance(from: result.startIndex, to: open.lowerBound) + value.count
                result.replaceSubrange(open.lowerBound..<close.upperBound, with: value)
                from = result.index(result.startIndex, offsetBy: at)
                continue
            }
            // No such fact: drop the bracketed part that holds the placeholder, or the placeholder alone.
            var lower = open.lowerBound
            var upper = close.upperBound
            if let bracket = result[..<open.lowerBound].lastIndex(of: "("),
                let end = result[close.upperBound...].firstIndex(of: ")")
            {
                lower =
                    bracket > result.startIndex && result[result.index(before: bracket)] == " "
                    ? result.index(before: bracket) : bracket
                upper = result.index(after: end)
            }
            let at = result.distance(from: result.startIndex, to: lower)
            result.removeSubrange(lower..<upper)
            from = result.index(result.startIndex, offsetBy: at)
        }
        return result
    }

    func choicesLine(_ choices: [AnswerMatcher.Choice]) -> String {
        choicesLine(items: choices.enumerated().map { "\($0.offset + 1) \(choiceLabel($0.element))" })
    }

    func choiceLabel(_ c: AnswerMatcher.Choice) -> String {
        // The label in the consultation's language: labels are sorted by language code (en, nl).
        guard !c.labels.isEmpty else { return c.value }
        if c.labels.count >= 2 { return language == .nl ? c.labels[1] : c.labels[0] }
        return c.labels[0] == c.value ? c.value : "\(c.value) (\(c.labels[0]))"
    }

    func choicesList(_ choices: [AnswerMatcher.Choice]?, spec: SlotSpec) -> String {
        guard let choices else {
            switch spec.type {
            case .integer: return "\(say[.wholeNumber])\(rangeText(spec.range)), \(say[.unknown]), ?"
            case .number: return "\(say[.aNumber])\(rangeText(spec.range)), \(say[.unknown]), ?"
            case .any, .symbol, .string, .enumeration: return "\(say[.someText]), \(say[.unknown]), ?"
            }
        }
        return choices.enumerated().map { "\($0.offset + 1) \(choiceLabel($0.element))" }.joined(separator: ", ")
            + ", \(say[.unknown]), ?"
    }

    /// ` from -2 to 2` (` van -2 tot en met 2`), or nothing for a slot without a range.
    func rangeText(_ range: SlotRange?) -> String {
        guard let range else { return "" }
        let symbols = kb.program.symbols
        switch (range.lower, range.upper) {
        case (let lower?, let upper?):
            return " "
                + say[.rangeFromTo].replacing("{lower}", with: lower.rendered(symbols)).replacing(
                    "{upper}", with: upper.rendered(symbols))
        case (let lower?, nil): return " " + say[.rangeFrom].replacing("{lower}", with: lower.rendered(symbols))
        case (nil, let upper?): return " " + say[.rangeTo].replacing("{upper}", with: upper.rendered(symbols))
        case (nil, nil): return ""
        }
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
        s += wrap("\(say[.allowed]): " + choicesList(choices, spec: spec))
        return s + render(session.commands)
    }

    /// The rules that read instances of a kind (and, for a slot, use it).
    func whyRules(_ kind: InstanceKind, slot: InstanceSlot?) -> String {
        var names: [String] = []
        for reader in kb.needs.readers[kind.template] {
            let rule = kb.program.rules[reader.rule]
            if let slot {
                guard case .positive(let p) = rule.conditions[reader.condition],
                    mentions(p, slot.slot, rule, reader.condition)
                else { continue }
            }
            let line =
                rule.name
                + (kb.ruleBase.notes(reader.rule).provenance.map {
                    " " + TextReport.source(keys: $0.source, confidence: $0.confidence, language: language)
                } ?? "")
            if !names.contains(line) { names.append(line) }
        }
        return wrap((slot == nil ? say[.whyOffer] : say[.whySlot]) + ":") + names.map { "  " + $0 + "\n" }.joined()
    }

    func mentions(_ p: Pattern, _ slot: Int, _ rule: Rule, _ level: Int) -> Bool {
        p.alphaTests.contains { t in
            switch t {
            case .compare(let s, _, _), .member(let s, _, _): return s == slot
            case .slots(let a, _, let b): return a == slot || b == slot
            case .predicate: return false
            }
        } || p.joinTests.contains { if case .equal(let s, _, _) = $0 { return s == slot } else { return false } }
            || rule.variables.contains { $0.level == level && $0.slot == slot }
    }

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
