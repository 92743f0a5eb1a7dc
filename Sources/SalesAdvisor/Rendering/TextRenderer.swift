@_spi(Tooling) import RuleLanguage

/// Reports as plain text documents (the title block, the advice, the plan, and ``TextReport``'s
/// reasoning as the appendix), one after the other; control characters (from a file name, say)
/// are shown as pictures, never sent to a terminal.
struct TextRenderer: ReportRenderer {
    let language: Language
    let explain: Bool
    let info: DocumentInfo

    func render(_ report: Report, how: [HowNode]) -> String {
        let document = DocumentBuilder(language: language).document(report, info: info)
        var text =
            TextDocument(language: language, markdown: false).front(document, customerGiven: info.customer != nil)
            + TextReport(language: language).render(report, appendix: true)
        if explain { text += "\n" + ExplanationText(language: language).how(how, title: Phrases.word(.how, language)) }
        return text.visibleControls
    }

    var separator: String { "\n" }
}
