/// The report's own words, in English and Dutch. The knowledge base supplies everything about
/// sales (labels of topics and values, explanations); these are the words around them.
public struct Phrases: Sendable {
    let language: Language

    /// Every phrase, by what it says; a phrase without both languages does not compile.
    public enum Key: CaseIterable, Sendable {
        case advice, situation, certainty, runnerUp, lostOnCertainty, tied, decision, optionKnockedOut, optionIsWinner,
            optionRanked, behindWeighted, against, means, meansHeading, closeCall, tippedBy, noSingleTip, heldBack, tie,
            why, others, undetermined, onlyAgainst, kpis, weight, frequency, owner, kpiTargets, swot, matrix, issues,
            coreProblem, cause, effect, conclusion, options, option, total, rank, rejected, noSurvivor, chosen, weights,
            knockOut, belowThreshold, sensitivity, staysBetween, belowWins, aboveWins, and, below, above, plan, toFill,
            expectations, met, expectOption, expectRejected, notMet, expected, got, nothing, trace, legend,
            issueOpportunity, issueProblem, score, sum, points, continueAsIs, continueAsIsName, originAnswer,
            originScenario, originKb, originDecided, originConcluded, originAsserted, retracted, rule, rules, from,
            combineLegend, how, whyNot, statusReached, statusLower, has, statusCapped, byRule, statusExcluded,
            statusRuledOut, statusNotConcluded, rulesThatCould, fired, didNotFire, needs, found, noSuchFact, noPartner,
            blocked, blockedBy, testFalse, matchedOther, noRules, wouldChange, noChangeFound, now, unanswered, whatIf,
            alternativesNoChange, reruns, whyAsk, answered, goal, whyLegend

