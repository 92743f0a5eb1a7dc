import Foundation
import RuleEngine
@_spi(Tooling) import SalesAdvisor
import Testing

@testable import AdvisorCLI

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

    /// Every question the transcripts' replays ask, with the state it is asked in.
    static func askedInTranscripts() throws -> [(ConsultationState, ConsultationState.Need)] {
        let folder = repositoryRoot.appendingPathComponent("transcripts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".transcript")
        }.sorted()
        runFromRepositoryRoot()
        let log = AskLog()
        Dialogue.$onAsk.withValue(
            { state, need in log.add(state, need) },
            operation: {
                for file in files {
                    let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
                    _ = ReplayCommand.replay(Transcript.parse(text), environment: [:])
                }
            })
        return log.all
    }

    @Test("for every question asked, some answer to it changes a goal's conclusions or an open rule's status")
    func transcripts() throws {
        let asked = try Self.askedInTranscripts()
        #expect(asked.count > 150)
        for (state, need) in asked {
            let q = need.question
            let run = try state.run()
            let before = goals(run, state.kb)
            let openBefore = Set(state.needs(in: run.engine).flatMap(\.rules))
            var matters = false
            for value in state.kb.values(ofAttribute: q.attribute).map(Optional.some) + [nil] {
                var next = state
                try next.set(Answer(question: q.name, value: value))
                let after = try next.run()
                let openAfter = Set(next.needs(in: after.engine).flatMap(\.rules))
                let blocked = after.engine.blockedForGood(
                    final: Set(next.answers.compactMap { state.kb.question($0.question)?.attribute }),
                    index: state.kb.needs)
                if goals(after, state.kb) != before || openAfter != openBefore
                    || need.rules.contains(where: blocked.contains)
                {
                    matters = true
                    break
                }
            }
            #expect(
                matters,
                "\(q.name) was asked after \(state.answers.map(\.question)) but no answer to it changes anything")
        }
    }
}

/// The rules blocked for good, worked out round by round from what the last round changed
/// (`Engine.blockedForGood`), are those of the plain fixed point: every rule checked against every
/// closed template, again and again until no template closes.
@Suite("rules blocked for good")
struct BlockedForGoodTests {
    /// The plain fixed point (what `blockedForGood` computed before it went by rounds).
    static func reference(_ engine: Engine, final finalTemplates: Set<Int>, index: NeedsIndex) -> Set<Int> {
        let final = engine.finalFacts(of: finalTemplates)
        var closedTemplates = Set<Int>()
        while true {
            let closed = engine.finalFacts(of: closedTemplates)
            let blocked = Set(
                engine.program.rules.indices.filter { engine.isBlockedForGood(rule: $0, final: final, closed: closed) })
            var more = Set<Int>()
            for t in index.writers.indices where !closedTemplates.contains(t) && !finalTemplates.contains(t) {
                let writers = index.writers[t]
                if !writers.isEmpty && writers.allSatisfy({ blocked.contains($0) }) { more.insert(t) }
            }
            if more.isEmpty { return blocked }
            closedTemplates.formUnion(more)
        }
    }

    @Test("in every state the transcripts reach, and after every answer there, both agree")
    func sameAsTheFixedPoint() throws {
        var compared = 0
        var blockedSome = 0
        for (state, need) in try RelevanceTests.askedInTranscripts() {
            for value in state.kb.values(ofAttribute: need.question.attribute).map(Optional.some) + [nil] {
                var next = state
                try next.set(Answer(question: need.question.name, value: value))
                let engine = try next.run().engine
                let final = Set(next.answers.compactMap { state.kb.question($0.question)?.attribute })
                let blocked = engine.blockedForGood(final: final, index: state.kb.needs)
                #expect(blocked == Self.reference(engine, final: final, index: state.kb.needs))
                compared += 1
                if !blocked.isEmpty { blockedSome += 1 }
            }
        }
        #expect(compared > 400 && blockedSome > 100, "\(compared) states, \(blockedSome) with blocked rules")
    }
}

/// The header's "at most N more" holds (issue 23): in consultations answered at random (values,
/// certainties, `unknown`, instances offered and declined), no header is followed by more
/// questions than it promised.
@Suite struct QuestionBoundTests {
    @Test(arguments: 1...60)
    func theBoundHolds(_ seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let words = [
            "1", "2", "3", "1 0.6", "2 0,4", "unknown", "yes", "yes", "no", "", "x", "4", "A thing", "Another",
            "-1 0.5",
        ]
        let input = (0..<80).map { _ in words[next(words.count)] }
        let session = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bound-\(seed)-\(UUID().uuidString).session"
        ).path
        defer { unlink(session) }
        let text = Advisor.transcript(
            ["consult", "--lang", seed % 2 == 0 ? "en" : "nl", "--session", session], input: input)
        let bounds = text.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("Question ") || line.hasPrefix("Vraag ") else { return nil }
            let words = line.split(separator: " ")
            guard let i = words.firstIndex(where: { $0 == "most" || $0 == "hoogstens" }), i + 1 < words.count else {
                return nil
            }
            return Int(words[i + 1])
        }
        #expect(bounds.count > 3, "\(text.prefix(2000))")
        for (k, bound) in bounds.enumerated() {
            #expect(
                bounds.count - k - 1 <= bound,
                "header \(k + 1) promised at most \(bound) more; \(bounds.count - k - 1) came")
        }
    }
}
