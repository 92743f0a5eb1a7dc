/// A report as one short object, for streams of many accounts (`evaluate --jsonl`): the
/// situation, the advice per goal, every conclusion without its texts and explanation, the KPIs,
/// the options' ranking and the expectations. `--jsonl --explain` writes the full report
/// (``JSONReport/value(_:)``) with the how-trees instead.
extension JSONReport {
    /// The report in its compact form (docs/scenarios.md, "JSON lines out").
    public func compact(_ report: Report) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("schemaVersion", .integer(JSONReport.schemaVersion)),
            ("scenario", .string(report.name)),
            ("title", report.title.map { .string($0) } ?? .null),
            ("language", .string(language.rawValue)),
            ("situation", .object(report.answers.map { ($0.name, .string($0.value)) })),
            ("advice", .object(report.topics.filter(\.isGoal).map { ($0.topic, advice($0)) })),
            (
                "conclusions",
                .array(
                    report.topics.flatMap { topic in
                        topic.values.map { v in
                            .object([
                                ("topic", .string(topic.topic)), ("value", .string(v.value)),
                                ("certainty", .number(v.certainty)), ("rank", .integer(v.rank)),
                                ("recommended", .bool(topic.isGoal && topic.top?.value == v.value)),
                            ])
                        }
                    })
            ),
            ("kpis", .array(report.kpis.map { .string($0.kpi) })),
            (
                "options",
                .array(
                    report.options?.options.map { o in
                        .object([
                            ("name", .string(o.name)), ("total", .number(o.total)), ("rank", .integer(o.rank)),
                            ("rejected", .bool(o.rejected)),
                        ])
                    } ?? [])
            ),
            ("winner", report.options?.winner.map { .string($0.name) } ?? .null),
        ]
        fields.append(
            (
                "expectationsMet",
                report.expectations.isEmpty ? .null : .bool(report.expectations.allSatisfy(\.met))
            ))
        fields.append(("firings", .integer(report.firings)))
        return .object(fields)
    }

    /// A goal's advice: the value with its label and certainty, the runner-up, and how close the
    /// call was (null when it is not close); null when nothing is recommended.
    func advice(_ topic: TopicResult) -> JSONValue {
        guard let top = topic.top else { return .null }
        return .object([
            ("value", .string(top.value)), ("label", t(top.label, top.value)), ("certainty", .number(top.certainty)),
            ("runnerUp", topic.runnerUp.map { .string($0.value) } ?? .null),
            ("runnerUpCertainty", topic.runnerUp.map { .number($0.certainty) } ?? .null),
            ("closeCallMargin", topic.closeCall.map { .number($0.margin) } ?? .null),
        ])
    }
}
