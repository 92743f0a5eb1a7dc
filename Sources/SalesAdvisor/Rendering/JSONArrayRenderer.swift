/// Reports as one JSON array (``JSONReport``), each object indented one level; JSON escapes
/// control characters itself.
struct JSONArrayRenderer: ReportRenderer {
    let language: Language
    let explain: Bool
    let info: DocumentInfo

    var head: String { "[\n" }

    func render(_ report: Report, how: [HowNode]) -> String {
        "  "
            + JSONReportValue.of(report, how: how, language: language, explain: explain, info: info).rendered(
                indent: "  ")
    }

    func render(failure: RecordFailure) -> String { "  " + JSONReportValue.of(failure).rendered(indent: "  ") }

    var separator: String { ",\n" }

    func foot(count: Int) -> String { count > 0 ? "\n]\n" : "]\n" }
}
