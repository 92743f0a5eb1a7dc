import Foundation
@_spi(Tooling) import RuleLanguage
import Testing

@testable import SalesAdvisor

/// The report as an HTML document: well-formed for every example scenario in both languages, no
/// rule name or key before the appendix, every user text escaped, the confrontation matrix's
/// totals, and a golden page.
struct HTMLDocumentTests {
    static func report(_ file: String, _ language: Language) throws -> Report {
        let source = try #require(FileSystem.contents(of: repositoryPath("rules/scenarios/" + file)))
        var scenario = try ScenarioParser.parse(source, file: file).get()
        scenario.language = language
        return try Evaluation(kb: bundledKB).evaluate(try Situation(scenario, kb: bundledKB))
    }

    static func page(_ report: Report, _ language: Language, info: DocumentInfo = DocumentInfo()) -> String {
        HTMLRenderer(language: language, info: info).render([report])
    }

    /// The text a reader sees before the appendix, without tags.
    static func visibleBeforeAppendix(_ html: String) -> String {
        let front = html.components(separatedBy: "<section class=\"appendix\">")[0]
        let body = front.components(separatedBy: "<body>").last ?? front
        return body.replacing(/<[^>]*>/, with: " ").replacingOccurrences(of: "&#39;", with: "'")
    }

    @Test(arguments: DutchWithoutEnglishTests.scenarios, [Language.en, .nl])
    func everyScenarioGivesAWellFormedPageWithoutNamesBeforeTheAppendix(_ file: String, _ language: Language) throws {
        let html = Self.page(try Self.report(file, language), language, info: DocumentInfo(date: "2026-12-07"))
        #expect(HTMLCheck.problems(html) == [], "\(file) \(language)")
        #expect(html.contains("<section class=\"plan\">") && html.contains("<section class=\"appendix\">"))
        let words = DutchWithoutEnglishTests.tokens(Self.visibleBeforeAppendix(html))
        let rules = Set(bundledKB.program.rules.map(\.name))
        #expect(words.isDisjoint(with: rules), "\(file) \(language): \(words.intersection(rules).sorted())")
        // Names of values, questions and templates are keys, never words of prose (unless the
        // knowledge base's own texts use the word, as "problem-solving" in English).
        let source = try #require(FileSystem.contents(of: repositoryPath("rules/scenarios/" + file)))
        let keys = DutchWithoutEnglishTests.keys.filter { $0.contains("-") }
            .subtracting(language == .en ? Self.englishWords : DutchWithoutEnglishTests.dutchWords)
            .subtracting(DutchWithoutEnglishTests.authorWords(source))
        let leaked = words.map { $0.lowercased() }.filter(keys.contains)
        #expect(leaked.isEmpty, "\(file) \(language): \(leaked.sorted())")
        #expect(!words.contains(OptionRanking.baseline))
    }

    /// Every English text of the knowledge base and the phrase tables: its words may appear.
    static let englishWords: Set<String> = {
        let base = bundledKB.ruleBase
        var texts: [String] = Phrases.Key.allCases.map(\.texts.en) + DocumentPhrases.Key.allCases.map(\.texts.en)
        for values in base.valueTexts.values { for t in values.values { texts.append(t["en"] ?? "") } }
        for g in base.goals { texts.append(g.texts["en"] ?? "") }
        for t in base.attributeTexts.values { texts.append(t["en"] ?? "") }
        for q in base.questions { texts.append(q.prompts["en"] ?? "") }
        for notes in base.ruleNotes { for t in notes.texts { texts.append(t.text("en") ?? "") } }
        return Set(texts.flatMap { DutchWithoutEnglishTests.tokens($0.lowercased()) })
    }()

    @Test func theCheckCatchesWhatEscapingPrevents() {
        #expect(HTMLCheck.problems("<p>fine &amp; well</p>") == [])
        #expect(!HTMLCheck.problems("<p>a <script>x</script></p>").isEmpty)
        #expect(!HTMLCheck.problems("<p>Tom & Jerry</p>").isEmpty)
        #expect(!HTMLCheck.problems("<p>1 < 2</p>").isEmpty)
        #expect(!HTMLCheck.problems("<div><p>open</div>").isEmpty)
        #expect(!HTMLCheck.problems("<p title=\"a\" class=x>t</p>").isEmpty)
        #expect(!HTMLCheck.problems("<p>\u{1B}[31m</p>").isEmpty)
    }

