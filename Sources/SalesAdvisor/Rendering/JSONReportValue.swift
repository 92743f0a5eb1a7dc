/// A report's JSON value, with the how-trees under `explanations` when asked for.
enum JSONReportValue {
    static func of(
        _ report: Report, how: [HowNode], language: Language, explain: Bool, info: DocumentInfo = DocumentInfo()
    ) -> JSONValue {
        var value = JSONReport(language: language, info: info).value(report)
        if explain, case .object(var fields) = value {
            fields.append(("explanations", .array(how.map(ExplanationJSON(language: language).how))))
            value = .object(fields)
        }
        return value
    }

    /// A record that gave no advice: `{"scenario": id, "error": {"at": place, "message": …}}`.
    static func of(_ failure: RecordFailure) -> JSONValue {
        .object([
            ("scenario", .string(failure.id)),
            ("error", .object([("at", .string(failure.place)), ("message", .string(failure.message))])),
        ])
    }
}
