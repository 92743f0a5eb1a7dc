/// A sales objective for the plan's third step: a turnover, margin, retention or share target, as
/// the manager words it ("+8% to € 2.4 m in 2027"). Given with `--objective KIND=TARGET` or, in a
/// consultation, `objective KIND TARGET`; the document sets it beside the performance indicator
/// that measures it, with that indicator's review frequency and owner (specific, measurable,
/// agreed, timed: SMART).
public struct Objective: Hashable, Sendable {
    /// What the objective is about.
    public enum Kind: String, CaseIterable, Sendable {
        case turnover, margin, retention, share

        /// The English and Dutch word that names it on a command line or at a prompt.
        public var words: (en: String, nl: String) {
            switch self {
            case .turnover: ("turnover", "omzet")
            case .margin: ("margin", "marge")
            case .retention: ("retention", "klantbehoud")
            case .share: ("share", "aandeel")
            }
        }

        /// How the document names it.
        public var label: (en: String, nl: String) {
            switch self {
            case .turnover: ("Turnover", "Omzet")
            case .margin: ("Gross margin", "Brutomarge")
            case .retention: ("Customer retention", "Klantbehoud")
            case .share: ("Share of the customer's purchases", "Aandeel in de inkopen van de klant")
            }
        }

        /// The knowledge base's performance indicator that measures it.
        var kpi: String {
            switch self {
            case .turnover: "sales-volume"
            case .margin: "gross-margin"
            case .retention: "customer-retention"
            case .share: "share-of-wallet"
            }
        }

        /// The kind a word names (English or Dutch, any case), or nil.
        public init?(word: String) {
            let w = word.lowercased()
            guard let kind = Kind.allCases.first(where: { $0.words.en == w || $0.words.nl == w }) else { return nil }
            self = kind
        }
    }

    /// What it is about.
    public let kind: Kind
    /// The target as the manager wrote it.
    public let target: String

    /// An objective of `kind` with `target`.
    public init(kind: Kind, target: String) {
        self.kind = kind
        self.target = target
    }

    /// `turnover=+8% in 2027` (from `--objective`), or why not: the words it takes.
    public static func parse(_ text: String) -> Result<Objective, InputError> {
        guard let eq = text.firstIndex(of: "=") else {
            return .failure(
                InputError(
                    "--objective takes KIND=TARGET (for example: --objective turnover=+8% in 2027), found '\(text)'"))
        }
        let word = String(text[..<eq]).trimmingSpaces
        let target = String(text[text.index(after: eq)...]).trimmingSpaces
        guard let kind = Kind(word: word) else {
            var message = "unknown objective '\(word)'"
            let best =
                Situation.suggest(word, in: Kind.allCases.map(\.rawValue))
                ?? Situation.suggest(word, in: Kind.allCases.map(\.words.nl))
            if let best { message += "; did you mean '\(best)'?" }
            return .failure(
                InputError(message + "; the objectives are: " + Kind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        guard !target.isEmpty, ScenarioParser.unreadable(target) == nil else {
            return .failure(
                InputError(
                    "--objective \(word): give the target after '=', on one line (for example: \(word)=+8% in 2027)"))
        }
        return .success(Objective(kind: kind, target: target))
    }
}
