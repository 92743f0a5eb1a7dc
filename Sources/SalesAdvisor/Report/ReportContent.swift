/// How much of a report a run builds: all of it, or only the advice a stream of accounts writes.
///
/// Compact JSON lines show each goal's recommendation, runner-up and certainty, every conclusion's
/// rank, the KPIs, the option ranking and the expectations; CSV rows only the goals, the winning
/// option and whether the expectations were met. Neither shows why. For them the report is built
/// without the reasons behind each conclusion, the labels they do not show, the definitions, the
/// SWOT, the plan outline and the success factors' perspectives, and the run records no trace:
/// those are most of its cost (docs/benchmarks.md, "Advice at batch speed").
public enum ReportContent: Sendable {
    /// Everything: what text, Markdown, HTML, JSON and explanations show.
    case full
    /// The advice without its reasons, labelled only where a goal is recommended: what compact
    /// JSON lines show.
    case advice
    /// Each goal's recommendation and runner-up, the topics the expectations name, the option
    /// ranking and the expectations, without labels, other topics or KPIs: what CSV rows show.
    case recommendations
}
