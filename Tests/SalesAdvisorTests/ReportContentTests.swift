import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

/// A format that shows only the advice (CSV, compact JSON lines) gets a report built without the
/// reasons, and writes exactly what it wrote from the whole report: for every example scenario (with
/// options, SWOT, expectations, caps) and a grid of answer-only situations, in both languages.
@Suite("Report content by format")
struct ReportContentTests {
    static func situations() throws -> [Situation] {
        var all: [Situation] = []
        for name in repositoryFiles(in: "rules/scenarios", endingIn: ".scenario") {
            let text = try String(contentsOfFile: repositoryPath("rules/scenarios/" + name), encoding: .utf8)
            all.append(try Situation(try ScenarioParser.parse(text, file: name).get(), kb: bundledKB))
        }
        for complexity in ["low", "medium", "high"] {
            for risk in ["low", "high"] {
                for customerClass in ["a", "d"] {
                    let sets = try ["complexity=\(complexity)", "risk=\(risk)", "customer-class=\(customerClass)"].map {
                        try ScenarioParser.parseSet($0).get()
                    }
                    all.append(
                        try Situation(try ScenarioParser.parse("", file: "grid").get(), sets: sets, kb: bundledKB))
                }
            }
        }
        return all
    }

    @Test(
        "CSV and compact JSON lines write the same from the advice as from the whole report",
        arguments: [ReportFormat.csv, .jsonl], [Language.en, .nl])
    func sameOutput(format: ReportFormat, language: Language) throws {
        let renderer = format.renderer(language: language, goals: bundledKB.ruleBase.goals.map(\.name))
        #expect(renderer.content == (format == .csv ? .recommendations : .advice))
        var full = Evaluation(kb: bundledKB)
        full.printed = { _ in }
        var advice = full
        advice.content = renderer.content
        let situations = try Self.situations()
        #expect(situations.count > 20)
        for situation in situations {
            let whole = try full.evaluate(situation)
            let short = try advice.evaluate(situation)
            #expect(renderer.render(short, how: []) == renderer.render(whole, how: []), "\(situation.name)")
            // The advice really is shorter: no reasons, no plan, no trace; a row not even the KPIs
            // or the topics that are not goals.
            #expect(short.plan.isEmpty && short.topics.allSatisfy { $0.values.allSatisfy(\.contributions.isEmpty) })
            if renderer.content == .recommendations {
                let named = Set(situation.expectations.map(\.topic))
                #expect(short.kpis.isEmpty && short.topics.allSatisfy { $0.isGoal || named.contains($0.topic) })
            }
        }
    }

    @Test(
        "the formats a reader reads in full get the whole report",
        arguments: [ReportFormat.text, .markdown, .json, .html])
    func fullFormats(format: ReportFormat) {
        #expect(format.renderer(language: .en, goals: []).content == .full)
    }
}
