/// Writes a stream of reports in one format, framing included: what comes before the first report
/// (JSON's `[`, CSV's header), each report, what goes between two (a rule in Markdown), and what
/// comes after the last. A report is rendered on its own (on any thread), so a stream of any
/// length is written as its reports are ready.
public protocol ReportRenderer: Sendable {
    /// Before the first report; empty for most formats.
    var head: String { get }
    /// One report, with the how-trees of its goals when explanations were asked for.
    func render(_ report: Report, how: [HowNode]) -> String
    /// Between two reports.
    var separator: String { get }
    /// After the last report, given how many were written.
    func foot(count: Int) -> String
    /// A record that gave no advice, in the report's place (`--on-error row`); counted as a report.
    func render(failure: RecordFailure) -> String
    /// How much of a report this format shows (the rest is not built).
    var content: ReportContent { get }
}

extension ReportRenderer {
    /// Nothing before the first report.
    public var head: String { "" }
    /// Nothing between two reports.
    public var separator: String { "" }
    /// Nothing after the last report.
    public func foot(count: Int) -> String { "" }
    /// The whole report.
    public var content: ReportContent { .full }
    /// A line of its own: `error: place: id: message`.
    public func render(failure: RecordFailure) -> String { failure.line + "\n" }

    /// The whole stream of `reports` (with no explanations), as one text.
    public func render(_ reports: [Report]) -> String {
        head + reports.map { render($0, how: []) }.joined(separator: separator) + foot(count: reports.count)
    }
}
