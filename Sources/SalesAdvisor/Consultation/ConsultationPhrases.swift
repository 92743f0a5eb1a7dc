/// The consultation's own words, in English and Dutch (the knowledge base supplies the questions,
/// values and explanations).
public struct ConsultationPhrases: Sendable {
    /// The language the phrases are in.
    public let language: Language

    /// The phrases in `language`.
    public init(language: Language) { self.language = language }

    /// Every phrase, by what it says; a phrase without both languages does not compile.
    public enum Key: CaseIterable, Sendable {
        case customerQuestion, customerPrompt, customerControl, objectivesNow, objectiveHow, objectiveSet,
            objectiveControl, welcome,
            welcomeHelp, scenarioChanged, previousKept,
            question, atMost, more, allowed, orUnknown,
            certaintyHelp, commands, notUnderstood,
            didYouMean, ambiguous, ambiguousQuestion, ambiguousTopic, ambiguousValue, thatLineHas, tooLong,
            tooLongAgain, badCertainty, typeOneOf, nothingToUndo, takenBack, unknownQuestion, questionsAre, changeWhich,
            changed, adviceChanged, adviceSame, reason, summary, answersSoFar, noneYet, leading, undetermined, unknown,
            given, savedTo, setAside, nothingSetAside, droppedForGood, standardOutput, reportWritten, cannotWrite,
            needsFile, resumeWith, stopped, inputEnded, interrupted, resumed, answersRestored, answerRestored,
            kbChanged, dropped, advice, inShort, nothingDecided, reviewKeep, planSteps, chosenOption, noOption,
            certainty, fullExplanation, kpis, options, rejected, plan, wouldChange, noChange, now, complete, afterEnd,
            noQuestionNow, whyGoals, howTopics, whyNotForm, unknownTopic, notConcluded, nothingConcluded, isQuestion,
            noSuchOption, unanswered, notAValue, valuesAre, error, forExample, yes, no, emptyEnds, listFull, listEnded,
            wholeNumber, aNumber, rangeFromTo, rangeFrom, rangeTo, someText, noChoices, whySlot, whyOffer, scenarioGiven

