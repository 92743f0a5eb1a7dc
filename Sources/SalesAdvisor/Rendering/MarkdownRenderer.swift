@_spi(Tooling) import RuleLanguage

/// Reports as Markdown (``MarkdownReport``), separated by a horizontal rule; control characters
/// shown as pictures.
struct MarkdownRenderer: ReportRenderer {
    let language: Language
    let explain: Bool

    func render(_ report: Report, how: [HowNode]) -> String {
        var text = MarkdownReport(language: language).render(report)
        if explain {
            text +=
                "\n"
                + ExplanationText(language: language, markdown: true).how(how, title: Phrases.word(.how, language))
        }
        return text.visibleControls
    }

    var separator: String { "\n---\n\n" }
}
