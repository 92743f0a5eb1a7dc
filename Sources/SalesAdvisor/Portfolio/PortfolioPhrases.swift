/// The portfolio summary's own words, in English and Dutch (the knowledge base supplies the
/// names of goals, segments and values).
public struct PortfolioPhrases: Sendable {
    /// The language the phrases are in.
    public let language: Language

    /// The phrases in `language`.
    public init(language: Language) { self.language = language }

    /// Every phrase, by what it says; a phrase without both languages does not compile.
    public enum Key: CaseIterable, Sendable {
        case portfolio, accounts, account, noAdvice, perSegment, noSegment, none, differs, andMore, closeCalls,
            closeCallsNote, knockOuts, noKnockOuts

        /// The English and the Dutch text.
        public var texts: (en: String, nl: String) {
            switch self {
            case .portfolio: ("Portfolio", "Portefeuille")
            case .accounts: ("accounts", "accounts")
            case .account: ("account", "account")
            case .noAdvice: ("gave no advice", "zonder advies")
            case .perSegment: ("Per {segment}", "Per {segment}")
            case .noSegment: ("no {segment} given", "geen {segment} opgegeven")
            case .none: ("no recommendation", "geen advies")
            case .differs: ("advice other than {value}", "ander advies dan {value}")
            case .andMore: ("and {n} more", "en nog {n}")
            case .closeCalls: ("Close calls", "Nipte keuzes")
            case .closeCallsNote:
                (
                    "the runner-up less than one rule's worth of evidence behind",
                    "de tweede keuze minder dan één regel aan bewijs achter"
                )
            case .knockOuts: ("Options knocked out", "Opties die afvallen")
            case .noKnockOuts: ("no option was knocked out", "geen optie viel af")
            }
        }
    }

    /// The phrase in the summary's language.
    public subscript(_ key: Key) -> String { language == .nl ? key.texts.nl : key.texts.en }
}
