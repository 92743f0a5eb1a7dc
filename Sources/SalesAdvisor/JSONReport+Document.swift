/// The document in a report's JSON (schemaVersion 2): `document` (title, customer, date, author),
/// `advice` (page one) and `plan` (the ten steps with their blocks); docs/scenarios.md lists the
/// fields. Charts are left out: `options` and `kpis` carry their numbers.
extension JSONReport {
    func documentFields(_ d: AdviceDocument) -> [(String, JSONValue)] {
        func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
        let goals = d.goals.map { g in
            JSONValue.object([
                ("goal", .string(g.goal)), ("label", .string(g.label)), ("value", string(g.value)),
                ("meaning", string(g.meaning)), ("certainty", .number(g.certainty)),
                ("closeCall", string(g.closeCall)), ("heldBack", string(g.heldBack)),
                (
                    "alternatives",
                    .array(
                        g.alternatives.map {
                            .object([
                                ("label", .string($0.label)), ("certainty", .number($0.certainty)),
                                ("heldBack", .bool($0.heldBack)),
                            ])
                        })
                ),
            ])
        }
        let option = d.option.map { o in
            JSONValue.object([
                ("title", .string(o.title)), ("total", .number(o.total)),
                ("addresses", .array(o.addresses.map { .string($0) })),
            ])
        }
        return [
            (
                "document",
                .object([
                    ("title", .string(d.title)), ("customer", string(d.info.customer)), ("date", string(d.info.date)),
                    ("preparedBy", string(d.info.preparedBy)),
                    (
                        "objectives",
                        .array(
                            d.info.objectives.map {
                                .object([("kind", .string($0.kind.rawValue)), ("target", .string($0.target))])
                            })
                    ),
                ])
            ),
            (
                "advice",
                .object([
                    ("goals", .array(goals)), ("option", option ?? .null),
                    ("attention", .array(d.attention.map { .string($0) })),
                ])
            ),
            (
                "plan",
                .array(
                    d.plan.map { s in
                        .object([
                            ("step", .string(s.step)), ("number", .integer(s.number)), ("title", .string(s.title)),
                            ("blocks", .array(s.blocks.compactMap(block))),
                        ])
                    })
            ),
        ]
    }

    func block(_ b: DocumentBlock) -> JSONValue? {
        func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
        switch b {
        case .paragraph(let s): return .object([("kind", .string("paragraph")), ("text", .string(s))])
        case .bullets(let items): return .object([("kind", .string("list")), ("items", strings(items))])
        case .blank(let s): return .object([("kind", .string("to-fill")), ("text", .string(s))])
        case .table(let t):
            return .object([
                ("kind", .string("table")), ("caption", .string(t.caption)), ("header", strings(t.header)),
                ("rows", .array(t.rows.map(strings))), ("struck", .array(t.struck.sorted().map { .integer($0) })),
                ("toFill", .array(t.toFill.sorted().map { .integer($0) })),
            ])
        case .matrix(let g):
            return .object([
                ("kind", .string("matrix")),
                ("rows", .array(g.rows.map { .object([("code", .string($0.code)), ("text", .string($0.text))]) })),
                (
                    "columns",
                    .array(g.columns.map { .object([("code", .string($0.code)), ("text", .string($0.text))]) })
                ),
                ("scores", .array(g.scores.map { .array($0.map { $0.map { .integer($0) } ?? .null }) })),
                ("rowTotals", .array(g.rows.indices.map { .integer(g.rowTotal($0)) })),
                ("columnTotals", .array(g.columns.indices.map { .integer(g.columnTotal($0)) })),
                (
                    "quadrants",
                    .object(
                        g.quadrants.map { q in
                            (
                                (q.strength ? "strength" : "weakness") + (q.opportunity ? "Opportunity" : "Threat"),
                                .object([("name", .string(q.name)), ("total", .integer(g.total(q)))])
                            )
                        })
                ),
            ])
        case .definitions(let parts):
            return .object([
                ("kind", .string("definitions")),
                ("items", .array(parts.map { .object([("term", .string($0.term)), ("text", .string($0.text))]) })),
            ])
        case .optionChart, .scorecardChart: return nil
        }
    }
}
