/// The document's own words, in English and Dutch (the knowledge base supplies the sales terms).
struct DocumentPhrases: Sendable {
    let language: Language

    /// Every phrase, by what it says; a phrase without both languages does not compile.
    enum Key: CaseIterable, Sendable {
        case salesPlan, date, preparedBy, preparedWith, theAdvice, clearChoice, optionChosen, noOptions,
            attention, noAttention, thePlan, appendix, toFill, situationIntro, objectivesBlank, swotBlank,
            optionsBlank, actionBlank, matrix, quadrantSO, quadrantST, quadrantWO, quadrantWT, total, perspective,
            kpi, weight, target, toSet, frequency, owner, action, addresses, quarter, knockedOut, chosen, rank,
            optionChart, alternativesChart, scorecardChart, csfIntro, issues, certainty, noRecommendation,
            option, scale, objective, noReport, successFactor, objectivesGiven, itAddresses, heldBackLine, heldBack,
            question,
            answer

        /// The English and the Dutch text.
        var texts: (en: String, nl: String) {
            switch self {
            case .salesPlan: ("Sales plan", "Verkoopplan")
            case .date: ("Date", "Datum")
            case .preparedBy: ("Prepared by", "Opgesteld door")
            case .preparedWith: ("Prepared with SalesAdvisor", "Opgesteld met SalesAdvisor")
            case .theAdvice: ("The advice", "Het advies")
            case .clearChoice:
                (
                    "Not a close call: the runner-up, {runner-up}, is more than one rule's worth of evidence behind.",
                    "Geen nipte keuze: de tweede keuze, {runner-up}, ligt meer dan één regel aan bewijs achter."
                )
            case .heldBackLine:
                (
                    "The runner-up, {runner-up} ({certainty}), is held back by a cap at {value}: {because}",
                    "De tweede keuze, {runner-up} ({certainty}), wordt tegengehouden door een plafond bij {value}: {because}"
                )
            case .heldBack: ("held back", "tegengehouden")
            case .question: ("Question", "Vraag")
            case .answer: ("Answer", "Antwoord")
            case .objective: ("Objective", "Doelstelling")
            case .noReport:
                (
                    "No situation gave advice; the messages where the program ran say why.",
                    "Geen enkele situatie gaf een advies; de meldingen waar het programma liep, zeggen waarom."
                )
            case .successFactor: ("Critical success factor", "Kritische succesfactor")
            case .objectivesGiven:
                (
                    "The sales objectives for the coming year, each measured by an indicator of the scorecard, with that indicator's review frequency and owner:",
                    "De verkoopdoelstellingen voor het komende jaar, elk gemeten met een indicator van de scorecard, met de frequentie en de eigenaar van die indicator:"
                )
            case .itAddresses: ("It addresses these strategic issues:", "Zij pakt deze strategische issues aan:")
            case .optionChosen: ("Option chosen", "Gekozen optie")
            case .noOptions:
                (
                    "No strategic options were given, so the plan chooses none.",
                    "Er zijn geen strategische opties opgegeven, dus het plan kiest er geen."
                )
            case .attention: ("Points of attention", "Aandachtspunten")
            case .noAttention:
                (
                    "The rules raise no particular point of attention.",
                    "De regels brengen geen bijzonder aandachtspunt naar voren."
                )
            case .thePlan: ("The plan", "Het plan")
            case .appendix: ("Appendix: the reasoning", "Bijlage: de redenering")
            case .toFill: ("to be filled in", "nog in te vullen")
            case .situationIntro:
                ("The customer's situation, as assessed:", "De situatie van de klant, zoals beoordeeld:")
            case .objectivesBlank:
                (
                    "The sales objectives for the coming year (turnover, margin, customer retention or share), each specific, measurable, agreed, realistic and timed (SMART).",
                    "De verkoopdoelstellingen voor het komende jaar (omzet, marge, klantbehoud of aandeel), elk specifiek, meetbaar, acceptabel, realistisch en tijdgebonden (SMART)."
                )
            case .swotBlank:
                (
                    "The SWOT of the sales department: at most five strengths, weaknesses, opportunities and threats each, their pairs scored in the confrontation matrix, the strategic issues and the core problem.",
                    "De SWOT van de verkoopafdeling: per kwadrant hoogstens vijf sterkten, zwakten, kansen en bedreigingen, hun paren gescoord in de confrontatiematrix, de strategische issues en het kernprobleem."
                )
            case .optionsBlank:
                (
                    "The strategic options that solve the core problem, each tested on suitability, feasibility and acceptability.",
                    "De strategische opties die het kernprobleem oplossen, elk getoetst op geschiktheid, haalbaarheid en aanvaardbaarheid."
                )
            case .actionBlank:
                (
                    "The actions that carry out the chosen option, each with an owner and a quarter.",
                    "De acties die de gekozen optie uitvoeren, elk met een eigenaar en een kwartaal."
                )
            case .matrix: ("Confrontation matrix", "Confrontatiematrix")
            case .quadrantSO: ("attack / grow", "aanvallen / groeien")
            case .quadrantST: ("defend", "verdedigen")
            case .quadrantWO: ("strengthen / improve", "versterken / verbeteren")
            case .quadrantWT: ("withdraw / change", "terugtrekken / veranderen")
            case .total: ("total", "totaal")
            case .perspective: ("Perspective", "Perspectief")
            case .kpi: ("Performance indicator", "Prestatie-indicator")
            case .weight: ("Weight", "Gewicht")
            case .target: ("Target", "Streefwaarde")
            case .toSet: ("to set", "vast te stellen")
            case .frequency: ("Frequency", "Frequentie")
            case .owner: ("Owner", "Eigenaar")
            case .action: ("Action", "Actie")
            case .addresses: ("Addresses", "Pakt aan")
            case .quarter: ("Quarter", "Kwartaal")
            case .knockedOut: ("knocked out", "valt af")
            case .chosen: ("chosen", "gekozen")
            case .rank: ("Rank", "Plaats")
            case .optionChart: ("The options on the three criteria", "De opties op de drie criteria")
            case .alternativesChart: ("How close the alternatives came", "Hoe dicht de alternatieven kwamen")
            case .scorecardChart: ("Weight of each indicator", "Gewicht van elke indicator")
            case .csfIntro:
                (
                    "The strategy worked out into critical success factors, and those into performance indicators in the four perspectives of the balanced scorecard:",
                    "De strategie uitgewerkt in kritische succesfactoren, en die in prestatie-indicatoren in de vier perspectieven van de balanced scorecard:"
                )
            case .issues: ("Strategic issues", "Strategische issues")
            case .certainty: ("certainty", "zekerheid")
            case .noRecommendation:
                ("The rules reach no recommendation here.", "De regels komen hier tot geen advies.")
            case .option: ("Option", "Optie")
            case .scale: ("scores from 1 to 5, weighted", "scores van 1 tot 5, gewogen")
            }
        }
    }

    subscript(_ key: Key) -> String { language == .nl ? key.texts.nl : key.texts.en }
}
