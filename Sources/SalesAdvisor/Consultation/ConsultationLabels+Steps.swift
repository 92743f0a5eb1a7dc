import RuleLanguage

/// Steps and instances as the user reads them.
extension ConsultationLabels {
    /// A step as the user would say it: `Risico voor de koper: hoog`, `Optie: Webshop`.
    public func describe(_ step: ConsultationStep, instances: [EnteredInstance]) -> String {
        switch step {
        case .answer(let a): return "\(question(a.question)): \(answer(a))"
        case .offer(let kind, let accepted): return "\(noun(kind)): \(accepted ? say[.yes] : say[.no])"
        case .instance(let kind, let label): return "\(noun(kind)): \(label)"
        case .endOfList(let kind): return "\(noun(kind)): \(say[.listEnded])"
        case .slot(let i, let slotName, let value, let certainty):
            guard i >= 0, i < instances.count,
                let kind = kb.ruleBase.instanceKinds.first(where: { $0.name == instances[i].kind }),
                let slot = kind.slots.first(where: { $0.name == slotName })
            else { return "#\(i): \(slotName) = \(value ?? say[.unknown])" }
            let prompt = fill(
                pick(slot.prompts).isEmpty ? "\(slotName) (\(instances[i].label))" : pick(slot.prompts), instances[i],
                kind)
            let type = kb.program.templates[kind.template].slots[slot.slot].type
            var shown = value.map { v in pick(kb.valueTexts(v, of: type)).nonEmpty ?? v } ?? say[.unknown]
            if value != nil, certainty != 1 {
                shown += " (\(say[.certainty]) \(TextReport(language: language).n(certainty)))"
            }
            return "\(prompt) \(shown)"
        case .restate(let kind, let slotName, let value, _):
            let slot = kb.ruleBase.instanceKinds.first { $0.name == kind }?.slots.first { $0.name == slotName }
            return "\(slot.map { pick($0.prompts) }?.nonEmpty ?? slotName): \(value)"
        }
    }

    /// What one instance of a kind is called, from its `each` prompt ("Option {n}: …" gives
    /// `Option`), else the kind's name.
    public func noun(_ kind: InstanceKind) -> String {
        let each = pick(kind.each)
        guard let colon = each.firstIndex(of: ":") else { return kind.name }
        let noun = String(each[each.startIndex..<colon]).replacing("{n}", with: "").trimmed
        return noun.isEmpty ? kind.name : noun
    }

    /// A kind by its name, as ``noun(_:)-(InstanceKind)`` calls it.
    public func noun(_ kindName: String) -> String {
        kb.ruleBase.instanceKinds.first { $0.name == kindName }.map(noun) ?? kindName
    }

    /// `{title}` and other slot names in a prompt, filled with the instance's values.
    public func fill(_ text: String, _ instance: EnteredInstance, _ kind: InstanceKind) -> String {
        let template = kb.program.templates[kind.template]
        var result = text
        for (i, slot) in template.slots.enumerated() where result.contains("{\(slot.name)}") {
            var value = ""
            if i == kind.label {
                value = instance.label
            } else if i == kind.key {
                value = instance.key
            } else if case .some(.some(let v)) = instance.slots[slot.name] {
                value = v
            }
            result = result.replacing("{\(slot.name)}", with: value)
        }
        return result
    }

    /// `{core-problem.cause}`: a slot of the fact of that kind the run has (the user's own, else the
    /// one the rules made). Where there is none, the placeholder goes, with the brackets around it
    /// ("Does 'X' solve the core problem ('{core-problem.cause}')?" → "… the core problem?").
    public static func fill(facts text: String, _ run: Evaluation.Run) -> String {
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
                let fact = run.engine.facts(of: t).last, s < fact.slots.count
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
}
