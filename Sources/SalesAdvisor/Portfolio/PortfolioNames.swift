/// The names a portfolio summary shows, from the knowledge base in the summary's language: goals,
/// their values, the segment question and its values, the criteria.
struct PortfolioNames {
    let kb: KnowledgeBase
    let language: Language
    let summary: PortfolioSummary

    var labels: ConsultationLabels { ConsultationLabels(kb: kb, language: language) }

    /// `Recommended sales approach`.
    func goal(_ name: String) -> String { labels.topic(name) }

    /// `account management`.
    func value(_ value: String, of goal: String) -> String { labels.value(value, ofTopic: goal) }

    /// `Customer class (ABC)`, in a sentence: `customer class (ABC)`.
    var segmentTitle: String {
        (kb.question(summary.segment).map(labels.name(of:)) ?? summary.segment).lowercasedFirst
    }

    /// A segment's value as its label: `A customer`.
    func segment(_ value: String) -> String {
        kb.question(summary.segment).map { labels.value(value, of: $0) } ?? value
    }

    /// An option as the reader knows it: its title, else its name (the status quo in words).
    func option(_ k: PortfolioSummary.KnockOut) -> String {
        if !k.title.isEmpty { return k.title }
        return k.option == OptionRanking.baseline ? Phrases.word(.continueAsIs, language) : k.option
    }
}
