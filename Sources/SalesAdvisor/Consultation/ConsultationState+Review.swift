import RuleEngine
import RuleLanguage

/// Reviewing what the rules made (`review` in an `instances` declaration): the consultation shows
/// the fact and lets the user keep or restate each slot; with a part restated, the whole fact
/// becomes the user's (the core problem as cause, effect and conclusion, in the study text's words:
/// the thinking is the user's to do, the matrix only proposes it).
extension ConsultationState {
    /// The parts of a kind reviewed so far, by slot name: the text and whether the user typed it.
    public func restated(_ kind: String) -> [String: (value: String, typed: Bool)] {
        var parts: [String: (value: String, typed: Bool)] = [:]
        for case .restate(let k, let slot, let value, let typed) in steps where k == kind {
            parts[slot] = (value, typed)
        }
        return parts
    }

    /// The next slot to review of a kind the rules made a fact of, once the kinds before it are
    /// done; nil when there is none (no fact made, the scenario gave one, or all slots reviewed).
    func reviewSlot(_ kind: InstanceKind, run: Evaluation.Run?) -> InstanceSlot? {
        guard !kind.review.isEmpty, !scenario.facts.contains(where: { $0.template == kind.name }) else { return nil }
        let parts = restated(kind.name)
        guard let slot = kind.slots.first(where: { parts[$0.name] == nil }) else { return nil }
        // Started: finish it (the rules may stop making the fact once it is the user's).
        if !parts.isEmpty { return slot }
        guard let run,
            run.engine.facts(of: kind.template).contains(where: { !run.givenFactIDs.contains($0.id) })
        else {
            return nil
        }
        return slot
    }

    /// A slot of the fact the rules made, as the report shows it in `language`: the core problem's
    /// effect and conclusion in the knowledge base's words, any other slot as the fact holds it.
    public func derivedText(_ slot: InstanceSlot, of kind: InstanceKind, in run: Evaluation.Run, language: Language)
        -> String
    {
        if kind.name == "core-problem", let core = run.report.swot?.coreProblem {
            switch slot.name {
            case "cause": return core.cause
            case "effect": return pick(core.effect, language) ?? ""
            case "conclusion": return pick(core.conclusion, language) ?? ""
            default: break
            }
        }
        guard let fact = run.engine.facts(of: kind.template).last, slot.slot < fact.slots.count
        else { return "" }
        return fact.slots[slot.slot].rendered(run.engine.symbols)
    }
}
