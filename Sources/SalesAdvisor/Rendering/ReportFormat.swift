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
    /// One self-contained HTML page: the document (advice, plan, reasoning) with its charts, or
    /// the portfolio page of several accounts.
    case html

    /// The format a file's name asks for (`report advies.html` in a consultation): by its
    /// extension, in any case (`.html`/`.htm`, `.json`, `.txt`, `.csv`); Markdown otherwise.
    public init(fileName: String) {
        let name = fileName.lowercased()
        let byExtension: [(String, ReportFormat)] = [
            (".html", .html), (".htm", .html), (".json", .json), (".txt", .text), (".csv", .csv),
        ]
        self = byExtension.first { name.hasSuffix($0.0) }?.1 ?? .markdown
    }

    /// The names `--format` takes (JSON lines has a flag of its own).
    public static var formatNames: [String] { allCases.filter { $0 != .jsonl }.map(\.rawValue) }

    /// A writer of this format. `goals` are the knowledge base's goals (CSV's columns); `explain`
    /// adds each goal's how-tree to every report; `errors` gives CSV an `error` column for
    /// records that gave no advice (`--on-error row`); `info` is the document's customer, date and
    /// author (HTML's title block).
    public func renderer(
        language: Language, goals: [String], explain: Bool = false, errors: Bool = false,
        info: DocumentInfo = DocumentInfo()
    ) -> any ReportRenderer {
        switch self {
        case .text: return TextRenderer(language: language, explain: explain, info: info)
        case .markdown: return MarkdownRenderer(language: language, explain: explain, info: info)
        case .json: return JSONArrayRenderer(language: language, explain: explain, info: info)
        case .jsonl: return JSONLinesRenderer(language: language, explain: explain)
        case .csv: return CSVRenderer(goals: goals, errors: errors)
        case .html: return HTMLRenderer(language: language, explain: explain, info: info)
        }
    }

    /// A portfolio summary of many accounts in this format (`evaluate --summary`, and HTML over
    /// several accounts), with the names of `kb` in `language`.
    public func summary(_ summary: PortfolioSummary, kb: KnowledgeBase, language: Language, info: DocumentInfo)
        -> String
    {
        switch self {
        case .text, .jsonl: return PortfolioText(language: language).render(summary, kb: kb)
        case .markdown: return PortfolioText(language: language, markdown: true).render(summary, kb: kb)
        case .json: return PortfolioData(language: language).json(summary, kb: kb)
        case .csv: return PortfolioData(language: language).csv(summary)
        case .html: return PortfolioHTML(language: language, info: info).render(summary, kb: kb)
        }
    }
}
