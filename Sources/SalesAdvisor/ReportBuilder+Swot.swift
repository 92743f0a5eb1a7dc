import RuleEngine
import RuleLanguage

extension ReportBuilder {
    func buildSwot(_ topics: [TopicResult]) -> SwotResult? {
        let itemFacts = facts("swot")
        let coreFacts = facts("core-problem")
        guard !itemFacts.isEmpty || !coreFacts.isEmpty else { return nil }
        func int(_ v: Value?) -> Int { if case .integer(let i)? = v { return i } else { return 0 } }
        let kinds = kb.template("swot").map { kb.values(of: program.templates[$0].slots[1].type) } ?? []
        let items = itemFacts.map { f in
            SwotResult.Item(
                id: name(f.slots[0]), kind: slot(f, "swot", "kind").map(name) ?? "",
                kindLabel: enumTexts("swot-kind", slot(f, "swot", "kind").map(name) ?? ""),
                text: slot(f, "swot", "text").map(name) ?? "",
                rank: int(slot(f, "swot", "rank")))
        }.sorted { a, b in
            let ka = kinds.firstIndex(of: a.kind) ?? Int.max
            let kb = kinds.firstIndex(of: b.kind) ?? Int.max
            return ka != kb ? ka < kb : (a.rank, a.id) < (b.rank, b.id)
        }
        let pairs = facts("pair").map { f in
            SwotResult.Pair(
                internal: name(f.slots[0]), external: name(f.slots[1]), score: int(slot(f, "pair", "score")))
        }
        let issues = facts("issue").map { f in
            SwotResult.Issue(
                kind: name(f.slots[0]), internal: name(f.slots[1]), external: name(f.slots[2]),
                score: int(slot(f, "issue", "score")),
                reason: assertedBy[f.id].map { reason(of: $0) })
        }.sorted { a, b in
            abs(a.score) != abs(b.score)
                ? abs(a.score) > abs(b.score) : (a.kind, a.internal, a.external) < (b.kind, b.internal, b.external)
        }
        var core: (String, Texts, Texts, Reason?)?
        if let f = coreFacts.first {
            // A stated core problem is the user's own text; a derived one takes its effect and
            // conclusion from the knowledge base's `core-problem-text` conclusions, in each language.
            let stated = { (slotName: String) -> Texts in
                let text = self.slot(f, "core-problem", slotName).map(self.name) ?? ""
                return ["en": text, "nl": text]
            }
            let derived = { (part: String) -> Texts? in
                // The last one concluded: the effect named for the decided approach, where there is one.
                topics.first { $0.topic == "core-problem-text" }?.values.first { $0.value == part }?.contributions.last?
                    .because
            }
            let rule = assertedBy[f.id].map { reason(of: $0) }
            core = (
                slot(f, "core-problem", "cause").map(name) ?? "",
                rule == nil ? stated("effect") : derived("effect") ?? stated("effect"),
                rule == nil ? stated("conclusion") : derived("conclusion") ?? stated("conclusion"), rule
            )
        }
        return SwotResult(items: items, pairs: pairs, issues: issues, coreProblem: core)
    }
}
