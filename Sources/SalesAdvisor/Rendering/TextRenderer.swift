@_spi(Tooling) import RuleLanguage

/// Reports as plain text (``TextReport``), one after the other; control characters (from a file
/// name, say) are shown as pictures, never sent to a terminal.
struct TextRenderer: ReportRenderer {
    let language: Language
    let explain: Bool

    func render(_ report: Report, how: [HowNode]) -> String {
        var text = TextReport(language: language).render(report)
        if explain { text += "\n" + ExplanationText(language: language).how(how, title: Phrases.word(.how, language)) }
        return text.visibleControls
    }

    var separator: String { "\n" }
}
