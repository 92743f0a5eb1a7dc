@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// Every example scenario in rules/scenarios checks against the knowledge base and gets the advice
/// its author expected (each file says why in its comments).
@Suite struct ScenarioTests {
    static let files: [String] = FileSystem.files(under: repositoryPath("rules/scenarios")).filter {
        $0.hasSuffix(".scenario")
    }

    static func load(_ path: String) throws -> Report {
        let text = try #require(FileSystem.contents(of: path))
        let scenario = try ScenarioParser.parse(text, file: path).get()
        return try Evaluation(kb: bundledKB).evaluate(try Situation(scenario, kb: bundledKB))
    }

    @Test func thereAreAtLeastTenScenarios() {
        #expect(Self.files.count >= 10)
    }

    @Test(arguments: files) func scenarioMeetsItsExpectations(_ path: String) throws {
        let report = try Self.load(path)
        #expect(!report.expectations.isEmpty, "\(path) states no expected advice")
        #expect(report.expectations.contains { $0.topic == "approach" }, "\(path) does not state the expected approach")
        for e in report.expectations {
            #expect(e.met, "\(path): expected \(e.topic) = \(e.expected), got \(e.actual ?? "nothing")")
        }
        // Every conclusion has an explanation that names its rules and their sources, in both languages.
        for topic in report.topics {
            for value in topic.values {
                #expect(!value.contributions.isEmpty)
                for r in value.contributions {
                    #expect(r.source != nil && r.confidence != nil, "\(path): \(r.rule) lacks its source")
                    #expect(r.because["en"] != nil && r.because["nl"] != nil, "\(path): \(r.rule) lacks an explanation")
                }
            }
        }
    }

    @Test func atLeastThreeScenariosRankThreeOptionsWithKnockOutsAndSensitivity() throws {
        var qualifying = 0
        for path in Self.files {
            let report = try Self.load(path)
            guard let ranking = report.options else { continue }
            let names = ranking.options.map(\.name)
            if names.count >= 4, names.contains("continue-as-is"), ranking.options.contains(where: \.rejected),
                ranking.sensitivity.count == 3
            {
                qualifying += 1
            }
        }
        #expect(qualifying >= 3)
    }
}

/// The scenario format: statements, and errors that name the field and list the valid values.
@Suite struct ScenarioFormatTests {
    func situation(_ text: String) throws(InputError) -> Situation {
        switch ScenarioParser.parse(text, file: "s.scenario") {
        case .success(let s): return try Situation(s, kb: bundledKB)
        case .failure(let e): throw e
        }
    }

