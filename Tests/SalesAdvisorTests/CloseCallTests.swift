import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

/// Certainty a manager can read (issue 22): a close call is said to be one, with the answers that
/// would tip it, and each named answer really does.
@Suite struct CloseCallTests {
    /// System selling 0.93 against account management 0.90: on MYCIN's saturated scale a close call.
    static let close = [
        "complexity": "medium", "risk": "medium", "added-value": "medium", "service-needed": "yes",
        "value-strategy": "customer-intimacy",
    ]

    func evaluateWithTips(_ answers: [String: String]) throws -> Report {
        let sets = try answers.sorted { $0.key < $1.key }.map {
            try ScenarioParser.parseSet("\($0.key)=\($0.value)").get()
        }
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
        let en = TextReport(language: .en).render(report)
        #expect(
            en.contains(
                "close call: account management (0.90) is less than one rule's worth of\n    evidence behind; it would tip with:"
            ), "\(en)")
        let nl = TextReport(language: .nl).render(report)
        #expect(nl.contains("nipte keuze: accountmanagement (0,90) ligt minder dan één regel aan bewijs"))
        #expect(MarkdownReport(language: .en).render(report).contains("**close call: account management (0.90)"))
        let json = JSONReport(language: .en).render(report)
        #expect(json.contains("\"closeCall\"") && json.contains("\"tippedBy\""))
        #expect(AdviceText(language: .nl).render(report, whatIf: nil).contains("nipte keuze"))
    }

    @Test func aClearCallIsNotCalledClose() throws {
        let report = try evaluateWithTips(["complexity": "low", "risk": "low", "added-value": "low"])
        #expect(report.topic("approach")?.closeCall == nil)
        #expect(!TextReport(language: .en).render(report).contains("close call"))
    }

    /// A batch does not look for tips (a re-run per answer): it says the call is close, no more.
    @Test func withoutTheSearchTheCallIsStillMarked() throws {
        let report = try evaluate(Self.close)
        let call = try #require(report.topic("approach")?.closeCall)
        #expect(call.tippedBy.isEmpty && !call.searched)
        let text = TextReport(language: .en).render(report)
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
        #expect(
            options.options.first { $0.name == "discount" }?.rejections.contains { $0.criterion == "suitability" }
                == true)
        #expect(
            TextReport(language: .en).render(report).contains("No option survives the screens: formulate new options"))
        #expect(TextReport(language: .nl).render(report).contains("Geen enkele optie doorstaat de toetsen"))
        #expect(JSONReport(language: .en).render(report).contains("\"winner\": null"))
    }
}

/// Definitions where a reader needs them, and questions only where they apply (issue 22, part 7).
@Suite struct DefinitionTests {
    @Test func everyRecommendationSaysWhatItMeans() throws {
        let report = try evaluate([
            "complexity": "medium", "service-needed": "yes", "objectives-measurable": "no",
            "value-strategy": "product-leadership",
        ])
        for goal in ["approach", "method", "leadership"] {
            let topic = try #require(report.topic(goal))
            let top = try #require(topic.top)
            #expect(
                topic.definitions[top.value]?["en"]?.isEmpty == false
                    && topic.definitions[top.value]?["nl"]?.isEmpty == false, "\(goal)")
        }
        #expect(
            report.topic("approach")?.definitions["system-selling"]?["nl"]?.contains(
                "onderhoud, reparatie en vervanging van onderdelen") == true)
        let text = TextReport(language: .nl).render(report)
        #expect(text.contains("wat dit betekent: Het geheel van activiteiten om een systeem te verkopen"))
        // The explanation starts from it too.
        let run = try Evaluation(kb: bundledKB).run(
            try Situation(
                Scenario(name: "s"), sets: [try ScenarioParser.parseSet("complexity=low").get()], kb: bundledKB))
        let node = try #require(
            Explainer(evaluation: Evaluation(kb: bundledKB), run: run).how(topic: "approach", value: "transactional"))
        #expect(node.definition["en"]?.hasPrefix("Each order is won on its own") == true)
        #expect(
            ExplanationText(language: .en).how([node], title: "How").contains("what this means: Each order is won"))
    }

    /// The key-account portfolio is asked only for A and B customers.
    @Test func thePortfolioIsNotAskedForACCustomer() throws {
        for (customer, asked) in [("c", false), ("d", false), ("a", true)] {
            var state = ConsultationState(kb: bundledKB)
            for (q, v) in [
                ("customer-class", customer), ("complexity", "low"), ("risk", "low"), ("added-value", "low"),
            ] {
                try state.set(Answer(question: q, value: v))
            }
            let needs = state.needs(in: try state.run().engine)
            let attractiveness = needs.first { $0.question.name == "account-attractiveness" }
            #expect((attractiveness?.isAskable ?? false) == asked, "\(customer)")
        }
    }
}
