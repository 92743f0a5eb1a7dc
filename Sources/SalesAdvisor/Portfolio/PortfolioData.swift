/// The portfolio summary as data: one JSON object, or CSV with a row per segment, goal and
/// recommendation (names as the knowledge base has them; labels in the JSON).
public struct PortfolioData: Sendable {
    /// The language of the labels.
    public let language: Language

    /// A writer whose labels are in `language`.
    public init(language: Language) { self.language = language }

    /// `{"schemaVersion", "accounts", "failed", "segment", "segments": [{value, label, accounts,
    /// goals: [{goal, usual, advice: [{value, label, accounts}], differing: {accounts, ids}}]}],
    /// "closeCalls": [{goal, accounts}], "knockOuts": [{option, criterion, accounts}]}`.
    public func json(_ summary: PortfolioSummary, kb: KnowledgeBase) -> String {
        let names = PortfolioNames(kb: kb, language: language, summary: summary)
        let segments: [JSONValue] = summary.segments.map { segment in
            let accounts = summary.accounts(in: segment)
            let goals: [JSONValue] = summary.goals.enumerated().map { g, goal in
                let differing = summary.differing(g, in: segment)
                return .object([
                    ("goal", .string(goal)),
                    ("usual", summary.usual(g, in: segment).map { .string($0) } ?? .null),
                    (
                        "advice",
                        .array(
                            summary.counts(g, among: accounts).map { c in
                                .object([
                                    ("value", c.value.map { .string($0) } ?? .null),
                                    ("label", c.value.map { .string(names.value($0, of: goal)) } ?? .null),
                                    ("accounts", .integer(c.count)),
                                ])
                            })
                    ),
                    (
                        "differing",
                        .object([
                            ("accounts", .integer(differing.count)),
                            ("ids", .array(differing.prefix(PortfolioText.named).map { .string($0.id) })),
                        ])
                    ),
                ])
            }
            return .object([
                ("value", segment.map { .string($0) } ?? .null),
                ("label", segment.map { .string(names.segment($0)) } ?? .null),
                ("accounts", .integer(accounts.count)), ("goals", .array(goals)),
            ])
        }
        let value = JSONValue.object([
            ("schemaVersion", .integer(JSONReport.schemaVersion)),
            ("accounts", .integer(summary.entries.count)), ("failed", .integer(summary.failed)),
            ("segment", .string(summary.segment)), ("segments", .array(segments)),
            (
                "closeCalls",
                .array(
                    summary.closeCalls.map { .object([("goal", .string($0.goal)), ("accounts", .integer($0.count))]) })
            ),
            (
                "knockOuts",
                .array(
                    summary.knockOuts.map { k, n in
                        .object([
                            ("option", .string(k.option)), ("title", .string(k.title)),
                            ("criterion", .string(k.criterion)),
                            ("label", .string(pick(k.label, language) ?? k.criterion)), ("accounts", .integer(n)),
                        ])
                    })
            ),
        ])
        return value.rendered() + "\n"
    }

    /// `segment,goal,advice,accounts,share,usual`: a row per segment, goal and recommendation
    /// (`share` of the segment's accounts, 0–1; `usual` yes for the segment's most frequent).
    public func csv(_ summary: PortfolioSummary) -> String {
        var out = "segment,goal,advice,accounts,share,usual\n"
        for segment in summary.segments {
            let accounts = summary.accounts(in: segment)
            for (g, goal) in summary.goals.enumerated() {
                let usual = summary.usual(g, in: segment)
                for c in summary.counts(g, among: accounts) {
                    let share = accounts.isEmpty ? 0 : Double(c.count) / Double(accounts.count)
                    let fields = [
                        CSVReport.text(segment ?? ""), goal, c.value ?? "", String(c.count),
                        JSONValue.numberText(share),
                        c.value != nil && c.value == usual ? "yes" : "no",
                    ]
                    out += fields.map(CSVReport.field).joined(separator: ",") + "\n"
                }
            }
        }
        return out.visibleControls
    }
}
