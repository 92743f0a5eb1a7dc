@testable import AdvisorCLI
import Foundation
import RuleEngine
@_spi(Tooling) import SalesAdvisor
import Testing

/// Collects the questions a replay asks.
final class AskLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(ConsultationState, ConsultationState.Need)] = []
    func add(_ state: ConsultationState, _ need: ConsultationState.Need) {
        lock.lock()
        items.append((state, need))
        lock.unlock()
    }
    var all: [(ConsultationState, ConsultationState.Need)] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

@Suite("no question asked in the transcripts is irrelevant")
struct RelevanceTests {
    /// The goals' conclusions (every value with its certainty).
    func goals(_ run: Evaluation.Run, _ kb: KnowledgeBase) -> [String] {
        let goals = Set(kb.ruleBase.goals.map(\.attribute))
        return run.engine.conclusions.filter { goals.contains($0.template) }
            .map { "\($0.template)=\($0.value.rendered(run.engine.symbols)) \($0.certainty)" }.sorted()
    }

    @Test("for every question asked, some answer to it changes a goal's conclusions or an open rule's status")
    func transcripts() throws {
        let folder = repositoryRoot.appendingPathComponent("transcripts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".transcript") }.sorted()
        _ = FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
        let log = AskLog()
        Dialogue.$onAsk.withValue({ state, need in log.add(state, need) }) {
            for file in files {
                let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
                _ = ReplayCommand.replay(Transcript.parse(text), environment: [:])
            }
        }
        let asked = log.all
        #expect(asked.count > 150)
        for (state, need) in asked {
            let q = need.question
            let run = try state.run()
            let before = goals(run, state.kb)
            let openBefore = Set(state.needs(in: run.engine).flatMap(\.rules))
            var matters = false
            for value in state.kb.values(ofAttribute: q.attribute).map(Optional.some) + [nil] {
                var next = state
                try next.set(ConsultationAnswer(question: q.name, value: value))
                let after = try next.run()
                let openAfter = Set(next.needs(in: after.engine).flatMap(\.rules))
                let blocked = after.engine.blockedForGood(
                    final: Set(next.answers.compactMap { state.kb.question($0.question)?.attribute }), index: state.kb.needs)
                if goals(after, state.kb) != before || openAfter != openBefore || need.rules.contains(where: blocked.contains) {
                    matters = true
                    break
                }
            }
            #expect(matters, "\(q.name) was asked after \(state.answers.map(\.question)) but no answer to it changes anything")
        }
    }
}
