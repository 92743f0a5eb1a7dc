/// Reports as JSON lines: one object per line, short (``JSONReport/compact(_:)``) unless the
/// explanations are asked for (then the full report with its how-trees).
struct JSONLinesRenderer: ReportRenderer {
    let language: Language
    let explain: Bool

    /// The short line shows the advice, never its reasons; with explanations, the whole report.
    var content: ReportContent { explain ? .full : .advice }

    func render(_ report: Report, how: [HowNode]) -> String {
        guard explain else { return JSONReport(language: language).compactLine(report) + "\n" }
        return JSONReportValue.of(report, how: how, language: language, explain: explain).compact() + "\n"
    }

    func render(failure: RecordFailure) -> String { JSONReportValue.of(failure).compact() + "\n" }
}
