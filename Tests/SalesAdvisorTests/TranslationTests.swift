import RuleEngine
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// The Dutch advice reads without English keys: every text of the knowledge base exists in both
/// languages, and the reports show labels (issue 13, "Dutch without English").
@Suite struct TranslationTests {
    var base: RuleBase { bundledKB.ruleBase }

    @Test func everyQuestionHasAPromptAndALabelInBothLanguages() {
        for q in base.questions {
            #expect(q.prompts["en"]?.isEmpty == false && q.prompts["nl"]?.isEmpty == false, "prompt of \(q.name)")
            let label = bundledKB.label(ofAttribute: q.attribute)
            #expect(label["en"]?.isEmpty == false && label["nl"]?.isEmpty == false, "label of \(q.name)")
            #expect(label["en"] != q.prompts["en"], "the label of \(q.name) is a short name, not the question")
        }
    }

    @Test func everyEnumerationValueGoalAndRuleTextIsInDutch() {
        for (enumName, values) in base.valueTexts {
            for (value, texts) in values { #expect(texts["nl"]?.isEmpty == false, "\(enumName).\(value)") }
        }
        for goal in base.goals { #expect(goal.texts["nl"]?.isEmpty == false, "goal \(goal.name)") }
        for (index, rule) in base.program.rules.enumerated() {
            for text in base.notes(index).texts {
                #expect(text.text("nl")?.isEmpty == false, "a 'because' of \(rule.name) has no Dutch")
                #expect(text.text("nl")?.contains(".md") == false, "\(rule.name) names a file the user does not have")
            }
        }
    }

    @Test(arguments: [
        "office-supplies-reseller", "hospital-equipment", "it-outsourcing", "machine-builder-service",
        "construction-consortium",
    ])
    func theDutchSituationShowsLabelsNotKeys(_ name: String) throws {
        let text = try #require(FileSystem.contents(of: repositoryPath("rules/scenarios/\(name).scenario")))
        let scenario = try ScenarioParser.parse(text, file: "\(name).scenario").get()
        let report = try Evaluation(kb: bundledKB).evaluate(try Situation(scenario, kb: bundledKB))
        let dutch = TextReport(language: .nl).render(report)
        let situation = try #require(
            dutch.components(separatedBy: "Situatie\n").dropFirst().first?.components(separatedBy: "\n\n").first)
        for q in base.questions {
            #expect(!situation.contains("\(q.name) ="), "\(name): the key \(q.name) in the Dutch situation")
            #expect(!situation.contains("  \(q.name):"), "\(name): the key \(q.name) in the Dutch situation")
        }
        // No developer words: the study notes are the 'studietekst', no file is named.
        for word in [" seed ", "(seed", ".md", "afgevuurd", "Advies: situation"] {
            #expect(!dutch.contains(word), "\(name): '\(word)'")
        }
        // The recommendation's line gives its certainty, not the value's key.
        for topic in report.topics where topic.isGoal {
            if let top = topic.top { #expect(!dutch.contains("  \(top.value), zekerheid")) }
        }
    }

    @Test func aTieSaysTieInTheRunnerUpLine() throws {
        // Two values of equal certainty from one rule.
        let source = """
            enum verdict-kind { go stop }
            enum level { low high }
            ask size: level label en "Size" nl "Omvang" en "How big?" nl "Hoe groot?"
            attribute verdict: verdict-kind en "Verdict" nl "Oordeel"
            goal verdict en "Verdict" nl "Oordeel"
            rule even
              when
                size is low
              then
                conclude verdict = go certainty 0.4
                conclude verdict = stop certainty 0.4
            end

            """
        let result = RuleLoader(root: "/t") { $0 == "/t/t.rules" ? source : nil }.load(["/t/t.rules"])
        let loaded = KnowledgeBase(
            ruleBase: try #require(result.ruleBase, "\(result.renderedDiagnostics)"), origin: "test")
        let scenario = try ScenarioParser.parse("size = low\n", file: "t.scenario").get()
        let report = try Evaluation(kb: loaded).evaluate(try Situation(scenario, kb: loaded))
        let nl = TextReport(language: .nl).render(report)
        #expect(nl.contains("Omvang: low"))
        #expect(nl.contains("gelijke stand, 0,40 tegen 0,40"), "\(nl)")
        #expect(!nl.contains("lagere zekerheid"))
        #expect(TextReport(language: .en).render(report).contains("a tie, 0.40 against 0.40"))
    }

    @Test func onlyEvidenceAgainstIsSaid() throws {
        let report = try evaluate(["management-commitment": "low", "complexity": "low"])
        let leadership = try #require(report.topic("leadership"))
        #expect(leadership.top == nil)
        #expect(leadership.against.map(\.value) == ["mbo"])
        #expect(leadership.against.first?.rules == ["f1-low-commitment"])
        let en = TextReport(language: .en).render(report)
        #expect(
            en.contains(
                "no conclusion: only\n  evidence against: management by objectives (MBO) (-0.40; f1-low-commitment)"),
            "\(en)")
        #expect(TextReport(language: .nl).render(report).contains("alleen\n  bewijs tegen"))
        // With no rule at all, it says that.
        #expect(
            TextReport(language: .en).render(try evaluate(["complexity": "low"])).contains(
                "leadership style for the sales manager: no conclusion: no rule\n  applied"))
    }

    @Test func dutchTermsAndWordOrderAsATeacherWritesThem() throws {
        let text = try #require(
            FileSystem.contents(of: repositoryPath("rules/scenarios/hospital-equipment.scenario")))
        let report = try Evaluation(kb: bundledKB).evaluate(
            try Situation(try ScenarioParser.parse(text, file: "h.scenario").get(), kb: bundledKB))
        let nl = TextReport(language: .nl).render(report)
        #expect(nl.contains(" aanvaardbaarheid ") && !nl.contains("aanvaardbaarh "), "no cut-off column header")
        #expect(
            nl.contains("zolang dit gewicht tussen") && nl.contains(" ligt"), "the verb last in the subordinate clause")
        #expect(nl.contains("daaronder wint") || nl.contains("daarboven wint"))
        #expect(!nl.contains("kostleiderschap"))
        let terms = bundledKB.ruleBase.valueTexts
        #expect(terms["kpi-kind"]?["employee-retention"]?["nl"] == "medewerkersretentie")
        #expect(terms["kpi-kind"]?["cost-to-serve"]?["nl"]?.hasPrefix("bedieningskosten per klant") == true)
        #expect(terms["leadership-kind"]?["mbo"]?["nl"] == "leiden door doelstellingen (MBO)")
        #expect(terms["leadership-kind"]?["mbe"]?["nl"] == "leidinggeven bij uitzondering (MBE)")
        #expect(terms["experience-kind"]?["junior"]?["nl"]?.hasPrefix("onervaren team") == true)
    }
}
