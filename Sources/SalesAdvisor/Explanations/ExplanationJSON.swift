import RuleLanguage

/// Explanations as JSON; field names are documented in docs/explanations.md.
public struct ExplanationJSON {
    /// The language of labels and texts.
    public let language: Language
    let reasons: JSONReport

    /// A writer for `language` (`en`, `nl`).
    public init(language: Language) {
        self.language = language
        reasons = JSONReport(language: language)
    }

    func s(_ x: String?) -> JSONValue { x.map { .string($0) } ?? .null }
    func t(_ texts: Texts?, _ fallback: String) -> JSONValue { .string(pick(texts, language) ?? fallback) }

    /// A derivation as JSON (docs/explanations.md lists the fields).
    public func how(_ node: HowNode) -> JSONValue {
        .object([
            ("fact", .string(node.fact)), ("id", .integer(node.factID)), ("topic", s(node.topic)),
            ("value", s(node.value)),
            ("label", node.value.map { t(node.label, $0) } ?? .null), ("certainty", .number(node.certainty)),
            ("origin", .string(node.origin.rawValue)), ("retracted", .bool(node.retracted)),
            ("definition", node.definition.isEmpty ? .null : t(node.definition, "")),
            (
                "steps",
                .array(
                    node.steps.map { step in
                        var fields: [(String, JSONValue)] = [("cycle", .integer(step.cycle))]
                        if case .object(let more) = step.isContribution
                            ? reasons.contribution(step.reason) : reasons.reason(step.reason)
                        {
                            fields += more
                        }
                        fields.append(("bindings", .object(step.bindings.map { ($0.name, .string($0.value)) })))
                        fields.append(("premises", .array(step.premises.map(how))))
                        return .object(fields)
                    })
            ),
        ])
    }

    /// A why-not as JSON.
    public func whyNot(_ w: WhyNot) -> JSONValue {
        var status: [(String, JSONValue)]
        switch w.status {
        case .reached(let c): status = [("kind", .string("reached")), ("certainty", .number(c))]
        case .lowerCertainty(let c, let top, _, let topCertainty):
            status = [
                ("kind", .string("lower-certainty")), ("certainty", .number(c)), ("top", .string(top)),
                ("topCertainty", .number(topCertainty)),
            ]
        case .capped(let c, let cap, _, let reason):
            status = [
                ("kind", .string("capped")), ("certainty", .number(c)), ("cap", .string(cap)),
                ("rule", reasons.reason(reason)),
            ]
        case .ruledOut(let c):
            status = [("kind", .string("ruled-out")), ("certainty", .number(c))]
            if let reason = w.excludedBy { status.append(("excludedBy", reasons.reason(reason))) }
        case .notConcluded: status = [("kind", .string("not-concluded"))]
        }
        let rules: [JSONValue] = w.rules.map { r in
            var fields: [(String, JSONValue)] = []
            if case .object(let more) = r.fired ? reasons.contribution(r.reason) : reasons.reason(r.reason) {
                fields += more
            }
            fields.append(("ruleCertainty", r.ruleCertainty.map { .number($0) } ?? .null))
            fields.append(("fired", .bool(r.fired)))
            if let b = r.blocker {
                switch b {
                case .failedCondition(let condition, let actual):
                    fields.append(
                        (
                            "blocker",
                            .object([
                                ("kind", .string("failed-condition")), ("condition", .string(condition)),
                                (
                                    "found",
                                    .array(
                                        actual.map {
                                            .object([("fact", .string($0.fact)), ("origin", s($0.origin?.rawValue))])
                                        })
                                ),
                            ])
                        ))
                case .noPartner(let condition, let candidates):
                    fields.append(
                        (
                            "blocker",
                            .object([
                                ("kind", .string("no-partner")), ("condition", .string(condition)),
                                ("found", .array(candidates.map { .string($0) })),
                            ])
                        ))
                case .blockedBy(let condition, let fact, let origin):
                    fields.append(
                        (
                            "blocker",
                            .object([
                                ("kind", .string("blocked-by")), ("condition", .string(condition)),
                                ("fact", .string(fact)), ("origin", s(origin?.rawValue)),
                            ])
                        ))
                case .testFalse(let condition):
                    fields.append(
                        ("blocker", .object([("kind", .string("test-false")), ("condition", .string(condition))])))
                }
            }
            return .object(fields)
        }
        return .object([
            ("topic", .string(w.topic)), ("value", .string(w.value)), ("label", t(w.label, w.value)),
            ("status", .object(status)),
            ("rules", .array(rules)),
            (
                "changes",
                .array(
                    w.changes.map { c in
                        .object([
                            (
                                "answers",
                                .array(
                                    c.answers.map {
                                        .object([
                                            ("question", .string($0.question)), ("from", s($0.from)),
                                            ("to", .string($0.to)),
                                        ])
                                    })
                            ),
                            ("certainty", .number(c.certainty)),
                        ])
                    })
            ),
        ])
    }

    /// A what-if as JSON.
    public func whatIf(_ w: WhatIf) -> JSONValue {
        .object([
            ("now", .object(w.tops.map { ($0.goal, s($0.value)) })),
            (
                "alternatives",
                .array(
                    w.items.map { item in
                        .object([
                            ("question", .string(item.question)), ("current", .string(item.current)),
                            ("alternative", .string(item.alternative)),
                            (
                                "changes",
                                .array(
                                    item.changes.map {
                                        .object([("goal", .string($0.goal)), ("from", s($0.from)), ("to", s($0.to))])
                                    })
                            ),
                        ])
                    })
            ),
            ("runs", .integer(w.runs)),
        ])
    }

    /// A why (a question) as JSON.
    public func why(_ w: WhyQuestion) -> JSONValue {
        .object([
            ("question", .string(w.question)), ("prompt", t(w.prompt, w.question)), ("answer", s(w.answer)),
            (
                "rules",
                .array(
                    w.needs.map { need in
                        var fields: [(String, JSONValue)] = []
                        if case .object(let more) = reasons.reason(need.reason) { fields += more }
                        fields += [
                            ("concludes", .array(need.concludes.map { .string($0) })),
                            ("goals", .array(need.goals.map { .string($0) })),
                            (
                                "conditions",
                                .array(
                                    need.conditions.map { c in
                                        .object([
                                            ("condition", .string(c.text)),
                                            ("holds", c.holds.map { .bool($0) } ?? .null),
                                            ("thisQuestion", .bool(c.isThisQuestion)),
                                        ])
                                    })
                            ),
                        ]
                        return .object(fields)
                    })
            ),
        ])
    }
}
