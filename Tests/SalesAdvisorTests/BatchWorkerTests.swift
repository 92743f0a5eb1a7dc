import Foundation
import RuleEngine
import Testing

@_spi(Tooling) @testable import SalesAdvisor

/// A batch worker runs a situation once and gives its report again to a later situation that
/// differs only in name and title: every report is the one a run of its own gives, under its own
/// name, and nothing that decides a run is shared.
@Suite("Batch worker")
struct BatchWorkerTests {
    /// A situation of `answers` (`name=value`) called `name`, with a scenario's other lines.
    static func situation(_ name: String, _ answers: [String], scenario: String = "", kb: KnowledgeBase = bundledKB)
        throws -> Situation
    {
        let sets = try answers.map { try ScenarioParser.parseSet($0).get() }
        return try Situation(try ScenarioParser.parse(scenario, file: name).get(), sets: sets, kb: kb)
    }

    static func evaluation(_ content: ReportContent, kb: KnowledgeBase = bundledKB) -> Evaluation {
        var evaluation = Evaluation(kb: kb)
        evaluation.printed = { _ in }
        evaluation.content = content
        return evaluation
    }

    @Test(
        "a repeated situation's report is its own run's, under its own name",
        arguments: [ReportContent.full, .advice, .recommendations])
    func repeatedSituations(content: ReportContent) throws {
        var evaluation = Self.evaluation(content)
        // A full report (text, JSON, Markdown) looks for the answers that tip a close call.
        evaluation.findsTips = content == .full
        let renderer = ReportFormat.json.renderer(language: .nl, goals: bundledKB.ruleBase.goals.map(\.name))
        let kinds = [
            ["complexity=high", "risk=high", "customer-class=a"], ["complexity=low", "risk=low"],
            ["complexity=high", "risk=high", "customer-class=d"],
            // A close call: other answers that would tip it are looked for.
            ["complexity=medium", "risk=medium"],
        ]
        var situations: [Situation] = []
        for i in 0..<12 {
            let title = i % 4 == 0 ? "" : "title \"Klant \(i)\"\n"
            situations.append(try Self.situation("a\(i)", kinds[i * 7 % kinds.count], scenario: title))
        }
        var worker = BatchWorker(evaluation)
        var tipped = 0
        for s in situations {
            let report = try worker.report(s)
            tipped += report.topics.filter { !($0.closeCall?.tippedBy.isEmpty ?? true) }.count
            #expect(report.name == s.name && report.title == s.title)
            #expect(
                renderer.render(report, how: []) == renderer.render(try evaluation.run(s).report, how: []), "\(s.name)")
        }
        // Each kind runs twice (the second run's report is kept), then is repeated.
        #expect(worker.repeats == situations.count - 2 * kinds.count)
        if evaluation.findsTips { #expect(tipped > 0) }
    }

    /// Situations that differ in a fact, an answer's certainty, the order of their answers, an
    /// expectation or the sign of a zero are run each on their own.
    @Test func differentSituationsAreRunEach() throws {
        let scenarios = [
            "complexity = high\n", "complexity = high certainty 0.8\n", "complexity = high certainty 0.9\n",
            "complexity = high\nrisk = low\n", "risk = low\ncomplexity = high\n",
            "complexity = high\nexpect approach = account-management\n",
            "complexity = high\nexpect approach = transactional\n",
            "complexity = high\noption a\n", "complexity = high\noption b\n",
        ]
        var worker = BatchWorker(Self.evaluation(.advice))
        for (i, text) in scenarios.enumerated() {
            // Twice each, so its report is kept: a later situation taken for the same would get it.
            let s = try Self.situation("s\(i)", [], scenario: text)
            _ = try worker.report(s)
            _ = try worker.report(s)
        }
        #expect(worker.repeats == 0 && worker.kept == scenarios.count)
        let zero = SituationKey(try Self.situation("z", [], scenario: "complexity = high certainty 0.0\n"))
        let negativeZero = SituationKey(try Self.situation("z", [], scenario: "complexity = high certainty -0.0\n"))
        #expect(zero != negativeZero)
    }

