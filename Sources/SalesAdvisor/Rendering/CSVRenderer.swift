@_spi(Tooling) import RuleLanguage

/// Reports as CSV (``CSVReport``): one header, then one row per report; control characters shown
/// as pictures.
struct CSVRenderer: ReportRenderer {
    let goals: [String]
    /// Whether rows carry an `error` column (`--on-error row`).
    var errors = false

    /// A row shows the advice, never its reasons.
    var content: ReportContent { .recommendations }

    var head: String { CSVReport(goals: goals).header + (errors ? ",error" : "") + "\n" }

    func render(_ report: Report, how: [HowNode]) -> String {
        CSVReport(goals: goals).row(report).visibleControls + (errors ? "," : "") + "\n"
    }

    /// The id, empty cells, and the place and message in the `error` column.
    func render(failure: RecordFailure) -> String {
        let empty = String(repeating: ",", count: CSVReport(goals: goals).columns - 1)
        return
            (CSVReport.field(CSVReport.text(failure.id)) + empty + ","
            + CSVReport.field("\(failure.place): \(failure.message)")).visibleControls + "\n"
    }
}
