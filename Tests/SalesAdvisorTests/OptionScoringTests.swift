@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// The option arithmetic, checked by hand (docs/domain.md §2 D4).
@Suite struct OptionScoringTests {
    @Test func scalesRawPointsToOneToFive() {
        #expect(OptionScoring.scale(0, max: 4) == 1)
        #expect(OptionScoring.scale(4, max: 4) == 5)
        #expect(OptionScoring.scale(2, max: 4) == 3)
        #expect(OptionScoring.scale(3, max: 5) == 1 + 4 * 0.6)
        #expect(OptionScoring.scale(9, max: 5) == 5)
        #expect(OptionScoring.scale(-1, max: 5) == 1)
    }

    @Test func weightsAreNormalised() {
        let scaled = ["suitability": 5.0, "feasibility": 3.0, "acceptability": 1.0]
        #expect(
            OptionScoring.total(scaled, weights: ["suitability": 0.5, "feasibility": 0.25, "acceptability": 0.25])
                == 3.5)
        #expect(OptionScoring.total(scaled, weights: ["suitability": 2, "feasibility": 1, "acceptability": 1]) == 3.5)
    }

    @Test func survivorsFirstThenTotalThenSuitability() {
        let order = OptionScoring.order([
            ("a", 3.0, 2.0, false), ("b", 3.0, 4.0, false), ("c", 4.5, 1.0, true), ("d", 2.0, 5.0, false),
        ])
        #expect(order == ["b", "a", "d", "c"])
    }

    @Test func sensitivityFindsWhereTheWinnerChanges() throws {
        // a: S 5, F 1, A 3 → total 0.5×5 + 0.25×1 + 0.25×3 = 3.5; b: S 3, F 5, A 3 → 3.5 … make a win: A 4 → 3.75.
        let survivors: [(name: String, scaled: [String: Double])] = [
            ("a", ["suitability": 5, "feasibility": 1, "acceptability": 4]),
            ("b", ["suitability": 3, "feasibility": 5, "acceptability": 3]),
        ]
        let weights = ["suitability": 0.5, "feasibility": 0.25, "acceptability": 0.25]
        #expect(OptionScoring.winner(survivors, weights: weights) == "a")
        let s = OptionScoring.sensitivity(
            survivors, weights: weights, criteria: ["suitability", "feasibility", "acceptability"])
        // Suitability weight t, the others half each of 1 − t:
        // a(t) = 5t + (1 − t)(1 + 4)/2 = 2.5 + 2.5t; b(t) = 3t + (1 − t)(5 + 3)/2 = 4 − t. Equal at t = 1.5/3.5.
        let suitability = try #require(s.first { $0.criterion == "suitability" })
        #expect(abs(suitability.low - 1.5 / 3.5) < 1e-9)
        #expect(suitability.high == 1)
        #expect(suitability.winnerBelow == "b")
        #expect(suitability.winnerAbove == nil)
        // Feasibility weight t, suitability 2/3 and acceptability 1/3 of 1 − t:
        // a(t) = t + (1 − t)(10/3 + 4/3) = 14/3 − 11/3 t; b(t) = 5t + (1 − t)(2 + 1) = 3 + 2t. Equal at t = 5/17.
        let feasibility = try #require(s.first { $0.criterion == "feasibility" })
        #expect(feasibility.low == 0)
        #expect(abs(feasibility.high - 5.0 / 17.0) < 1e-9)
        #expect(feasibility.winnerAbove == "b")
    }

    @Test func knockOutsTieBreakAndWeightsOnTheKnowledgeBase() throws {
        let scenario = """
            option equal-a fit=yes cost=low time-to-effect=short expected-return=medium shareholder-risk=low stakeholder-reaction=neutral
            option equal-b fit=partly uses-strengths=yes fixes-weaknesses=yes cost=low time-to-effect=short expected-return=medium shareholder-risk=low stakeholder-reaction=neutral
            option illegal fit=yes uses-strengths=yes legal-barrier=yes cost=low time-to-effect=short expected-return=high shareholder-risk=low stakeholder-reaction=positive
            option no-skills fit=yes skills=missing cost=low expected-return=high shareholder-risk=low
            option poor fit=yes cost=high funding=obtainable skills=obtainable capacity=obtainable time-to-effect=long expected-return=low shareholder-risk=medium stakeholder-reaction=negative
            """
        let report = try evaluate([:], scenario: scenario)
        let ranking = try #require(report.options)
        func option(_ n: String) throws -> OptionResult { try #require(ranking.options.first { $0.name == n }) }
        // Continue as is is always there.
        #expect(ranking.options.contains { $0.name == "continue-as-is" })
        // A legal barrier and a missing resource knock out, by rule, whatever the scores.
        #expect(try option("illegal").rejected)
        #expect(try option("illegal").rejections.first?.reason?.rule == "d2-legal-barrier")
        #expect(try option("no-skills").rejections.first?.reason?.rule == "d2-missing-resource")
        // A scaled acceptability below 2 knocks out: poor has 0 + 0.5 + 0 = 0.5 points of 5 → 1.4.
        let poor = try option("poor")
        #expect(poor.raw["acceptability"] == 0.5)
        #expect(abs((poor.scaled["acceptability"] ?? 0) - 1.4) < 1e-9)
        #expect(poor.rejections.contains { $0.criterion == "acceptability" && $0.reason == nil })
        // equal-a solves the core problem (2 points); equal-b partly solves it but uses strengths and
        // fixes weaknesses (1 + 1 + 1): more suitability, the same feasibility and acceptability.
        let a = try option("equal-a")
        let b = try option("equal-b")
        #expect(a.scaled["suitability"] == 3)
        #expect(b.scaled["suitability"] == 4)
        #expect(abs(a.total - (0.5 * 3 + 0.25 * 5 + 0.25 * (1 + 4 * 3 / 5))) < 1e-9)
        #expect(ranking.winner?.name == "equal-b")
        // Weighting feasibility only: every survivor scores 5 on it except continue-as-is (also 5):
        // the tie-break on suitability picks equal-b.
        let feasibleOnly = try evaluate(
            [:], scenario: scenario, weights: ["feasibility": 1, "suitability": 0, "acceptability": 0])
        #expect(feasibleOnly.options?.winner?.name == "equal-b")
        #expect(feasibleOnly.options?.options.first { $0.name == "equal-a" }?.total == 5)
    }

    @Test func weightsCanChangeTheWinner() throws {
        let path = repositoryPath("rules/scenarios/office-supplies-reseller.scenario")
        let report = try ScenarioTests.load(path)
        #expect(report.options?.winner?.name == "web-shop")
        let feasibility = try #require(report.options?.sensitivity.first { $0.criterion == "feasibility" })
        #expect(feasibility.winnerAbove == "telesales")
        // Past the reported bound, the other option wins.
        let text = try #require(FileSystem.contents(of: path))
        let scenario = try ScenarioParser.parse(text, file: path).get()
        var evaluation = Evaluation(kb: bundledKB)
        let t = feasibility.high + 0.01
        evaluation.weights = OptionScoring.shifted(
            ["suitability": 0.5, "feasibility": 0.25, "acceptability": 0.25], "feasibility", to: t)
        let shifted = try evaluation.evaluate(try Situation(scenario, kb: bundledKB))
        #expect(shifted.options?.winner?.name == "telesales")
    }
}
