@_spi(Tooling) import RuleLanguage

/// Reports as Markdown documents (the title block, the advice, the plan, and ``MarkdownReport``'s
/// reasoning as the appendix), separated by a horizontal rule; control characters shown as pictures.
struct MarkdownRenderer: ReportRenderer {
    let language: Language
    let explain: Bool
    let info: DocumentInfo

    func render(_ report: Report, how: [HowNode]) -> String {
        let document = DocumentBuilder(language: language).document(report, info: info)
        var text =
            TextDocument(language: language, markdown: true).front(document, customerGiven: info.customer != nil)
            + MarkdownReport(language: language).render(report, appendix: true)
        if explain {
            text +=
                "\n"
                + ExplanationText(language: language, markdown: true).how(how, title: Phrases.word(.how, language))
        }
        return text.visibleControls
    }

    var separator: String { "\n---\n\n" }
}
