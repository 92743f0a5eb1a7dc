import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

/// The SWOT steps (docs/domain.md §2 C): issues from the matrix, the core problem from the worst problem
/// issue, and the checks on the list and the scores.
@Suite struct SwotTests {
    let scenario = """
        swot s1 kind=strength rank=1 text="Fast delivery"
        swot w1 kind=weakness rank=1 text="No web shop"
        swot w2 kind=weakness rank=2 text="Old CRM"
        swot o1 kind=opportunity rank=1 text="Buyers move online"
        swot t1 kind=threat rank=1 text="Marketplaces"
        swot t2 kind=threat rank=2 text="New entrant"
        pair s1 external=o1 score=2
        pair w2 external=t1 score=-2
        pair w1 external=t2 score=-2
        pair w1 external=t1 score=-1
        pair s1 external=t1 score=0
        """

    @Test func issuesAndTheCoreProblem() throws {
        let swot = try #require(try evaluate([:], scenario: scenario).swot)
        let issues = swot.issues.map { "\($0.kind) \($0.internal) \($0.external) \($0.score)" }
        #expect(issues == ["opportunity s1 o1 2", "problem w1 t2 -2", "problem w2 t1 -2", "problem w1 t1 -1"])
        // Two problem issues score -2; w1 (rank 1) with t2 (rank 2) has key -200 + 10 + 2 = -188,
        // w2 (rank 2) with t1 (rank 1) has -200 + 20 + 1 = -179: w1 x t2 is the core problem.
        let core = try #require(swot.coreProblem)
        #expect(core.cause == "No web shop")
        // The effect is the impact on the sales objectives, not the threat's text; the conclusion
        // a statement that leads to an option, not a question; the choice by arithmetic is tagged [I].
        // Without a decided approach the effect names turnover, margin and retention together.
        #expect(
            core.effect["en"]
                == "Because we are weak ('No web shop') while the threat 'New entrant' comes at us (matrix score -2), turnover, margin and customer retention are at risk."
        )
        #expect(
            core.effect["nl"]
                == "Doordat wij zwak staan ('No web shop'), terwijl de bedreiging 'New entrant' op ons afkomt (score -2 in de matrix), lopen omzet, marge en klantbehoud gevaar."
        )
        #expect(
            core.conclusion["en"]
                == "We must take away 'No web shop', so that 'New entrant' no longer endangers our sales objectives; the sales option we choose must do that."
        )
        #expect(core.conclusion["nl"]?.hasPrefix("Wij moeten 'No web shop' wegnemen") == true)
        #expect(core.conclusion["en"]?.hasSuffix("?") == false)
        #expect(core.reason?.rule == "c6-core-problem")
        #expect(core.reason?.confidence == "I")
        // Shown inside the SWOT, not as a list of its own.
        let report = try evaluate([:], scenario: scenario)
        #expect(report.topic("core-problem-text") == nil)
        #expect(TextReport(language: .en).render(report).contains("    effect: Because we are weak ('No web shop')"))
    }

    /// With an approach decided, the effect names the objective that approach is steered on.
    @Test func theEffectNamesTheObjectiveOfTheApproach() throws {
        let effects = try [("low", "turnover and margin per order"), ("medium", "customer retention and our share")].map
        { level, objective in
            let r = try evaluate(
                ["complexity": level, "risk": level, "added-value": level, "customer-class": "a"], scenario: scenario)
            return (r.swot?.coreProblem?.effect["en"] ?? "", objective)
        }
        for (effect, objective) in effects { #expect(effect.contains(objective), "\(effect)") }
        let system = try evaluate(["complexity": "medium", "service-needed": "yes"], scenario: scenario)
        #expect(system.swot?.coreProblem?.effect["nl"]?.contains("omzet en marge uit systemen en hun service") == true)
    }

    @Test func issuesArePhrasedAsKeyQuestions() throws {
        let swot = try #require(try evaluate([:], scenario: scenario).swot)
        let opportunity = try #require(swot.issues.first { $0.kind == "opportunity" })
        #expect(
            opportunity.reason?.because["en"]
                == "How do we use our strength 'Fast delivery' to seize the opportunity 'Buyers move online'?")
        #expect(
            opportunity.reason?.because["nl"]
                == "Hoe zetten wij onze sterkte 'Fast delivery' in om de kans 'Buyers move online' te benutten?")
        // The report names the cell by the items' codes, not the scenario's ids.
        let text = TextReport(language: .nl).render(try evaluate([:], scenario: scenario))
        #expect(text.contains("- kansissue (S1 × K1, +2): Hoe zetten wij onze sterkte"), "\(text)")
        #expect(
            text.contains(
                "- probleemissue (Z1 × B2, -2): Hoe verhelpen wij de zwakte 'No web shop',\n      zodat de bedreiging 'New entrant' ons minder raakt?"
            ), "\(text)")
    }

    @Test func pairsTheFirmCannotActOnAreNoIssues() throws {
        let report = try evaluate(
            [:],
            scenario: scenario.replacingOccurrences(
                of: "pair s1 external=o1 score=2", with: "pair s1 external=o1 score=2 actionable=no"))
        #expect(report.swot?.issues.contains { $0.kind == "opportunity" } == false)
        #expect(report.topic("warning")?.values.contains { $0.value == "issue-not-actionable" } == true)
    }

    @Test func aStatedCoreProblemWins() throws {
        let stated = scenario + "\ncore-problem cause=\"Our cause\" effect=\"Our effect\" conclusion=\"Our conclusion\""
        let core = try #require(try evaluate([:], scenario: stated).swot?.coreProblem)
        #expect(core.cause == "Our cause")
        #expect(core.conclusion["nl"] == "Our conclusion" && core.effect["en"] == "Our effect")
        #expect(core.reason == nil)
    }

    @Test func longListsAreFlagged() throws {
        let report = try evaluate(
            [:], scenario: scenario + "\nswot s9 kind=strength rank=6 text=\"Sixth\"\npair s9 external=o1 score=2")
        let warnings = report.topic("warning")?.values.map(\.value) ?? []
        #expect(warnings.contains("truncate-swot"))
        // The item ranked sixth makes no issue.
        #expect(report.swot?.issues.contains { $0.internal == "s9" } == false)
    }

    /// A score outside -2...+2 or a rank below 1 never reaches the rules (so never counts in a sum):
    /// the scenario is refused at the line, every such line reported.
    @Test(arguments: [
        "pair s1 external=t2 score=3", "pair s1 external=t2 score=-3", "pair s1 external=t2 score=9223372036854775807",
        "pair s1 external=t2 score=-9223372036854775808", "swot s9 kind=strength rank=0 text=\"Zero\"",
        "swot s9 kind=strength rank=-1 text=\"Negative\"",
    ])
    func outOfRangeIsRefusedAtTheLine(_ line: String) throws {
        let text = scenario + "\n" + line + "\n" + line
        do {
            _ = try evaluate([:], scenario: text)
            Issue.record("accepted: \(line)")
        } catch let error as InputError {
            #expect(error.place?.line == 12)
            #expect(error.more.map { $0.place?.line } == [13])
            #expect(
                error.message.contains(
                    line.hasPrefix("pair")
                        ? "pair.score takes a whole number from -2 to 2" : "swot.rank takes a whole number from 1"))
        }
    }
}
