@_spi(Tooling) import RuleLanguage

/// Reports as CSV (``CSVReport``): one header, then one row per report; control characters shown
/// as pictures.
struct CSVRenderer: ReportRenderer {
    let goals: [String]

    var head: String { CSVReport(goals: goals).header + "\n" }

    func render(_ report: Report, how: [HowNode]) -> String {
        CSVReport(goals: goals).row(report).visibleControls + "\n"
    }
}