        /// The English and the Dutch text.
        public var texts: (en: String, nl: String) {
            switch self {
            case .advice: ("Sales advice", "Verkoopadvies")
            case .situation: ("Situation", "Situatie")
            case .certainty: ("certainty", "zekerheid")
            case .runnerUp: ("runner-up", "tweede keuze")
            case .lostOnCertainty: ("lower certainty", "lagere zekerheid")
            case .tied: ("a tie", "gelijke stand")
            case .decision: ("the advisor's decision", "beslissing van de adviseur")
            case .optionKnockedOut: ("It is knocked out:", "Zij valt af:")
            case .optionIsWinner: ("It is the option chosen.", "Dit is de gekozen optie.")
            case .optionRanked:
                (
                    "It ranks {rank}, with a total of {total} against {winnerTotal} for {winner}; per criterion, on the 1-5 scale:",
                    "Zij staat op plaats {rank}, met een totaal van {total} tegen {winnerTotal} voor {winner}; per criterium, op de schaal 1-5:"
                )
            case .behindWeighted: ("behind, weighted", "achter, gewogen")
            case .against: ("against", "tegen")
            case .means: ("what this means", "wat dit betekent")
            case .meansHeading: ("What this means", "Wat dit betekent")
            case .closeCall:
                (
                    "close call: {runner-up} ({certainty}) is less than one rule's worth of evidence behind",
                    "nipte keuze: {runner-up} ({certainty}) ligt minder dan één regel aan bewijs achter"
                )
            case .tippedBy: ("it would tip with", "de keuze valt anders uit bij")
            case .noSingleTip: ("no single answer tips it", "geen enkel antwoord alleen doet de keuze omslaan")
            case .heldBack: ("held back by a cap at", "tegengehouden door een plafond bij")
            case .tie:
                (
                    "tie: the certainties are equal; the earlier value in the knowledge base's order is shown first",
                    "gelijke stand: de zekerheden zijn gelijk; de eerdere waarde in de volgorde van de kennisbank staat voorop"
                )
            case .why: ("why", "waarom")
            case .others: ("other values", "andere waarden")
            case .undetermined:
                ("no conclusion: no rule applied to this situation", "geen conclusie: geen regel was van toepassing")
            case .onlyAgainst: ("no conclusion: only evidence against", "geen conclusie: alleen bewijs tegen")
            case .kpis: ("Performance indicators (balanced scorecard)", "Prestatie-indicatoren (balanced scorecard)")
            case .weight: ("weight", "gewicht")
            case .frequency: ("frequency", "frequentie")
            case .owner: ("owner", "eigenaar")
            case .kpiTargets:
                (
                    "The critical success factors above, measured in the four perspectives (strategy → critical success factors → performance indicators, as Kaplan and Norton built the scorecard). Each with its weight for this situation, how often it is reviewed and by whom (frequencies and owners are our defaults [I]: adjust them to your organisation); set a target value for each.",
                    "De kritische succesfactoren hierboven, gemeten in de vier perspectieven (strategie → kritische succesfactoren → prestatie-indicatoren, zoals Kaplan en Norton de scorecard opbouwden). Elk met zijn gewicht voor deze situatie, hoe vaak en door wie het wordt gevolgd (frequenties en eigenaren zijn onze standaardkeuze [I]: pas ze aan uw organisatie aan); stel voor elk een streefwaarde vast."
                )
            case .swot: ("Sales SWOT", "SWOT voor verkoop")
            case .matrix: ("Confrontation matrix", "Confrontatiematrix")
            case .issues: ("Strategic issues", "Strategische issues")
            case .coreProblem: ("Core problem", "Kernprobleem")
            case .cause: ("cause", "oorzaak")
            case .effect: ("effect", "gevolg")
            case .conclusion: ("conclusion", "conclusie")
            case .options:
                (
                    "Strategic options (suitability, feasibility, acceptability)",
                    "Strategische opties (geschiktheid, haalbaarheid, aanvaardbaarheid)"
                )
            case .option: ("option", "optie")
            case .total: ("total", "totaal")
            case .rank: ("rank", "rang")
            case .rejected: ("rejected", "afgewezen")
            case .noSurvivor:
                (
                    "No option survives the screens: formulate new options that solve the core problem, rather than choosing a rejected one.",
                    "Geen enkele optie doorstaat de toetsen: formuleer nieuwe opties die het kernprobleem oplossen, in plaats van een afgewezen optie te kiezen."
                )
            case .chosen: ("chosen", "gekozen")
            case .weights: ("weights", "gewichten")
            case .knockOut: ("knock-out", "knock-out")
            case .belowThreshold: ("scores below the threshold", "scoort onder de drempel")
            case .sensitivity:
                ("Sensitivity of the choice to the weights", "Gevoeligheid van de keuze voor de gewichten")
            case .staysBetween:
                (
                    "stays the winner while this weight is between {low} and {high}",
                    "blijft winnaar zolang dit gewicht tussen {low} en {high} ligt"
                )
            case .belowWins: ("below that, {option} wins", "daaronder wint {option}")
            case .aboveWins: ("above that, {option} wins", "daarboven wint {option}")
            case .and: ("and", "en")
            case .below: ("below", "daaronder")
            case .above: ("above", "daarboven")
            case .plan: ("Sales plan outline", "Opzet van het verkoopplan")
            case .toFill: ("to be filled in by the sales manager", "in te vullen door de salesmanager")
            case .expectations: ("Expectations", "Verwachtingen")
            case .met: ("met", "gehaald")
            case .expectOption: ("Best option", "Beste optie")
            case .expectRejected: ("Rejected option", "Afgewezen optie")
            case .notMet: ("NOT MET", "NIET GEHAALD")
            case .expected: ("expected", "verwacht")
            case .got: ("got", "kreeg")
            case .nothing: ("nothing", "niets")
            case .trace: ("Rule trace", "Regelspoor")
            case .legend:
                (
                    "Sources: 'study text' is the study notes on strategic sales planning, S1, S2, … the published sources behind the rules; [T] textbook or course material, [P] other published source, [I] our own inference.",
                    "Bronnen: 'studietekst' is de samenvatting over strategische verkoopplanning, S1, S2, … de gepubliceerde bronnen achter de regels; [T] leerboek of cursusmateriaal, [P] andere gepubliceerde bron, [I] eigen afleiding."
                )
            case .issueOpportunity: ("opportunity issue", "kansissue")
            case .issueProblem: ("problem issue", "probleemissue")
            case .score: ("score", "score")
            case .sum: ("sum", "som")
            case .points: ("points", "punten")
            case .continueAsIs: ("Continue as is", "Doorgaan zoals nu")
            case .continueAsIsName: ("continue-as-is", "doorgaan-zoals-nu")
            case .originAnswer: ("your answer", "uw antwoord")
            case .originScenario: ("given in the scenario", "gegeven in het scenario")
            case .originKb: ("knowledge base", "kennisbank")
            case .originDecided: ("the advisor's choice", "keuze van de adviseur")
            case .originConcluded: ("concluded", "geconcludeerd")
            case .originAsserted: ("derived by a rule", "afgeleid door een regel")
            case .retracted: ("retracted later", "later ingetrokken")
            case .rule: ("rule", "regel")
            case .rules: ("rules", "regels")
            case .from: ("from", "op grond van")
            case .combineLegend:
                (
                    "Certainties combine as in MYCIN: a ⊕ b = a + b(1 − a) when both are positive, a + b(1 + a) when both are negative, (a + b) / (1 − min(|a|, |b|)) otherwise; a rule adds its certainty × the least certainty of the facts it matched.",
                    "Zekerheden combineren zoals in MYCIN: a ⊕ b = a + b(1 − a) als beide positief zijn, a + b(1 + a) als beide negatief zijn, anders (a + b) / (1 − min(|a|, |b|)); een regel voegt zijn zekerheid × de laagste zekerheid van de feiten die hij gebruikte toe."
                )
            case .how: ("How", "Hoe")
            case .whyNot: ("Why not", "Waarom niet")
            case .statusReached: ("It is the recommendation", "Dit is het advies")
            case .statusLower: ("Concluded, but with less certainty:", "Geconcludeerd, maar met minder zekerheid:")
            case .has: ("has", "heeft")
            case .statusCapped:
                ("Concluded, but held back by a cap", "Geconcludeerd, maar tegengehouden door een plafond")
            case .byRule: ("by rule", "door regel")
            case .statusExcluded:
                (
                    "Ruled out: what defines it is absent here, says rule",
                    "Uitgesloten: wat deze waarde kenmerkt, ontbreekt hier, volgens regel"
                )
            case .statusRuledOut:
                (
                    "The evidence against it outweighs the evidence for it",
                    "Het bewijs ertegen weegt zwaarder dan het bewijs ervoor"
                )
            case .statusNotConcluded: ("No rule concluded it.", "Geen enkele regel concludeerde dit.")
            case .rulesThatCould: ("Rules that could conclude it", "Regels die dit kunnen concluderen")
            case .fired: ("fired", "toegepast")
            case .didNotFire: ("did not fire", "niet toegepast")
            case .needs: ("needs", "vraagt")
            case .found: ("found", "gevonden")
            case .noSuchFact: ("nothing (not answered)", "niets (niet beantwoord)")
            case .noPartner:
                (
                    "the facts exist but do not fit the rest of the rule",
                    "de feiten bestaan maar passen niet bij de rest van de regel"
                )
            case .blocked: ("blocked", "geblokkeerd")
            case .blockedBy: ("blocked by", "geblokkeerd door")
            case .testFalse: ("the test is false", "de test is onwaar")
            case .matchedOther:
                (
                    "its conditions hold, but it concluded another value",
                    "aan de voorwaarden is voldaan, maar de regel concludeerde een andere waarde"
                )
            case .noRules: ("(no rule concludes this value)", "(geen regel concludeert deze waarde)")
            case .wouldChange:
                ("Answers that would make it the recommendation", "Antwoorden die dit het advies zouden maken")
            case .noChangeFound: ("none within two changed answers", "geen binnen twee gewijzigde antwoorden")
            case .now: ("now", "nu")
            case .unanswered: ("unanswered", "onbeantwoord")
            case .whatIf: ("What if", "Wat als")
            case .alternativesNoChange:
                ("other answers change no recommendation", "andere antwoorden veranderen geen advies")
            case .reruns: ("re-runs", "herberekeningen")
            case .whyAsk: ("Why ask", "Waarom de vraag")
            case .answered: ("answered", "beantwoord")
            case .goal: ("goal", "doel")
            case .whyLegend:
                (
                    "[?] this question, [✓] holds now, [✗] does not hold yet, [·] known only with the rest of the rule.",
                    "[?] deze vraag, [✓] geldt nu, [✗] geldt nog niet, [·] pas te bepalen met de rest van de regel."
                )
            }
        }
    }

    subscript(_ key: Key) -> String {
        let texts = key.texts
        return language == .nl ? texts.nl : texts.en
    }

    /// The name of a SWOT issue's kind (`opportunity`, `problem`), or the kind itself.
    func issue(_ kind: String) -> String {
        switch kind {
        case "opportunity": self[.issueOpportunity]
        case "problem": self[.issueProblem]
        default: kind
        }
    }

    /// One of the phrases, for a front end.
    public static func word(_ key: Key, _ language: Language) -> String { Phrases(language: language)[key] }
}
