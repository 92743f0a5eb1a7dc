/// The formats reports are written in: `evaluate --format` and `--jsonl`. A new format is a case
/// here and a ``ReportRenderer`` in a file of its own.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Plain text wrapped at 78 columns, the reports one after the other.
    case text
    /// Markdown, the reports separated by a rule.
    case markdown
    /// One JSON array of report objects.
    case json
    /// One compact JSON object per line (`--jsonl`), for streams and scale-out.
    case jsonl
    /// One CSV row per report under one header, for spreadsheets.
    case csv

    /// The names `--format` takes (JSON lines has a flag of its own).
    public static var formatNames: [String] { allCases.filter { $0 != .jsonl }.map(\.rawValue) }

    /// A writer of this format. `goals` are the knowledge base's goals (CSV's columns); `explain`
    /// adds each goal's how-tree to every report; `errors` gives CSV an `error` column for
    /// records that gave no advice (`--on-error row`).
    public func renderer(
        language: Language, goals: [String], explain: Bool = false, errors: Bool = false
    ) -> any ReportRenderer {
        switch self {
        case .text: return TextRenderer(language: language, explain: explain)
        case .markdown: return MarkdownRenderer(language: language, explain: explain)
        case .json: return JSONArrayRenderer(language: language, explain: explain)
        case .jsonl: return JSONLinesRenderer(language: language, explain: explain)
        case .csv: return CSVRenderer(goals: goals, errors: errors)
        }
    }
}