        /// The English and the Dutch text.
        public var texts: (en: String, nl: String) {
            switch self {
            case .scenarioChanged:
                (
                    "The scenario {file} has changed since this session was saved: the answers it gives now apply.",
                    "Het scenario {file} is veranderd sinds dit consult werd bewaard: de antwoorden die het nu geeft, gelden."
                )
            case .previousKept:
                (
                    "The previous session is kept in {file} (to continue it: advisor consult --resume {file}).",
                    "Het vorige consult staat nu in {file} (verdergaan: advisor consult --resume {file})."
                )
            case .welcome:
                (
                    "SalesAdvisor: a consultation on the sales approach for one customer situation.",
                    "SalesAdvisor: een consult over de verkoopbenadering voor één klantsituatie."
                )
            case .welcomeHelp:
                (
                    "Answer by number or name, optionally with a certainty (high 0.7). At any prompt:",
                    "Antwoord met een nummer of een naam, eventueel met een zekerheid (hoog 0,7). Bij elke vraag:"
                )
            case .question: ("Question", "Vraag")
            case .atMost: ("at most", "hoogstens")
            case .more: ("more", "meer")
            case .allowed: ("Answers", "Antwoorden")
            case .orUnknown: ("or unknown (the rules go on without it)", "of onbekend (de regels gaan verder zonder)")
            case .certaintyHelp:
                (
                    "Add a certainty from -1 to 1 after the answer when you are not sure: high 0.7.",
                    "Zet een zekerheid van -1 tot 1 achter het antwoord als u het niet zeker weet: hoog 0,7."
                )
            case .commands: ("Commands at any prompt", "Opdrachten bij elke vraag")
            case .notUnderstood:
                ("'{answer}' is not an answer to this question.", "'{answer}' is hier geen geldig antwoord.")
            case .didYouMean: ("did you mean", "bedoelt u")
            case .ambiguous: ("Several answers start like that", "Meerdere antwoorden beginnen zo")
            case .ambiguousQuestion: ("Several questions start like that", "Meerdere vragen beginnen zo")
            case .ambiguousTopic: ("Several topics start like that", "Meerdere onderwerpen beginnen zo")
            case .ambiguousValue: ("Several values start like that", "Meerdere waarden beginnen zo")
            case .thatLineHas: ("That line has", "Die regel telt")
            case .tooLong:
                ("characters: an answer or a command has at most", "tekens: een antwoord of opdracht telt er hoogstens")
            case .tooLongAgain: ("Type it again, shorter.", "Typ het opnieuw, korter.")
            case .badCertainty:
                ("A certainty is a number from -1 to 1, found", "Een zekerheid is een getal van -1 tot 1, gevonden")
            case .typeOneOf: ("type one of", "typ een van")
            case .nothingToUndo: ("Nothing to take back.", "Er is niets terug te nemen.")
            case .takenBack: ("Taken back", "Teruggenomen")
            case .unknownQuestion: ("Unknown question", "Onbekende vraag")
            case .questionsAre: ("the questions are", "de vragen zijn")
            case .changeWhich:
                (
                    "Which answer? Type change with its number or name, one of",
                    "Welk antwoord? Typ wijzig met het nummer of de naam, een van"
                )
            case .changed: ("Changed", "Gewijzigd")
            case .adviceChanged: ("The advice changes", "Het advies verandert")
            case .adviceSame: ("The advice stays the same.", "Het advies blijft gelijk.")
            case .reason: ("Reason", "Reden")
            case .summary: ("Summary", "Overzicht")
            case .answersSoFar: ("Answers so far", "Antwoorden tot nu toe")
            case .noneYet: ("none yet", "nog geen")
            case .leading: ("Leading conclusions", "Voorlopige conclusies")
            case .undetermined: ("not determined yet", "nog niet bepaald")
            case .unknown: ("unknown", "onbekend")
            case .given: ("given", "gegeven")
            case .savedTo: ("Session saved to", "Consult bewaard in")
            case .setAside:
                (
                    "{n} of the saved answers no longer fit the knowledge base: they stay in the session file ('set-aside' lines), so nothing is lost; type drop to remove them for good.",
                    "{n} van de bewaarde antwoorden passen niet meer bij de kennisbank: ze blijven in het consultbestand staan (regels 'set-aside'), zodat niets verloren gaat; typ schrap om ze definitief te verwijderen."
                )
            case .nothingSetAside:
                (
                    "No saved answers are set aside; there is nothing to drop.",
                    "Er zijn geen bewaarde antwoorden opzijgezet; er valt niets te schrappen."
                )
            case .droppedForGood:
                ("Removed from the session for good ({n}):", "Definitief uit het consultbestand verwijderd ({n}):")
            case .standardOutput: ("standard output", "standaarduitvoer")
            case .reportWritten: ("Advice written to", "Advies geschreven naar")
            case .cannotWrite: ("Cannot write", "Kan niet schrijven naar")
            case .needsFile: ("Give a file name", "Geef een bestandsnaam")
            case .resumeWith: ("Resume with", "Ga verder met")
            case .stopped: ("Stopped.", "Gestopt.")
            case .inputEnded:
                ("Input ended before the advice was complete.", "De invoer eindigde voordat het advies klaar was.")
            case .interrupted: ("Interrupted.", "Onderbroken.")
            case .resumed: ("Resumed session", "Consult hervat")
            case .customerQuestion:
                (
                    "Who is the advice for? Type the customer's name for the report, or press Enter to leave it out.",
                    "Voor wie is het advies? Typ de naam van de klant voor het rapport, of druk op Enter om die weg te laten."
                )
            case .customerPrompt: ("Customer> ", "Klant> ")
            case .objectivesNow: ("Sales objectives for the plan:", "Verkoopdoelstellingen voor het plan:")
            case .objectiveHow:
                (
                    "Type: objective KIND TARGET, with KIND one of {kinds} (objective turnover +8% in 2027); objective KIND alone takes it away.",
                    "Typ: doelstelling SOORT DOEL, met SOORT een van {kinds} (doelstelling omzet +8% in 2027); doelstelling SOORT alleen haalt hem weg."
                )
            case .objectiveControl:
                (
                    "An objective holds no control character; type it again without it.",
                    "Een doelstelling bevat geen stuurteken; typ hem opnieuw zonder."
                )
            case .objectiveSet:
                (
                    "Kept for the plan's objectives (step 3 of the report).",
                    "Bewaard voor de doelstellingen van het plan (stap 3 van het rapport)."
                )
            case .customerControl:
                (
                    "A name holds no control character; type it again, or press Enter to leave it out.",
                    "Een naam bevat geen stuurteken; typ hem opnieuw, of druk op Enter om hem weg te laten."
                )
            case .answersRestored: ("answers restored", "antwoorden hersteld")
            case .answerRestored: ("answer restored", "antwoord hersteld")
            case .kbChanged:
                (
                    "The knowledge base has changed since this session was saved; the answers that still apply are kept.",
                    "De kennisbank is gewijzigd sinds dit consult bewaard werd; de antwoorden die nog passen blijven staan."
                )
            case .dropped: ("dropped", "vervallen")
            case .advice: ("Sales advice", "Verkoopadvies")
            case .inShort: ("In short", "Kort gezegd")
            case .nothingDecided:
                (
                    "these answers decide nothing yet; the lines below say what is open.",
                    "deze antwoorden beslissen nog niets; de regels hieronder zeggen wat nog openstaat."
                )
            case .reviewKeep:
                (
                    "Press Enter to keep a part as it is, or type it in your own words.",
                    "Druk op Enter om een deel over te nemen, of typ het in uw eigen woorden."
                )
            case .planSteps: ("the sales plan in {n} steps below", "het verkoopplan in {n} stappen hieronder")
            case .chosenOption: ("chosen option", "gekozen optie")
            case .noOption: ("no option survives the screens", "geen optie doorstaat de toetsen")
            case .certainty: ("certainty", "zekerheid")
            case .fullExplanation: ("full explanation", "volledige uitleg")
            case .kpis: ("Performance indicators", "Prestatie-indicatoren")
            case .options: ("Options, best first", "Opties, beste eerst")
            case .rejected: ("rejected", "afgewezen")
            case .plan: ("Sales plan outline", "Opzet van het verkoopplan")
            case .wouldChange:
                ("Answers that would change the advice most", "Antwoorden die het advies het meest zouden veranderen")
            case .noChange:
                ("No single other answer changes the advice.", "Geen enkel ander antwoord verandert het advies.")
            case .now: ("now", "nu")
            case .complete: ("The consultation is complete.", "Het consult is klaar.")
            case .afterEnd:
                (
                    "Sales objectives for the plan? Type objective KIND TARGET for turnover, margin, retention or share (objective turnover +8% in 2027). Press Enter to finish, or: change QUESTION, how TOPIC, why not TOPIC=VALUE, summary, report FILE.",
                    "Verkoopdoelstellingen voor het plan? Typ doelstelling SOORT DOEL voor omzet, marge, klantbehoud of aandeel (doelstelling omzet +8% in 2027). Druk op Enter om af te sluiten, of: wijzig VRAAG, hoe ONDERWERP, waarom niet ONDERWERP=WAARDE, overzicht, rapport BESTAND."
                )
            case .noQuestionNow:
                (
                    "There is no question open now; type a command or press Enter to finish.",
                    "Er staat geen vraag open; typ een opdracht of druk op Enter om af te sluiten."
                )
            case .whyGoals:
                (
                    "This answer is needed by these rules, which lead to",
                    "Dit antwoord is nodig voor deze regels, die leiden naar"
                )
            case .howTopics: ("how takes a topic", "hoe vraagt een onderwerp")
            case .whyNotForm:
                (
                    "why not takes TOPIC=VALUE, for example: why not sales approach=strategic relationship",
                    "waarom niet vraagt ONDERWERP=WAARDE, bijvoorbeeld: waarom niet verkoopbenadering=strategische relatie"
                )
            case .unknownTopic: ("Unknown topic", "Onbekend onderwerp")
            case .notConcluded:
                (
                    "{topic}: {value} was not concluded; type why not to see what stopped it.",
                    "{topic}: {value} is niet geconcludeerd; typ waarom niet om te zien wat het tegenhield."
                )
            case .nothingConcluded:
                ("Nothing has been concluded about {topic} yet.", "Over {topic} is nog niets geconcludeerd.")
            case .isQuestion:
                (
                    "'{topic}' is a question you answer, not something the advice concludes (now: {answer}); type change to change it.",
                    "'{topic}' is een vraag die u beantwoordt, geen conclusie van het advies (nu: {answer}); typ wijzig om het antwoord te wijzigen."
                )
            case .noSuchOption:
                ("There is no option '{option}'; the options are:", "Er is geen optie '{option}'; de opties zijn:")
            case .unanswered: ("not answered", "niet beantwoord")
            case .notAValue: ("Not a value of {topic}:", "Geen waarde van {topic}:")
            case .valuesAre: ("the values are", "de waarden zijn")
            case .error: ("The knowledge base failed", "De kennisbank faalde")
            case .forExample: ("for example", "bijvoorbeeld")
            case .yes: ("yes", "ja")
            case .no: ("no", "nee")
            case .emptyEnds: ("an empty line ends the list", "een lege regel sluit de lijst af")
            case .listFull:
                (
                    "That makes {n}, the most one list takes; the list is closed.",
                    "Dat zijn er {n}, het maximum voor één lijst; de lijst is gesloten."
                )
            case .listEnded: ("list ended", "lijst afgesloten")
            case .wholeNumber: ("a whole number", "een geheel getal")
            case .aNumber: ("a number", "een getal")
            case .rangeFromTo: ("from {lower} to {upper}", "van {lower} tot en met {upper}")
            case .rangeFrom: ("from {lower} up", "vanaf {lower}")
            case .rangeTo: ("up to {upper}", "tot en met {upper}")
            case .someText: ("some text", "een tekst")
            case .noChoices:
                (
                    "There is nothing to choose from yet; type unknown.",
                    "Er is nog niets om uit te kiezen; typ onbekend."
                )
            case .whySlot: ("These rules read this value", "Deze regels lezen deze waarde")
            case .whyOffer: ("These rules read what you enter here", "Deze regels lezen wat u hier invoert")
            case .scenarioGiven: ("Answers given beforehand", "Vooraf gegeven antwoorden")
            }
        }
    }

    /// The phrase in the consultation's language.
    public subscript(_ key: Key) -> String {
        let texts = key.texts
        return language == .nl ? texts.nl : texts.en
    }
}
