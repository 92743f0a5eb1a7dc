/// What a user can type at any prompt of a consultation besides an answer: a command word, in
/// English or Dutch whatever the consultation's language, and what follows it.
///
/// Every command is one row of ``Verb/entry``: its words, whether it takes an argument, and how
/// the help, the welcome and `advisor consult --help` write it. Parsing, completion and every help
/// text are derived from those rows; what a command does is ``ConsultationSession/perform(_:at:_:)``.
public struct PromptCommand: Equatable, Sendable {
    /// Which command.
    public let verb: Verb
    /// What follows the command word (`how approach`: `approach`), nil when nothing does.
    public let argument: String?

    /// A command with what followed its word.
    public init(_ verb: Verb, _ argument: String? = nil) {
        self.verb = verb
        self.argument = argument
    }

    /// The commands, in the order help lists them.
    public enum Verb: CaseIterable, Sendable {
        case help, why, how, whyNot, unknown, back, change, summary, report, objective, save
        /// Drops the saved answers that no longer fit the knowledge base (set aside on resume).
        case drop
        case quit
    }

    /// Whether a command takes something after its word.
    public enum Argument: Sendable {
        /// Nothing may follow (`back up` is an answer, not `back`).
        case none
        /// Something may follow (`how`, `how approach`).
        case optional
    }

    /// One command as users read and type it.
    public struct Entry: Sendable {
        /// The English and the Dutch word (`why not`, `waarom niet`); both work in either language.
        public let words: (en: String, nl: String)
        /// Other words that work and are not offered for completion (`?`, `h`, `undo`).
        public let aliases: [String]
        /// Whether something may follow the word.
        public let argument: Argument
        /// The command in help's table (`how TOPIC`, 18 columns at most).
        public let usage: (en: String, nl: String)
        /// What it does, beside ``usage``.
        public let description: (en: String, nl: String)
        /// How the welcome and `advisor consult --help` write it, nil when the welcome leaves it out.
        public let synopsis: (en: String, nl: String)?
    }
}

extension PromptCommand.Verb {
    /// The command's row: the one place a command's words and help live.
    public var entry: PromptCommand.Entry {
        switch self {
        case .help:
            .init(
                words: ("help", "hulp"), aliases: ["?", "h"], argument: .none, usage: ("?, help", "?, hulp"),
                description: ("this help and the allowed answers", "deze hulp en de toegestane antwoorden"),
                synopsis: ("? help", "? hulp"))
        case .why:
            .init(
                words: ("why", "waarom"), aliases: [], argument: .none, usage: ("why", "waarom"),
                description: ("why this question is asked", "waarom deze vraag gesteld wordt"),
                synopsis: ("why", "waarom"))
        case .how:
            .init(
                words: ("how", "hoe"), aliases: [], argument: .optional, usage: ("how TOPIC", "hoe ONDERWERP"),
                description: (
                    "how a conclusion was reached (how approach)",
                    "hoe een conclusie tot stand kwam (hoe verkoopbenadering)"
                ),
                synopsis: ("how TOPIC", "hoe ONDERWERP"))
        case .whyNot:
            .init(
                words: ("why not", "waarom niet"), aliases: [], argument: .optional,
                usage: ("why not T=V", "waarom niet O=W"),
                description: ("why a value is not the advice", "waarom een waarde niet het advies is"),
                synopsis: ("why not TOPIC=VALUE", "waarom niet ONDERWERP=WAARDE"))
        case .unknown:
            .init(
                words: ("unknown", "onbekend"), aliases: ["weet-niet"], argument: .none,
                usage: ("unknown", "onbekend"),
                description: ("go on without this answer", "verder zonder dit antwoord"),
                synopsis: ("unknown", "onbekend"))
        case .back:
            .init(
                words: ("back", "terug"), aliases: ["undo"], argument: .none, usage: ("back", "terug"),
                description: ("take back the last answer", "het laatste antwoord terugnemen"),
                synopsis: ("back", "terug"))
        case .change:
            .init(
                words: ("change", "wijzig"), aliases: [], argument: .optional,
                usage: ("change QUESTION", "wijzig VRAAG"),
                description: ("change an earlier answer", "een eerder antwoord wijzigen"),
                synopsis: ("change QUESTION", "wijzig VRAAG"))
        case .summary:
            .init(
                words: ("summary", "overzicht"), aliases: [], argument: .none, usage: ("summary", "overzicht"),
                description: ("the answers and the advice so far", "de antwoorden en het advies tot nu toe"),
                synopsis: ("summary", "overzicht"))
        case .report:
            .init(
                words: ("report", "rapport"), aliases: [], argument: .optional,
                usage: ("report FILE", "rapport BESTAND"),
                description: (
                    "write the advice: .html, .md, .json, .txt", "het advies wegschrijven: .html, .md, .json, .txt"
                ),
                synopsis: ("report FILE", "rapport BESTAND"))
        case .objective:
            .init(
                words: ("objective", "doelstelling"), aliases: [], argument: .optional,
                usage: ("objective K T", "doelstelling S D"),
                description: ("a sales objective for the plan", "een verkoopdoelstelling voor het plan"),
                synopsis: nil)
        case .save:
            .init(
                words: ("save", "bewaar"), aliases: [], argument: .optional, usage: ("save FILE", "bewaar BESTAND"),
                description: ("save the session to another file", "het consult in een ander bestand bewaren"),
                synopsis: ("save FILE", "bewaar BESTAND"))
        case .drop:
            .init(
                words: ("drop", "schrap"), aliases: [], argument: .none, usage: ("drop", "schrap"),
                description: (
                    "remove the answers set aside for good", "de opzijgezette antwoorden definitief verwijderen"
                ),
                synopsis: nil)
        case .quit:
            .init(
                words: ("quit", "stop"), aliases: ["exit"], argument: .none, usage: ("quit", "stop"),
                description: ("stop now; resume later", "nu stoppen; later verdergaan"),
                synopsis: ("quit", "stop"))
        }
    }
}

extension PromptCommand {
    /// The command words offered for completion (English first, then Dutch).
    public static let words: [String] = Verb.allCases.map(\.entry.words.en) + Verb.allCases.map(\.entry.words.nl)

    /// The command in `line`, or nil when it is not one (then it is an answer). The longest
    /// command word that starts the line wins (`why not` over `why`), in any case.
    public static func parse(_ line: String) -> PromptCommand? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let typed = words.map { $0.lowercased() }
        var best: (verb: Verb, length: Int)?
        for verb in Verb.allCases {
            let entry = verb.entry
            for word in [entry.words.en, entry.words.nl] + entry.aliases {
                let parts = word.split(separator: " ").map(String.init)
                guard parts.count <= typed.count, Array(typed.prefix(parts.count)) == parts else { continue }
                if parts.count > best?.length ?? 0 { best = (verb, parts.count) }
            }
        }
        guard let best else { return nil }
        let rest = words.dropFirst(best.length)
        let argument = rest.isEmpty ? nil : rest.joined(separator: " ")
        if argument != nil, case .none = best.verb.entry.argument { return nil }
        return PromptCommand(best.verb, argument)
    }

    /// The commands as the welcome writes them: `? help, why, how TOPIC, …, quit`.
    public static func synopsis(_ language: Language) -> [String] {
        Verb.allCases.compactMap { verb in verb.entry.synopsis.map { language == .nl ? $0.nl : $0.en } }
    }
}