    func error(_ text: String) -> InputError? {
        do {
            _ = try situation(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func textsPerLanguageReplaceThePlainTextInThatLanguageOnly() throws {
        let text = """
            title "Office supplies" nl "Kantoorartikelen"
            swot w1 kind=weakness text="No web shop" text.nl="Geen webwinkel"
            swot t1 kind=threat text="Marketplaces" text.nl="Marktplaatsen"
            pair w1 external=t1 score=-2
            option web-shop fit=yes title="Web shop" title.nl="Webwinkel"
            """
        var scenario = try ScenarioParser.parse(text, file: "s.scenario").get()
        for (language, title, words) in [
            (nil, "Office supplies", ["No web shop", "Web shop"]),
            (Language.en, "Office supplies", ["No web shop", "Web shop"]),
            (.nl, "Kantoorartikelen", ["Geen webwinkel", "Webwinkel"]),
        ] {
            scenario.language = language
            let situation = try Situation(scenario, kb: bundledKB)
            #expect(situation.title == title)
            let report = try Evaluation(kb: bundledKB).evaluate(situation)
            let rendered = TextReport(language: language ?? .en).render(report)
            for w in words {
                #expect(
                    rendered.contains("'\(w)'") || rendered.contains(": \(w)") || rendered.contains(w),
                    "\(language?.rawValue ?? "-"): \(w)")
            }
            let other = language == .nl ? "No web shop" : "Geen webwinkel"
            #expect(!rendered.contains(other), "\(language?.rawValue ?? "-") shows \(other)")
        }
        #expect(error("option x fit.nl=yes")?.message.contains("only a text slot") == true)
        #expect(error("swot s1 kind=strength text=\"a\" text.dutch=\"b\"")?.message.contains("SLOT.LANGUAGE") == true)
        #expect(error("swot s1 kind=strength colour.nl=\"b\"")?.message.contains("only a text slot") == true)
        #expect(error("title \"a\" nl")?.message.contains("one per language") == true)
    }

    /// Every text of the example scenarios has its Dutch version, so their Dutch reports read in Dutch.
    @Test func theExampleScenariosGiveEveryTextInDutch() throws {
        for path in ScenarioTests.files {
            let text = try #require(FileSystem.contents(of: path))
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                if line.hasPrefix("title ") { #expect(line.contains(" nl \""), "\(path): \(line)") }
                for slot in ["text", "title"] where line.contains(" \(slot)=\"") {
                    #expect(line.contains(" \(slot).nl=\""), "\(path): \(line)")
                }
            }
        }
    }

    @Test func readsAnswersFactsExpectationsAndComments() throws {
        let s = try situation(
            """
            # a comment
            title "Test"
            complexity = high   # trailing comment
            risk=low
            added-value = medium certainty 0.8
            option web-shop fit=yes title="Web shop with # in it"
            expect approach = system-selling
            """)
        #expect(s.title == "Test")
        #expect(s.answers.map(\.name) == ["complexity", "risk", "added-value"])
        #expect(s.facts.count == 4)
        #expect(s.facts[2].certainty == 0.8)
        #expect(s.facts[3].slots.contains(.string("Web shop with # in it")))
        #expect(s.expectations.map(\.value) == ["system-selling"])
    }

    @Test func anAnswerKeepsWhereItComesFrom() throws {
        guard case .success(let s) = ScenarioParser.parse("\n  risk = high certainty 0.5\n", file: "s.scenario") else {
            Issue.record("the scenario did not parse")
            return
        }
        let a = try #require(s.answers.first)
        #expect((a.question, a.value, a.certainty, a.isPreset) == ("risk", "high", 0.5, true))
        #expect(a.place.map { "\($0.file):\($0.line):\($0.column)" } == "s.scenario:2:3")
        #expect(a.valuePlace.map { "\($0.line):\($0.column)" } == "2:10")
        let set = try ScenarioParser.parseSet("risk=low").get()
        #expect(set.place?.file == "--set risk=low" && set.isPreset)
        let typed = Answer(question: "risk", value: nil)
        #expect(typed.origin == .typed && !typed.isPreset && typed.place == nil)
        // A typed answer goes into a situation as it is, without a place of its own.
        var builder = SituationBuilder(name: "t")
        builder.answer(Answer(question: "risk", value: "medium", certainty: 0.4))
        builder.answer(Answer(question: "complexity", value: nil))
        let built = try builder.build(kb: bundledKB)
        #expect(built.answers.map(\.name) == ["risk"])
        #expect(built.facts.first?.certainty == 0.4)
    }

    @Test func unknownValueNamesTheFieldAndTheValidValues() throws {
        let e = try #require(error("risk = hgh"))
        #expect(
            e.rendered.hasPrefix(
                "s.scenario:1:8: error: 'hgh' is not a value of risk; did you mean 'high'?; the values are: low, medium, high"
            ))
        #expect(e.rendered.contains("1 | risk = hgh\n  |        ^"))
    }

    @Test func unknownAnswerSuggestsAndListsTheAnswers() throws {
        let e = try #require(error("complexty = high"))
        #expect(e.message.contains("unknown answer 'complexty'; did you mean 'complexity'?"))
        #expect(e.message.contains("the answers are: complexity, risk, added-value"))
    }

    @Test func concludedTopicsAreNotAnswers() throws {
        let e = try #require(error("approach = transactional"))
        #expect(e.message.hasPrefix("'approach' is concluded by the knowledge base, not an answer"))
    }

    @Test func unknownSlotListsTheSlots() throws {
        let e = try #require(error("option web-shop cots=low"))
        #expect(e.message.contains("'option' has no slot 'cots'; did you mean 'cost'?"))
        #expect(e.message.contains("its slots are: name, title, fit"))
        #expect(e.place?.column == 17)
    }

    @Test func wrongTypesAndBrokenLinesAreErrors() throws {
        #expect(error("pair s1 external=o1 score=high")?.message == "pair.score takes a whole number, found 'high'")
        #expect(error("title \"unterminated")?.message == "unterminated string: add the closing '\"'")
        #expect(error("expect approach transactional")?.message.hasPrefix("write an expectation as") == true)
        #expect(error("complexity")?.message.hasPrefix("expected 'NAME = VALUE'") == true)
        #expect(
            error("expect approach = nonsense")?.message.contains("the values are: transactional, system-selling")
                == true)
    }
}