    @Test(arguments: [Language.en, .nl]) func everyUserTextIsEscaped(_ language: Language) throws {
        let hostile = [
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "Tom & Jerry's <b>", "a\u{1B}[31mred",
            "</style><style>body{display:none}", "' onmouseover='x",
        ]
        var builder = SituationBuilder(name: "x", title: hostile[0])
        builder.language = language
        for (q, v) in [("complexity", "high"), ("risk", "high"), ("added-value", "high"), ("customer-class", "a")] {
            builder.answer(q, v)
        }
        for (i, text) in hostile.enumerated() {
            builder.fact(
                "swot", ["id": "s\(i)", "kind": i % 2 == 0 ? "strength" : "threat", "text": text, "rank": "\(i + 1)"])
        }
        builder.fact("pair", ["internal": "s0", "external": "s1", "score": "-2"])
        for (i, text) in hostile.enumerated() {
            builder.fact("option", ["name": "o\(i)", "title": text, "fit": "yes", "cost": "low"])
        }
        let report = try bundledKB.advice(for: builder.build(kb: bundledKB))
        let info = DocumentInfo(customer: hostile[1], date: "2026-12-07", preparedBy: hostile[2])
        let html = Self.page(report, language, info: info)
        #expect(HTMLCheck.problems(html) == [], "\(HTMLCheck.problems(html).prefix(3))")
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Tom &amp; Jerry&#39;s"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.components(separatedBy: "</style>").count == 2, "one style sheet, closed once")
    }

    @Test func theMatrixHasItsTotalsAndQuadrants() throws {
        let report = try Self.report("it-outsourcing.scenario", .en)
        let document = DocumentBuilder(language: .en).document(report)
        let grid = try #require(
            document.plan.flatMap(\.blocks).compactMap { b -> ConfrontationGrid? in
                if case .matrix(let g) = b { return g } else { return nil }
            }.first)
        #expect(grid.rows.map(\.code) == ["S1", "S2", "W1", "W2"])
        #expect(grid.columns.map(\.code) == ["O1", "T1"])
        #expect(grid.rows.indices.map(grid.rowTotal) == [2, 1, -3, -2])
        #expect(grid.columns.indices.map(grid.columnTotal) == [1, -3])
        #expect(grid.quadrantTotal(strength: true, opportunity: true) == 2)
        #expect(grid.quadrantTotal(strength: false, opportunity: false) == -4)
        #expect(document.plan.count == 10)
        #expect(document.attention.count == 3)
        #expect(document.option?.title == "Joint innovation programme with the insurer's board")
        #expect(document.info.customer == "IT outsourcing for an insurer")
        // What the manager fills in is marked as such: the objectives and the action plan.
        let blanks = document.plan.filter { $0.blocks.contains { if case .blank = $0 { true } else { false } } }
        #expect(blanks.map(\.step) == ["objectives", "action-plan"])
    }

    @Test(arguments: [Language.en, .nl]) func pageMatchesGolden(_ language: Language) throws {
        let html = Self.page(
            try Self.report("it-outsourcing.scenario", language), language,
            info: DocumentInfo(date: "2026-12-07", preparedBy: "Anna Jansen"))
        let mismatch = Golden.mismatch(
            html, "Tests/SalesAdvisorTests/Fixtures/it-outsourcing.\(language.rawValue).html")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func aFileNameChoosesTheFormat() {
        #expect(ReportFormat(fileName: "advies.HTML") == .html)
        #expect(ReportFormat(fileName: "a.htm") == .html)
        #expect(ReportFormat(fileName: "a.json") == .json)
        #expect(ReportFormat(fileName: "a.txt") == .text)
        #expect(ReportFormat(fileName: "a.csv") == .csv)
        #expect(ReportFormat(fileName: "advice.md") == .markdown)
        #expect(ReportFormat(fileName: "advice") == .markdown)
    }
}
