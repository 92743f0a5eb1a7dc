/// The report's own words, in English and Dutch. The knowledge base supplies everything about
/// sales (labels of topics and values, explanations); these are the words around them.
public struct Phrases {
    let language: Language

    static let table: [String: (en: String, nl: String)] = [
        "advice": ("Sales advice", "Verkoopadvies"),
        "situation": ("Situation", "Situatie"),
        "certainty": ("certainty", "zekerheid"),
        "runner-up": ("runner-up", "tweede keuze"),
        "lost-on-certainty": ("lower certainty", "lagere zekerheid"),
        "tied": ("a tie", "gelijke stand"),
        "decision": ("the advisor's decision", "beslissing van de adviseur"),
        "option-knocked-out": ("It is knocked out:", "Zij valt af:"),
        "option-is-winner": ("It is the option chosen.", "Dit is de gekozen optie."),
        "option-ranked": (
            "It ranks {rank}, with a total of {total} against {winnerTotal} for {winner}; per criterion, on the 1-5 scale:",
            "Zij staat op plaats {rank}, met een totaal van {total} tegen {winnerTotal} voor {winner}; per criterium, op de schaal 1-5:"
        ),
        "behind-weighted": ("behind, weighted", "achter, gewogen"),
        "against": ("against", "tegen"),
        "means": ("what this means", "wat dit betekent"),
        "means-heading": ("What this means", "Wat dit betekent"),
        "close-call": (
            "close call: {runner-up} ({certainty}) is less than one rule's worth of evidence behind",
            "nipte keuze: {runner-up} ({certainty}) ligt minder dan één regel aan bewijs achter"
        ),
        "tipped-by": ("it would tip with", "de keuze valt anders uit bij"),
        "no-single-tip": ("no single answer tips it", "geen enkel antwoord alleen doet de keuze omslaan"),
        "held-back": ("held back by a cap at", "tegengehouden door een plafond bij"),
        "tie": (
            "tie: the certainties are equal; the earlier value in the knowledge base's order is shown first",
            "gelijke stand: de zekerheden zijn gelijk; de eerdere waarde in de volgorde van de kennisbank staat voorop"
        ),
        "why": ("why", "waarom"),
        "others": ("other values", "andere waarden"),
        "undetermined": (
            "no conclusion: no rule applied to this situation", "geen conclusie: geen regel was van toepassing"
        ),
        "only-against": ("no conclusion: only evidence against", "geen conclusie: alleen bewijs tegen"),
        "kpis": ("Performance indicators (balanced scorecard)", "Prestatie-indicatoren (balanced scorecard)"),
        "weight": ("weight", "gewicht"),
        "frequency": ("frequency", "frequentie"),
        "owner": ("owner", "eigenaar"),
        "kpi-targets": (
            "The critical success factors above, measured in the four perspectives (strategy → critical success factors → performance indicators, as Kaplan and Norton built the scorecard). Each with its weight for this situation, how often it is reviewed and by whom (frequencies and owners are our defaults [I]: adjust them to your organisation); set a target value for each.",
            "De kritische succesfactoren hierboven, gemeten in de vier perspectieven (strategie → kritische succesfactoren → prestatie-indicatoren, zoals Kaplan en Norton de scorecard opbouwden). Elk met zijn gewicht voor deze situatie, hoe vaak en door wie het wordt gevolgd (frequenties en eigenaren zijn onze standaardkeuze [I]: pas ze aan uw organisatie aan); stel voor elk een streefwaarde vast."
        ),
        "swot": ("Sales SWOT", "SWOT voor verkoop"),
        "matrix": ("Confrontation matrix", "Confrontatiematrix"),
        "issues": ("Strategic issues", "Strategische issues"),
        "core-problem": ("Core problem", "Kernprobleem"),
        "cause": ("cause", "oorzaak"),
        "effect": ("effect", "gevolg"),
        "conclusion": ("conclusion", "conclusie"),
        "options": (
            "Strategic options (suitability, feasibility, acceptability)",
            "Strategische opties (geschiktheid, haalbaarheid, aanvaardbaarheid)"
        ),
        "option": ("option", "optie"),
        "total": ("total", "totaal"),
        "rank": ("rank", "rang"),
        "rejected": ("rejected", "afgewezen"),
        "no-survivor": (
            "No option survives the screens: formulate new options that solve the core problem, rather than choosing a rejected one.",
            "Geen enkele optie doorstaat de toetsen: formuleer nieuwe opties die het kernprobleem oplossen, in plaats van een afgewezen optie te kiezen."
        ),
        "chosen": ("chosen", "gekozen"),
        "weights": ("weights", "gewichten"),
        "knock-out": ("knock-out", "knock-out"),
        "below-threshold": ("scores below the threshold", "scoort onder de drempel"),
        "sensitivity": ("Sensitivity of the choice to the weights", "Gevoeligheid van de keuze voor de gewichten"),
        "stays-between": (
            "stays the winner while this weight is between {low} and {high}",
            "blijft winnaar zolang dit gewicht tussen {low} en {high} ligt"
        ),
        "below-wins": ("below that, {option} wins", "daaronder wint {option}"),
        "above-wins": ("above that, {option} wins", "daarboven wint {option}"),
        "and": ("and", "en"),
        "below": ("below", "daaronder"),
        "above": ("above", "daarboven"),
        "wins": ("wins", "wint"),
        "plan": ("Sales plan outline", "Opzet van het verkoopplan"),
        "to-fill": ("to be filled in by the sales manager", "in te vullen door de salesmanager"),
        "expectations": ("Expectations", "Verwachtingen"),
        "met": ("met", "gehaald"),
        "expect-option": ("Best option", "Beste optie"),
        "expect-rejected": ("Rejected option", "Afgewezen optie"),
        "not-met": ("NOT MET", "NIET GEHAALD"),
        "expected": ("expected", "verwacht"),
        "got": ("got", "kreeg"),
        "nothing": ("nothing", "niets"),
        "trace": ("Rule trace", "Regelspoor"),
        "legend": (
            "Sources: 'study text' is the study notes on strategic sales planning, S1, S2, … the published sources behind the rules; [T] textbook or course material, [P] other published source, [I] our own inference.",
            "Bronnen: 'studietekst' is de samenvatting over strategische verkoopplanning, S1, S2, … de gepubliceerde bronnen achter de regels; [T] leerboek of cursusmateriaal, [P] andere gepubliceerde bron, [I] eigen afleiding."
        ),
        "rules-fired": ("rules fired", "regels toegepast"),
        "issue-opportunity": ("opportunity issue", "kansissue"),
        "issue-problem": ("problem issue", "probleemissue"),
        "score": ("score", "score"),
        "sum": ("sum", "som"),
        "points": ("points", "punten"),
        "scale": ("scaled 1-5", "schaal 1-5"),
        "continue-as-is": ("Continue as is", "Doorgaan zoals nu"),
        "continue-as-is-name": ("continue-as-is", "doorgaan-zoals-nu"),
        "origin-answer": ("your answer", "uw antwoord"),
        "origin-scenario": ("given in the scenario", "gegeven in het scenario"),
        "origin-kb": ("knowledge base", "kennisbank"),
        "origin-decided": ("the advisor's choice", "keuze van de adviseur"),
        "origin-concluded": ("concluded", "geconcludeerd"),
        "origin-asserted": ("derived by a rule", "afgeleid door een regel"),
        "retracted": ("retracted later", "later ingetrokken"),
        "rule": ("rule", "regel"),
        "rules": ("rules", "regels"),
        "from": ("from", "op grond van"),
        "combine-legend": (
            "Certainties combine as in MYCIN: a ⊕ b = a + b(1 − a) when both are positive, a + b(1 + a) when both are negative, (a + b) / (1 − min(|a|, |b|)) otherwise; a rule adds its certainty × the least certainty of the facts it matched.",
            "Zekerheden combineren zoals in MYCIN: a ⊕ b = a + b(1 − a) als beide positief zijn, a + b(1 + a) als beide negatief zijn, anders (a + b) / (1 − min(|a|, |b|)); een regel voegt zijn zekerheid × de laagste zekerheid van de feiten die hij gebruikte toe."
        ),
        "how": ("How", "Hoe"),
        "why-not": ("Why not", "Waarom niet"),
        "status-reached": ("It is the recommendation", "Dit is het advies"),
        "status-lower": ("Concluded, but with less certainty:", "Geconcludeerd, maar met minder zekerheid:"),
        "has": ("has", "heeft"),
        "status-capped": ("Concluded, but held back by a cap", "Geconcludeerd, maar tegengehouden door een plafond"),
        "by-rule": ("by rule", "door regel"),
        "status-excluded": (
            "Ruled out: what defines it is absent here, says rule",
            "Uitgesloten: wat deze waarde kenmerkt, ontbreekt hier, volgens regel"
        ),
        "status-ruled-out": (
            "The evidence against it outweighs the evidence for it",
            "Het bewijs ertegen weegt zwaarder dan het bewijs ervoor"
        ),
        "status-not-concluded": ("No rule concluded it.", "Geen enkele regel concludeerde dit."),
        "rules-that-could": ("Rules that could conclude it", "Regels die dit kunnen concluderen"),
        "fired": ("fired", "toegepast"),
        "did-not-fire": ("did not fire", "niet toegepast"),
        "needs": ("needs", "vraagt"),
        "found": ("found", "gevonden"),
        "no-such-fact": ("nothing (not answered)", "niets (niet beantwoord)"),
        "no-partner": (
            "the facts exist but do not fit the rest of the rule",
            "de feiten bestaan maar passen niet bij de rest van de regel"
        ),
        "blocked": ("blocked", "geblokkeerd"),
        "blocked-by": ("blocked by", "geblokkeerd door"),
        "test-false": ("the test is false", "de test is onwaar"),
        "matched-other": (
            "its conditions hold, but it concluded another value",
            "aan de voorwaarden is voldaan, maar de regel concludeerde een andere waarde"
        ),
        "no-rules": ("(no rule concludes this value)", "(geen regel concludeert deze waarde)"),
        "would-change": ("Answers that would make it the recommendation", "Antwoorden die dit het advies zouden maken"),
        "no-change-found": ("none within two changed answers", "geen binnen twee gewijzigde antwoorden"),
        "now": ("now", "nu"),
        "unanswered": ("unanswered", "onbeantwoord"),
        "what-if": ("What if", "Wat als"),
        "alternatives-no-change": (
            "other answers change no recommendation", "andere antwoorden veranderen geen advies"
        ),
        "reruns": ("re-runs", "herberekeningen"),
        "why-ask": ("Why ask", "Waarom de vraag"),
        "answered": ("answered", "beantwoord"),
        "goal": ("goal", "doel"),
        "why-legend": (
            "[?] this question, [✓] holds now, [✗] does not hold yet, [·] known only with the rest of the rule.",
            "[?] deze vraag, [✓] geldt nu, [✗] geldt nog niet, [·] pas te bepalen met de rest van de regel."
        ),
    ]

    subscript(_ key: String) -> String {
        guard let entry = Phrases.table[key] else { return key }
        return language == .nl ? entry.nl : entry.en
    }

    /// One of the phrases, for a front end.
    public static func word(_ key: String, _ language: Language) -> String { Phrases(language: language)[key] }
}
