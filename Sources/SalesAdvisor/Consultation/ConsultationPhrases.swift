/// The consultation's own words, in English and Dutch (the knowledge base supplies the questions,
/// values and explanations).
@_spi(Tooling) public struct ConsultationPhrases: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    static let table: [String: (en: String, nl: String)] = [
        "welcome": (
            "SalesAdvisor: a consultation on the sales approach for one customer situation.",
            "SalesAdvisor: een consult over de verkoopbenadering voor één klantsituatie."
        ),
        "welcome-help": (
            "Answer by number or name, optionally with a certainty (high 0.7). At any prompt: ? help, why, how TOPIC, why not TOPIC=VALUE, unknown, back, change QUESTION, summary, report FILE, save FILE, quit.",
            "Antwoord met een nummer of een naam, eventueel met een zekerheid (hoog 0,7). Bij elke vraag: ? hulp, waarom, hoe ONDERWERP, waarom niet ONDERWERP=WAARDE, onbekend, terug, wijzig VRAAG, overzicht, rapport BESTAND, bewaar BESTAND, stop."
        ),
        "question": ("Question", "Vraag"),
        "at-most": ("at most", "hoogstens"),
        "more": ("more", "meer"),
        "help-title": ("Help", "Hulp"),
        "allowed": ("Answers", "Antwoorden"),
        "or-unknown": ("or unknown (the rules go on without it)", "of onbekend (de regels gaan verder zonder)"),
        "certainty-help": (
            "Add a certainty from -1 to 1 after the answer when you are not sure: high 0.7.",
            "Zet een zekerheid van -1 tot 1 achter het antwoord als u het niet zeker weet: hoog 0,7."
        ),
        "commands": ("Commands at any prompt", "Opdrachten bij elke vraag"),
        "cmd-help": (
            "?, help            this help and the allowed answers",
            "?, hulp            deze hulp en de toegestane antwoorden"
        ),
        "cmd-why": (
            "why               why this question is asked", "waarom            waarom deze vraag gesteld wordt"
        ),
        "cmd-how": (
            "how TOPIC         how a conclusion was reached (how approach)",
            "hoe ONDERWERP     hoe een conclusie tot stand kwam (hoe verkoopbenadering)"
        ),
        "cmd-why-not": (
            "why not T=V       why a value is not the advice", "waarom niet O=W   waarom een waarde niet het advies is"
        ),
        "cmd-unknown": ("unknown           go on without this answer", "onbekend          verder zonder dit antwoord"),
        "cmd-back": (
            "back              take back the last answer", "terug             het laatste antwoord terugnemen"
        ),
        "cmd-change": ("change QUESTION   change an earlier answer", "wijzig VRAAG      een eerder antwoord wijzigen"),
        "cmd-summary": (
            "summary           the answers and the advice so far",
            "overzicht         de antwoorden en het advies tot nu toe"
        ),
        "cmd-report": (
            "report FILE       write the advice as Markdown", "rapport BESTAND   het advies als Markdown wegschrijven"
        ),
        "cmd-save": (
            "save FILE         save the session to another file",
            "bewaar BESTAND    het consult in een ander bestand bewaren"
        ),
        "cmd-drop": (
            "drop              remove the answers set aside for good",
            "schrap            de opzijgezette antwoorden definitief verwijderen"
        ),
        "cmd-quit": ("quit              stop now; resume later", "stop              nu stoppen; later verdergaan"),
        "not-understood": ("'{answer}' is not an answer to this question.", "'{answer}' is hier geen geldig antwoord."),
        "did-you-mean": ("did you mean", "bedoelt u"),
        "ambiguous": ("Several answers start like that", "Meerdere antwoorden beginnen zo"),
        "ambiguous-question": ("Several questions start like that", "Meerdere vragen beginnen zo"),
        "ambiguous-topic": ("Several topics start like that", "Meerdere onderwerpen beginnen zo"),
        "ambiguous-value": ("Several values start like that", "Meerdere waarden beginnen zo"),
        "that-line-has": ("That line has", "Die regel telt"),
        "too-long": (
            "characters: an answer or a command has at most", "tekens: een antwoord of opdracht telt er hoogstens"
        ),
        "too-long-again": ("Type it again, shorter.", "Typ het opnieuw, korter."),
        "bad-certainty": (
            "A certainty is a number from -1 to 1, found", "Een zekerheid is een getal van -1 tot 1, gevonden"
        ),
        "type-one-of": ("type one of", "typ een van"),
        "nothing-to-undo": ("Nothing to take back.", "Er is niets terug te nemen."),
        "taken-back": ("Taken back", "Teruggenomen"),
        "unknown-question": ("Unknown question", "Onbekende vraag"),
        "questions-are": ("the questions are", "de vragen zijn"),
        "change-which": (
            "Which answer? Type change with its number or name, one of",
            "Welk antwoord? Typ wijzig met het nummer of de naam, een van"
        ),
        "no-answer-yet": ("has no answer yet", "heeft nog geen antwoord"),
        "changed": ("Changed", "Gewijzigd"),
        "advice-changed": ("The advice changes", "Het advies verandert"),
        "advice-same": ("The advice stays the same.", "Het advies blijft gelijk."),
        "reason": ("Reason", "Reden"),
        "summary": ("Summary", "Overzicht"),
        "answers-so-far": ("Answers so far", "Antwoorden tot nu toe"),
        "none-yet": ("none yet", "nog geen"),
        "leading": ("Leading conclusions", "Voorlopige conclusies"),
        "undetermined": ("not determined yet", "nog niet bepaald"),
        "unknown": ("unknown", "onbekend"),
        "given": ("given", "gegeven"),
        "saved-to": ("Session saved to", "Consult bewaard in"),
        "set-aside": (
            "{n} of the saved answers no longer fit the knowledge base: they stay in the session file ('set-aside' lines), so nothing is lost; type drop to remove them for good.",
            "{n} van de bewaarde antwoorden passen niet meer bij de kennisbank: ze blijven in het consultbestand staan (regels 'set-aside'), zodat niets verloren gaat; typ schrap om ze definitief te verwijderen."
        ),
        "nothing-set-aside": (
            "No saved answers are set aside; there is nothing to drop.",
            "Er zijn geen bewaarde antwoorden opzijgezet; er valt niets te schrappen."
        ),
        "dropped-for-good": (
            "Removed from the session for good ({n}):", "Definitief uit het consultbestand verwijderd ({n}):"
        ),
        "standard-output": ("standard output", "standaarduitvoer"),
        "report-written": ("Advice written to", "Advies geschreven naar"),
        "cannot-write": ("Cannot write", "Kan niet schrijven naar"),
        "needs-file": ("Give a file name", "Geef een bestandsnaam"),
        "resume-with": ("Resume with", "Ga verder met"),
        "stopped": ("Stopped.", "Gestopt."),
        "input-ended": (
            "Input ended before the advice was complete.", "De invoer eindigde voordat het advies klaar was."
        ),
        "interrupted": ("Interrupted.", "Onderbroken."),
        "resumed": ("Resumed session", "Consult hervat"),
        "answers-restored": ("answers restored", "antwoorden hersteld"),
        "answer-restored": ("answer restored", "antwoord hersteld"),
        "kb-changed": (
            "The knowledge base has changed since this session was saved; the answers that still apply are kept.",
            "De kennisbank is gewijzigd sinds dit consult bewaard werd; de antwoorden die nog passen blijven staan."
        ),
        "dropped": ("dropped", "vervallen"),
        "advice": ("Sales advice", "Verkoopadvies"),
        "in-short": ("In short", "Kort gezegd"),
        "nothing-decided": (
            "these answers decide nothing yet; the lines below say what is open.",
            "deze antwoorden beslissen nog niets; de regels hieronder zeggen wat nog openstaat."
        ),
        "review-keep": (
            "Press Enter to keep a part as it is, or type it in your own words.",
            "Druk op Enter om een deel over te nemen, of typ het in uw eigen woorden."
        ),
        "plan-steps": ("the sales plan in {n} steps below", "het verkoopplan in {n} stappen hieronder"),
        "chosen-option": ("chosen option", "gekozen optie"),
        "no-option": ("no option survives the screens", "geen optie doorstaat de toetsen"),
        "certainty": ("certainty", "zekerheid"),
        "full-explanation": ("full explanation", "volledige uitleg"),
        "kpis": ("Performance indicators", "Prestatie-indicatoren"),
        "options": ("Options, best first", "Opties, beste eerst"),
        "rejected": ("rejected", "afgewezen"),
        "plan": ("Sales plan outline", "Opzet van het verkoopplan"),
        "would-change": (
            "Answers that would change the advice most", "Antwoorden die het advies het meest zouden veranderen"
        ),
        "no-change": ("No single other answer changes the advice.", "Geen enkel ander antwoord verandert het advies."),
        "now": ("now", "nu"),
        "complete": ("The consultation is complete.", "Het consult is klaar."),
        "after-end": (
            "Press Enter to finish, or: change QUESTION, how TOPIC, why not TOPIC=VALUE, summary, report FILE.",
            "Druk op Enter om af te sluiten, of: wijzig VRAAG, hoe ONDERWERP, waarom niet ONDERWERP=WAARDE, overzicht, rapport BESTAND."
        ),
        "no-question-now": (
            "There is no question open now; type a command or press Enter to finish.",
            "Er staat geen vraag open; typ een opdracht of druk op Enter om af te sluiten."
        ),
        "why-goals": (
            "This answer is needed by these rules, which lead to",
            "Dit antwoord is nodig voor deze regels, die leiden naar"
        ),
        "how-topics": ("how takes a topic", "hoe vraagt een onderwerp"),
        "why-not-form": (
            "why not takes TOPIC=VALUE, for example: why not sales approach=strategic relationship",
            "waarom niet vraagt ONDERWERP=WAARDE, bijvoorbeeld: waarom niet verkoopbenadering=strategische relatie"
        ),
        "unknown-topic": ("Unknown topic", "Onbekend onderwerp"),
        "not-concluded": (
            "{topic}: {value} was not concluded; type why not to see what stopped it.",
            "{topic}: {value} is niet geconcludeerd; typ waarom niet om te zien wat het tegenhield."
        ),
        "nothing-concluded": (
            "Nothing has been concluded about {topic} yet.", "Over {topic} is nog niets geconcludeerd."
        ),
        "is-question": (
            "'{topic}' is a question you answer, not something the advice concludes (now: {answer}); type change to change it.",
            "'{topic}' is een vraag die u beantwoordt, geen conclusie van het advies (nu: {answer}); typ wijzig om het antwoord te wijzigen."
        ),
        "no-such-option": (
            "There is no option '{option}'; the options are:", "Er is geen optie '{option}'; de opties zijn:"
        ),
        "unanswered": ("not answered", "niet beantwoord"),
        "not-a-value": ("Not a value of {topic}:", "Geen waarde van {topic}:"),
        "values-are": ("the values are", "de waarden zijn"),
        "error": ("The knowledge base failed", "De kennisbank faalde"),
        "for-example": ("for example", "bijvoorbeeld"),
        "yes": ("yes", "ja"),
        "no": ("no", "nee"),
        "entered": ("Entered", "Ingevoerd"),
        "instances-so-far": ("Entered so far", "Tot nu toe ingevoerd"),
        "empty-ends": ("an empty line ends the list", "een lege regel sluit de lijst af"),
        "list-full": (
            "That makes {n}, the most one list takes; the list is closed.",
            "Dat zijn er {n}, het maximum voor één lijst; de lijst is gesloten."
        ),
        "list-ended": ("list ended", "lijst afgesloten"),
        "whole-number": ("a whole number", "een geheel getal"),
        "a-number": ("a number", "een getal"),
        "range-from-to": ("from {lower} to {upper}", "van {lower} tot en met {upper}"),
        "range-from": ("from {lower} up", "vanaf {lower}"),
        "range-to": ("up to {upper}", "tot en met {upper}"),
        "some-text": ("some text", "een tekst"),
        "no-choices": (
            "There is nothing to choose from yet; type unknown.", "Er is nog niets om uit te kiezen; typ onbekend."
        ),
        "why-slot": ("These rules read this value", "Deze regels lezen deze waarde"),
        "why-offer": ("These rules read what you enter here", "Deze regels lezen wat u hier invoert"),
        "offered": ("offer", "aanbod"),
        "scenario-given": ("Answers given beforehand", "Vooraf gegeven antwoorden"),
    ]

    public subscript(_ key: String) -> String {
        guard let entry = ConsultationPhrases.table[key] else { return key }
        return language == .nl ? entry.nl : entry.en
    }
}
