/// A report as one self-contained HTML page (``AdviceDocument`` laid out by `HTMLDocument`): the
/// advice on page one, the plan, the reasoning as an appendix; inline style and SVG charts, no
/// script. The renderer frames the page: the head (style sheet, a title with the customer when
/// `info` names one) before the first report, each report an `<article>`, the page's end after the
/// last; several accounts are better read as a portfolio page (``PortfolioHTML``), which
/// `evaluate` writes instead.
public struct HTMLRenderer: ReportRenderer {
    /// The language the page is written in.
    public let language: Language
    /// Whether the appendix ends with each goal's how-tree.
    public let explain: Bool
    /// The customer, date and author on the title block.
    public let info: DocumentInfo

    /// A writer of pages in `language`.
    public init(language: Language, explain: Bool = false, info: DocumentInfo = DocumentInfo()) {
        self.language = language
        self.explain = explain
        self.info = info
    }

    /// The page's head: "Sales plan: customer" as its title.
    public var head: String {
        let plan = DocumentPhrases(language: language)[.salesPlan]
        return HTMLDocument(language: language).head(title: plan + (info.customer.map { ": " + $0 } ?? ""))
    }

    /// The document of `report`, as an article of the page.
    public func render(_ report: Report, how: [HowNode]) -> String {
        let document = DocumentBuilder(language: language).document(report, info: info)
        let explanation =
            explain ? ExplanationText(language: language).how(how, title: Phrases.word(.how, language)) : ""
        return "<article class=\"document\">\n"
            + HTMLDocument(language: language).body(document, explanation: explanation)
            + "</article>\n"
    }

    /// The page's end; a page with no report says so rather than stay blank.
    public func foot(count: Int) -> String {
        guard count == 0 else { return HTMLDocument.foot }
        return "<p class=\"blank\">\(HTMLText.escape(DocumentPhrases(language: language)[.noReport]))</p>\n"
            + HTMLDocument.foot
    }
}