    /// A knowledge base that prints: each account prints its own lines, so every situation runs.
    @Test func aKnowledgeBaseThatPrintsRunsEverySituation() throws {
        let kb = try editedKB("approach.rules") {
            $0.replacingOccurrences(
                of: "    conclude approach = transactional certainty 0.50\n",
                with: "    conclude approach = transactional certainty 0.50\n    print \"low complexity\"\n")
        }
        final class Lines: @unchecked Sendable { var count = 0 }
        let lines = Lines()
        var evaluation = Self.evaluation(.advice, kb: kb)
        evaluation.printed = { _ in lines.count += 1 }
        var worker = BatchWorker(evaluation)
        for i in 0..<3 { _ = try worker.report(try Self.situation("p\(i)", ["complexity=low"], kb: kb)) }
        #expect(worker.repeats == 0)
        #expect(lines.count == 3)
    }

    /// Past its capacity the worker forgets the reports it kept and keeps again: the reports stay
    /// each situation's own, and no more than the capacity is kept.
    @Test func pastItsCapacityTheWorkerStartsAgain() throws {
        let evaluation = Self.evaluation(.full)
        var worker = BatchWorker(evaluation)
        let renderer = ReportFormat.jsonl.renderer(language: .en, goals: bundledKB.ruleBase.goals.map(\.name))
        var expected: [String: String] = [:]
        let count = worker.capacity + 2
        for round in 0..<3 {
            // Every other round goes backwards: it starts with the ones kept last.
            for k in 0..<count {
                let v = round % 2 == 0 ? k : count - 1 - k
                let s = try Self.situation("c\(v)", [], scenario: "complexity = high\noption o\(v)\n")
                let text = renderer.render(try worker.report(s), how: [])
                if round == 0, v < 3 || v > count - 4 {
                    expected[s.name] = renderer.render(try evaluation.run(s).report, how: [])
                }
                if let e = expected[s.name] { #expect(text == e, "\(s.name), round \(round)") }
                #expect(worker.kept <= worker.capacity)
            }
        }
        // Round 0 notes each, round 1 keeps each (clearing once past the capacity), round 2 finds
        // the two kept after the clearing.
        #expect(worker.repeats == 2)
    }

    /// Situations that never repeat keep no reports.
    @Test func situationsThatNeverRepeatKeepNothing() throws {
        var worker = BatchWorker(Self.evaluation(.advice))
        for v in 0..<40 {
            _ = try worker.report(try Self.situation("d\(v)", [], scenario: "complexity = high\noption o\(v)\n"))
        }
        #expect(worker.kept == 0 && worker.repeats == 0)
    }
}

/// Workers' states taken from a pool outlive a call of `Parallel.map`: a batch read in chunks keeps
/// its engines and reports from the first chunk to the last.
@Suite("Parallel map with a pool of states")
struct ParallelPoolTests {
    @Test("each worker's state is given back for the next call; results keep their order", arguments: [nil, 1, 2, 3])
    func statesLastFromCallToCall(threads: Int?) {
        // A state holds the items it has seen.
        let pool = Parallel.Pool<[Int]> { [] }
        var all: [Int] = []
        for call in 0..<3 {
            let items = Array((call * 100)..<(call * 100 + 100))
            let results = Parallel.map(items, threads: threads, pool: pool) { state, item in
                state.append(item)
                return item * 2
            }
            #expect(results == items.map { $0 * 2 })
            all += items
        }
        // Every item went through a state that came back: together they hold every item of every
        // call, once.
        let states = (0..<32).map { _ in pool.take() }
        #expect(states.flatMap { $0 }.sorted() == all)
        // And states were used again: fewer than one per call and worker.
        #expect(states.filter { !$0.isEmpty }.count < 3 * (threads ?? 16))
    }
}
