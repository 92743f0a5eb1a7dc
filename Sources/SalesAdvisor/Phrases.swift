/// The report's own words, in English and Dutch. The knowledge base supplies everything about
/// sales (labels of topics and values, explanations); these are the words around them.
struct Phrases {
    let language: String

    private static let table: [String: (en: String, nl: String)] = [
        "advice": ("Advice", "Advies"),
        "situation": ("Situation", "Situatie"),
        "certainty": ("certainty", "zekerheid"),
        "runner-up": ("runner-up", "tweede keus"),
        "lost-on-certainty": ("lower certainty", "lagere zekerheid"),
        "against": ("against", "tegen"),
        "held-back": ("held back by a cap at", "tegengehouden door een plafond bij"),
        "tie": ("tie: the certainties are equal; the earlier value in the knowledge base's order is shown first",
                "gelijke stand: de zekerheden zijn gelijk; de eerdere waarde in de volgorde van de kennisbank staat voorop"),
        "why": ("why", "waarom"),
        "others": ("other values", "andere waarden"),
        "undetermined": ("no conclusion: no rule applied to this situation", "geen conclusie: geen regel was van toepassing"),
        "kpis": ("Performance indicators (balanced scorecard)", "Prestatie-indicatoren (balanced scorecard)"),
        "weight": ("weight", "gewicht"),
        "swot": ("Sales SWOT", "SWOT voor verkoop"),
        "matrix": ("Confrontation matrix", "Confrontatiematrix"),
        "issues": ("Strategic issues", "Strategische issues"),
        "core-problem": ("Core problem", "Kernprobleem"),
        "cause": ("cause", "oorzaak"),
        "effect": ("effect", "gevolg"),
        "conclusion": ("conclusion", "conclusie"),
        "options": ("Strategic options (suitability, feasibility, acceptability)",
                    "Strategische opties (geschiktheid, haalbaarheid, aanvaardbaarheid)"),
        "option": ("option", "optie"),
        "total": ("total", "totaal"),
        "rank": ("rank", "rang"),
        "rejected": ("rejected", "afgewezen"),
        "chosen": ("chosen", "gekozen"),
        "weights": ("weights", "gewichten"),
        "knock-out": ("knock-out", "knock-out"),
        "below-threshold": ("scores below the threshold", "scoort onder de drempel"),
        "sensitivity": ("Sensitivity of the choice to the weights", "Gevoeligheid van de keuze voor de gewichten"),
        "stays-between": ("stays the winner while this weight is between", "blijft winnaar zolang dit gewicht ligt tussen"),
        "and": ("and", "en"),
        "below": ("below", "daaronder"),
        "above": ("above", "daarboven"),
        "wins": ("wins", "wint"),
        "plan": ("Sales plan outline", "Opzet van het verkoopplan"),
        "to-fill": ("to be filled in by the sales manager", "in te vullen door de salesmanager"),
        "expectations": ("Expectations", "Verwachtingen"),
        "met": ("met", "gehaald"),
        "not-met": ("NOT MET", "NIET GEHAALD"),
        "expected": ("expected", "verwacht"),
        "got": ("got", "kreeg"),
        "nothing": ("nothing", "niets"),
        "trace": ("Rule trace", "Regelspoor"),
        "legend": ("Sources: [T] textbook or course material, [P] other published source, [I] our own inference (DOMAIN.md).",
                   "Bronnen: [T] leerboek of cursusmateriaal, [P] andere gepubliceerde bron, [I] eigen afleiding (DOMAIN.md)."),
        "rules-fired": ("rules fired", "regels afgevuurd"),
        "issue-opportunity": ("opportunity issue", "kansissue"),
        "issue-problem": ("problem issue", "probleemissue"),
        "score": ("score", "score"),
        "sum": ("sum", "som"),
        "points": ("points", "punten"),
        "scale": ("scaled 1-5", "schaal 1-5"),
        "continue-as-is": ("Continue as is", "Doorgaan zoals nu"),
    ]

    subscript(_ key: String) -> String {
        guard let entry = Phrases.table[key] else { return key }
        return language == "nl" ? entry.nl : entry.en
    }

    /// The languages the report speaks.
    static let languages = ["en", "nl"]
}
