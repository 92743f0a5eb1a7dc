/// Reports as JSON lines: one compact object per line.
struct JSONLinesRenderer: ReportRenderer {
    let language: Language
    let explain: Bool

    func render(_ report: Report, how: [HowNode]) -> String {
        JSONReportValue.of(report, how: how, language: language, explain: explain).compact() + "\n"
    }
}
