/// How much of a report a run builds: all of it, or only the advice a stream of accounts writes.
///
/// CSV rows and compact JSON lines show each goal's recommendation, runner-up and certainty, every
/// conclusion's rank, the KPIs, the option ranking and the expectations; they never show why. For
/// them the report is built without the reasons behind each conclusion, the definitions, the SWOT,
/// the plan outline and the success factors' perspectives, which are most of its cost
/// (docs/benchmarks.md, "Advice at batch speed").
public enum ReportContent: Sendable {
    /// Everything: what text, Markdown, HTML, JSON and explanations show.
    case full
    /// The advice without its reasons: what CSV and compact JSON lines show.
    case advice
}
