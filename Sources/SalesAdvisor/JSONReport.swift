import RuleLanguage

/// Writes a report as JSON. Field names are stable (docs/scenarios.md): `conclusions`,
/// `options`, `trace`, plus `situation`, `kpis`, `swot`, `plan`, `expectations`.
public struct JSONReport: Sendable {
    /// The language of labels and texts.
    public let language: Language
    /// The document's customer, date and author (its `document` field).
    public let info: DocumentInfo

    /// A writer for `language`.
    public init(language: Language, info: DocumentInfo = DocumentInfo()) {
        self.language = language
        self.info = info
    }

    func t(_ texts: Texts?, _ fallback: String) -> JSONValue { .string(pick(texts, language) ?? fallback) }

    /// The version of every JSON shape the advisor writes (reports, explanations, suite results,
    /// diagnostics); raised when a field changes meaning or goes away, not when one is added.
    /// 2 since the report is a document: `plan` holds the steps' blocks, `document` and `advice`
    /// are new.
    public static let schemaVersion = 2

    /// The report as a JSON value (docs/scenarios.md lists the fields).
    public func value(_ report: Report) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("schemaVersion", .integer(JSONReport.schemaVersion)),
            ("scenario", .string(report.name)),
            ("title", report.title.map { .string($0) } ?? .null),
            ("language", .string(language.rawValue)),
            ("situation", .object(report.answers.map { ($0.name, .string($0.value)) })),
            ("conclusions", .array(report.topics.flatMap(conclusions))),
            (
                "kpis",
                .array(
                    report.kpis.map { k in
                        .object([
                            ("kpi", .string(k.kpi)), ("label", t(k.label, k.kpi)),
                            ("perspective", .string(k.perspective)),
                            ("weight", .number(k.weight)), ("frequency", .string(k.frequency)),
                            ("owner", .string(k.owner)),
                        ])
                    })
            ),
        ]
        // Every key is always there (null or empty when it has no value): one shape for every report.
        fields.append(("swot", report.swot.map(self.swot) ?? .null))
        fields.append(("options", .array(report.options.map(options) ?? [])))
        fields.append(("winner", report.options?.winner.map { .string($0.name) } ?? .null))
        if let ranking = report.options {
            fields.append(("weights", .object(ranking.criteria.map { ($0.name, .number(normalised($0, ranking))) })))
            fields.append(
                (
                    "sensitivity",
                    .array(
                        ranking.sensitivity.map { s in
                            .object([
                                ("criterion", .string(s.criterion)), ("weight", .number(s.weight)),
                                ("low", .number(s.low)),
                                ("high", .number(s.high)), ("winnerBelow", s.winnerBelow.map { .string($0) } ?? .null),
                                ("winnerAbove", s.winnerAbove.map { .string($0) } ?? .null),
                            ])
                        })
                ))
        } else {
            fields.append(("weights", .null))
            fields.append(("sensitivity", .array([])))
        }
        fields += documentFields(DocumentBuilder(language: language).document(report, info: info))
        fields.append(
            (
                "expectations",
                .array(
                    report.expectations.map { e in
                        .object([
                            ("topic", .string(e.topic)), ("expected", .string(e.expected)),
                            ("actual", e.actual.map { .string($0) } ?? .null), ("met", .bool(e.met)),
                        ])
                    })
            ))
        if report.trace == nil { fields.append(("trace", .null)) }
        if let trace = report.trace {
            fields.append(
                (
                    "trace",
                    .array(
                        trace.map { e in
                            .object([
                                ("cycle", .integer(e.cycle)), ("rule", .string(e.rule)),
                                ("bindings", .object(e.bindings.map { ($0.name, .string($0.value)) })),
                                ("matched", .array(e.matched.map { .string($0) })),
                                ("asserted", .array(e.asserted.map { .string($0) })),
                                ("retracted", .array(e.retracted.map { .string($0) })),
                                ("concluded", .array(e.concluded.map { .string($0) })),
                            ])
                        })
                ))
        }
        fields.append(("firings", .integer(report.firings)))
        return .object(fields)
    }

    /// The report as JSON text.
    public func render(_ report: Report) -> String { value(report).rendered() }

    /// Every value of a topic, ranked; the first of a goal is the recommendation.
    func conclusions(_ topic: TopicResult) -> [JSONValue] {
        topic.values.map { v in
            var fields: [(String, JSONValue)] = [
                ("topic", .string(topic.topic)), ("value", .string(v.value)), ("label", t(v.label, v.value)),
                ("certainty", .number(v.certainty)), ("rank", .integer(v.rank)),
                ("recommended", .bool(topic.isGoal && topic.top?.value == v.value)),
            ]
            fields.append(("definition", topic.definitions[v.value].map { t($0, "") } ?? .null))
            fields.append(
                (
                    "cappedBy",
                    v.cappedBy.map { .object([("value", .string($0.value)), ("rule", reason($0.reason))]) } ?? .null
                ))
            var explanation: [(String, JSONValue)] = [("rules", .array(v.contributions.map(contribution)))]
            if topic.isGoal, topic.top?.value == v.value, let second = topic.runnerUp {
                var lost: [(String, JSONValue)] = [
                    ("value", .string(second.value)), ("certainty", .number(second.certainty)),
                ]
                if let cap = second.cappedBy {
                    lost.append(("why", .string("capped")))
                    lost.append(("cap", .object([("value", .string(cap.value)), ("rule", reason(cap.reason))])))
                } else {
                    lost.append(("why", .string(topic.isTie ? "tie" : "lower-certainty")))
                }
                explanation.append(("runnerUp", .object(lost)))
            } else {
                explanation.append(("runnerUp", .null))
            }
            if !(topic.isGoal && topic.top?.value == v.value) || topic.closeCall == nil {
                fields.append(("closeCall", .null))
            }
            if topic.isGoal, topic.top?.value == v.value, let call = topic.closeCall {
                fields.append(
                    (
                        "closeCall",
                        .object([
                            ("runnerUp", .string(call.runnerUp)), ("margin", .number(call.margin)),
                            ("threshold", .number(CloseCall.threshold)),
                            ("searched", .bool(call.searched)),
                            (
                                "tippedBy",
                                .array(
                                    call.tippedBy.map { tip in
                                        .object([
                                            ("question", .string(tip.question)), ("value", .string(tip.value)),
                                            ("current", tip.current.map { .string($0) } ?? .null),
                                        ])
                                    })
                            ),
                        ])
                    ))
            }
            fields.append(("explanation", .object(explanation)))
            return .object(fields)
        }
    }

    func reason(_ r: Reason) -> JSONValue {
        .object([
            ("rule", .string(r.rule)), ("source", r.source.map { .string($0) } ?? .null),
            ("confidence", r.confidence.map { .string($0) } ?? .null), ("location", .string(r.location)),
            ("because", .string(pick(r.because, language) ?? "")),
        ])
    }

    func contribution(_ r: Reason) -> JSONValue {
        guard case .object(var fields) = reason(r) else { return .null }
        fields += [
            ("ruleCertainty", .number(r.ruleCertainty)), ("premise", .number(r.premise)),
            ("contribution", .number(r.amount)),
            ("before", .number(r.before)), ("after", .number(r.after)),
        ]
        return .object(fields)
    }

    func options(_ ranking: OptionRanking) -> [JSONValue] {
        ranking.options.map { o in
            var reasons: [JSONValue] = o.rejections.map { r in
                var fields: [(String, JSONValue)] = [("criterion", .string(r.criterion)), ("knockOut", .bool(true))]
                if let reason = r.reason, case .object(let more) = self.reason(reason) { fields += more }
                if let scaled = r.scaled { fields.append(("belowThreshold", .number(scaled))) }
                return .object(fields)
            }
            reasons += o.reasons.map { c, r in
                guard case .object(let more) = reason(r) else { return .null }
                return .object([("criterion", .string(c)), ("points", .number(r.amount))] + more)
            }
            return .object([
                ("name", .string(o.name)), ("title", .string(o.title)),
                ("scores", .object(ranking.criteria.map { ($0.name, .number(o.scaled[$0.name] ?? 1)) })),
                ("points", .object(ranking.criteria.map { ($0.name, .number(o.raw[$0.name] ?? 0)) })),
                ("total", .number(o.total)), ("rank", .integer(o.rank)), ("rejected", .bool(o.rejected)),
                ("reasons", .array(reasons)),
            ])
        }
    }

    func swot(_ s: SwotResult) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            (
                "items",
                .array(
                    s.items.map { i in
                        .object([
                            ("id", .string(i.id)), ("kind", .string(i.kind)), ("text", .string(i.text)),
                            ("rank", .integer(i.rank)),
                        ])
                    })
            ),
            (
                "pairs",
                .array(
                    s.pairs.map { p in
                        .object([
                            ("internal", .string(p.internal)), ("external", .string(p.external)),
                            ("score", .integer(p.score)),
                        ])
                    })
            ),
            (
                "issues",
                .array(
                    s.issues.map { i in
                        .object([
                            ("kind", .string(i.kind)), ("internal", .string(i.internal)),
                            ("external", .string(i.external)),
                            ("score", .integer(i.score)),
                            ("question", .string(i.reason.flatMap { pick($0.because, language) } ?? "")),
                        ])
                    })
            ),
        ]
        if let core = s.coreProblem {
            var c: [(String, JSONValue)] = [
                ("cause", .string(core.cause)), ("effect", .string(pick(core.effect, language) ?? "")),
                ("conclusion", .string(pick(core.conclusion, language) ?? "")),
            ]
            if let r = core.reason { c.append(("rule", reason(r))) }
            fields.append(("coreProblem", .object(c)))
        }
        return .object(fields)
    }

    func normalised(_ c: Criterion, _ ranking: OptionRanking) -> Double {
        let sum = ranking.criteria.reduce(0) { $0 + $1.weight }
        return sum > 0 ? c.weight / sum : 0
    }
}
