import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

/// Certainty a manager can read (issue 22): a close call is said to be one, with the answers that
/// would tip it, and each named answer really does.
@Suite struct CloseCallTests {
    /// System selling 0.93 against account management 0.90: on MYCIN's saturated scale a close call.
    static let close = ["complexity": "medium", "risk": "medium", "added-value": "medium", "service-needed": "yes", "value-strategy": "customer-intimacy"]

    func evaluateWithTips(_ answers: [String: String]) throws -> Report {
        let sets = try answers.sorted { $0.key < $1.key }.map { try ScenarioParser.parseSet("\($0.key)=\($0.value)").get() }
        var evaluation = Evaluation(kb: bundledKB)
        evaluation.findsTips = true
        return try evaluation.evaluate(try Situation(Scenario(name: "situation"), sets: sets, kb: bundledKB))
    }

    @Test func theMarginIsMeasuredOnTheScaleWhereRulesAdd() {
        // 0.97 and 0.95 are one rule of 0.40 apart; 0.60 and 0.45 a good deal less.
        #expect(abs((CloseCall.weight(0.97) - CloseCall.weight(0.95)) - CloseCall.threshold) < 0.01)
        #expect(CloseCall.weight(0.60) - CloseCall.weight(0.45) < CloseCall.threshold)
        #expect(CloseCall.weight(0.99) - CloseCall.weight(0.90) > CloseCall.threshold)
        #expect(CloseCall.weight(0) == 0 && CloseCall.weight(-0.5) == 0 && CloseCall.weight(1).isFinite)
    }

    @Test func aCloseCallNamesTheAnswersThatTipIt() throws {
        let report = try evaluateWithTips(Self.close)
        let approach = try #require(report.topic("approach"))
        #expect(approach.top?.value == "system-selling")
        let call = try #require(approach.closeCall)
        #expect(call.runnerUp == "account-management" && call.margin < CloseCall.threshold && call.searched)
        #expect(!call.tippedBy.isEmpty && call.tippedBy.count <= 2)
        // Every tip really makes the runner-up the recommendation.
        for tip in call.tippedBy {
            var changed = Self.close
            changed[tip.question] = tip.value
            #expect(top(try evaluate(changed), "approach") == "account-management", "\(tip.question)=\(tip.value)")
        }
        let en = TextReport(language: "en").render(report)
        #expect(en.contains("close call: account management (0.90) is less than one rule's worth of\n    evidence behind; it would tip with:"), "\(en)")
        let nl = TextReport(language: "nl").render(report)
        #expect(nl.contains("nipte keuze: accountmanagement (0,90) ligt minder dan één regel aan bewijs"))
        #expect(MarkdownReport(language: "en").render(report).contains("**close call: account management (0.90)"))
        let json = JSONReport(language: "en").render(report)
        #expect(json.contains("\"closeCall\"") && json.contains("\"tippedBy\""))
        #expect(AdviceText(language: "nl").render(report, whatIf: nil).contains("nipte keuze"))
    }

    @Test func aClearCallIsNotCalledClose() throws {
        let report = try evaluateWithTips(["complexity": "low", "risk": "low", "added-value": "low"])
        #expect(report.topic("approach")?.closeCall == nil)
        #expect(!TextReport(language: "en").render(report).contains("close call"))
    }

    /// A batch does not look for tips (a re-run per answer): it says the call is close, no more.
    @Test func withoutTheSearchTheCallIsStillMarked() throws {
        let report = try evaluate(Self.close)
        let call = try #require(report.topic("approach")?.closeCall)
        #expect(call.tippedBy.isEmpty && !call.searched)
        let text = TextReport(language: "en").render(report)
        #expect(text.contains("close call") && !text.contains("no single answer tips it"))
    }

    /// The first screen: an option that does not solve the core problem is knocked out, and with no
    /// option left the advice says to formulate new ones instead of choosing a rejected one.
    @Test func noRejectedOptionIsEverChosen() throws {
        let scenario = """
            option discount title="A bigger discount" fit=no cost=low expected-return=high shareholder-risk=low stakeholder-reaction=positive
            option gamble title="Bet on one tender" fit=yes shareholder-risk=high expected-return=low
            """
        let report = try evaluate([:], scenario: scenario)
        let options = try #require(report.options)
        #expect(options.winner == nil)
        #expect(options.options.allSatisfy { $0.rejected })
        #expect(options.options.first { $0.name == "discount" }?.rejections.contains { $0.criterion == "suitability" } == true)
        #expect(TextReport(language: "en").render(report).contains("No option survives the screens: formulate new options"))
        #expect(TextReport(language: "nl").render(report).contains("Geen enkele optie doorstaat de toetsen"))
        #expect(JSONReport(language: "en").render(report).contains("\"winner\": null"))
    }
}
