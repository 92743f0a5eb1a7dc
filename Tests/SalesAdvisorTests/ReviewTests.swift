import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

/// The core problem in a consultation (issue 22): after the matrix the consultation shows the core
/// problem the rules derived; the user keeps or restates each of cause, effect and conclusion, and a
/// restated core problem is the user's own from then on.
@Suite struct ReviewTests {
    /// A state with a SWOT and two scored pairs, as a consultation would have entered them.
    func withMatrix() throws -> ConsultationState {
        var state = ConsultationState(kb: bundledKB)
        try state.take(.offer(kind: "swot", accepted: true))
        for (label, kind) in [
            ("Fast delivery", "strength"), ("No web shop", "weakness"), ("Buyers move online", "opportunity"),
            ("New entrant", "threat"),
        ] {
            try state.take(.instance(kind: "swot", label: label))
            try state.take(.slot(instance: state.instances.count - 1, slot: "kind", value: kind))
            try state.take(.slot(instance: state.instances.count - 1, slot: "rank", value: "1"))
        }
        try state.take(.endOfList(kind: "swot"))
        try state.take(.offer(kind: "pair", accepted: true))
        try state.take(.instance(kind: "pair", label: "web x entrant"))
        for (slot, value) in [
            ("internal", "no-web-shop"), ("external", "new-entrant"), ("score", "-2"), ("actionable", "yes"),
        ] {
            try state.take(.slot(instance: state.instances.count - 1, slot: slot, value: value))
        }
        try state.take(.endOfList(kind: "pair"))
        return state
    }

    func pending(_ state: ConsultationState) throws -> ConsultationState.Pending? {
        let run = try state.run()
        return state.next(state.needs(in: run.engine).filter { _ in false }, run: run)
    }

    @Test func theDerivedCoreProblemIsReviewedPartByPart() throws {
        var state = try withMatrix()
        guard case .review(let kind, let slot)? = try pending(state) else {
            Issue.record("expected the core problem for review, got \(String(describing: try pending(state)))")
            return
        }
        #expect(kind.name == "core-problem" && slot.name == "cause")
        let run = try state.run()
        #expect(state.derivedText(slot, of: kind, in: run, language: .nl) == "No web shop")
        let effect = try #require(kind.slots.first { $0.name == "effect" })
        #expect(
            state.derivedText(effect, of: kind, in: run, language: .nl).hasPrefix(
                "Doordat wij zwak staan ('No web shop')"))
        // Keeping every part leaves the derived core problem, with its reasoning.
        var kept = state
        for s in kind.slots {
            try kept.take(
                .restate(
                    kind: "core-problem", slot: s.name, value: kept.derivedText(s, of: kind, in: run, language: .en),
                    typed: false))
        }
        if case .review? = try pending(kept) { Issue.record("reviewed twice") }
        #expect(try kept.run().report.swot?.coreProblem?.reason?.rule == "c6-core-problem")
        // Restating the cause makes the whole core problem the user's.
        try state.take(.restate(kind: "core-problem", slot: "cause", value: "We sell only in the shop", typed: true))
        guard case .review(_, let second)? = try pending(state) else {
            Issue.record("the review stopped after one part")
            return
        }
        #expect(second.name == "effect")
        try state.take(.restate(kind: "core-problem", slot: "effect", value: "Online buyers go elsewhere", typed: true))
        try state.take(.restate(kind: "core-problem", slot: "conclusion", value: kind.name, typed: false))
        let core = try #require(try state.run().report.swot?.coreProblem)
        #expect(
            core.cause == "We sell only in the shop" && core.effect["en"] == "Online buyers go elsewhere"
                && core.reason == nil)
        // Back takes the last part back, and the review asks it again.
        _ = state.back()
        guard case .review(_, let again)? = try pending(state) else {
            Issue.record("no review after back")
            return
        }
        #expect(again.name == "conclusion")
    }

    @Test func noReviewWithoutADerivedCoreProblem() throws {
        var state = ConsultationState(kb: bundledKB)
        try state.take(.offer(kind: "swot", accepted: false))
        try state.take(.offer(kind: "pair", accepted: false))
        if case .review? = try pending(state) { Issue.record("a review without a core problem") }
    }

    @Test func aSessionKeepsTheReview() throws {
        let steps: [ConsultationStep] = [
            .restate(kind: "core-problem", slot: "cause", value: "Geen webwinkel, geen online verkoop", typed: true),
            .restate(kind: "core-problem", slot: "effect", value: "", typed: false),
        ]
        let record = SessionRecord(knowledgeBase: "x", language: .nl, steps: steps)
        let read = try SessionRecord.parse(record.text)
        #expect(read.steps == steps)
        #expect(throws: SessionRecord.Failure.self) {
            try SessionRecord.parse("advisor-session 1\nrestate core-problem cause maybe x\nend\n")
        }
    }
}
