import Foundation
import RuleEngine
@_spi(Tooling) import SalesAdvisor
import Testing

/// A batch worker keeps one engine for all its situations (``Evaluation/run(_:reusing:)``): every
/// report, with its trace, is the one a new engine gives, whatever ran on the engine before.
@Suite("Evaluation on a reused engine")
struct EvaluationReuseTests {
    @Test(
        "each report is the one a new engine gives, in every format's content",
        arguments: [ReportContent.full, .advice, .recommendations])
    func sameReports(content: ReportContent) throws {
        var evaluation = Evaluation(kb: bundledKB)
        evaluation.printed = { _ in }
        evaluation.content = content
        evaluation.recordsTrace = content == .full
        let renderer = ReportFormat.json.renderer(language: .en, goals: bundledKB.ruleBase.goals.map(\.name))
        let situations = try ReportContentTests.situations()
        let fresh = try situations.map { renderer.render(try evaluation.run($0).report, how: []) }
        // Twice through, the second time in another order, on one engine.
        var engine: Engine?
        var reused = 0
        for pass in 0..<2 {
            for k in situations.indices {
                let i = pass == 0 ? k : situations.count - 1 - k
                let run = try evaluation.run(situations[i], reusing: engine)
                if let engine, run.engine === engine { reused += 1 }
                engine = run.engine
                #expect(renderer.render(run.report, how: []) == fresh[i], "\(situations[i].name), pass \(pass)")
            }
        }
        #expect(reused == 2 * situations.count - 1)
    }

    /// A run that fails (here: more firings than allowed) leaves the engine to the next situation
    /// as a new one: each outcome, report or failure, is the one a new engine gives.
    @Test func aFailedRunLeavesNothingBehind() throws {
        var evaluation = Evaluation(kb: bundledKB)
        evaluation.printed = { _ in }
        evaluation.limits = RunLimits(maxFirings: 14, maxFacts: 100_000, maxTokens: 1_000_000)
        let renderer = ReportFormat.jsonl.renderer(language: .en, goals: bundledKB.ruleBase.goals.map(\.name))
        func outcome(_ situation: Situation, _ engine: inout Engine?) -> String {
            do {
                let run = try evaluation.run(situation, reusing: engine)
                engine = run.engine
                return renderer.render(run.report, how: [])
            } catch {
                return "failed: \(error.message)"
            }
        }
        let situations = try ReportContentTests.situations()
        var none: Engine?
        let fresh = situations.map { s -> String in
            none = nil
            return outcome(s, &none)
        }
        #expect(fresh.contains { $0.hasPrefix("failed") } && fresh.contains { !$0.hasPrefix("failed") })
        var engine: Engine?
        for (i, s) in situations.enumerated() {
            if engine == nil, i > 0 { engine = Engine(program: bundledKB.program, network: bundledKB.network) }
            #expect(outcome(s, &engine) == fresh[i], "\(s.name)")
        }
    }

    /// A run's report is built when first read; read after its engine went on to another
    /// situation, it is still that run's report (the situation is run again for it).
    @Test func aReportReadLateIsStillItsRunsReport() throws {
        var evaluation = Evaluation(kb: bundledKB)
        evaluation.printed = { _ in }
        let renderer = ReportFormat.json.renderer(language: .en, goals: bundledKB.ruleBase.goals.map(\.name))
        let situations = try ReportContentTests.situations()
        let first = try evaluation.run(situations[0])
        let second = try evaluation.run(situations[1], reusing: first.engine)
        #expect(second.engine === first.engine)
        let late = renderer.render(first.report, how: [])
        #expect(late == renderer.render(try evaluation.run(situations[0]).report, how: []))
        #expect(late != renderer.render(second.report, how: []))
        #expect(first.engine.resets == 2)
    }

    /// An engine of another knowledge base is not reused: the run makes its own.
    @Test func anotherKnowledgeBasesEngineIsNotUsed() throws {
        let situation = try ReportContentTests.situations()[0]
        var evaluation = Evaluation(kb: bundledKB)
        evaluation.printed = { _ in }
        let other = Engine(program: bundledKB.program)
        let run = try evaluation.run(situation, reusing: other)
        #expect(run.engine !== other)
    }
}
