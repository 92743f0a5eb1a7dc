@_spi(Tooling) import SalesAdvisor
import Testing

/// The sales-plan outline (the study text's ten steps): each point of attention in the step it
/// belongs to, the selling method in step 8, and the study text's planning levels and line
/// manager's responsibilities where they belong (issue 13).
@Suite struct PlanStepTests {
    func step(_ report: Report, _ step: String) -> [String] { report.plan.first { $0.step == step }?.topics ?? [] }

    @Test func pointsOfAttentionGoToTheirSteps() throws {
        let report = try evaluate([
            "complexity": "low", "complementary-partner": "yes", "team-experience": "junior",
            "market-turbulence": "high",
            "mixed-roles": "yes", "value-strategy": "operational-excellence", "objectives-measurable": "yes",
        ])
        let warnings = report.topic("warning")?.values.map(\.value) ?? []
        for w in ["consider-alliance", "learning-goals", "shorten-goal-cycles", "segment-sales-force"] {
            #expect(warnings.contains(w), "\(w)")
        }
        #expect(step(report, "sales-strategy").contains("warning=consider-alliance"))
        #expect(step(report, "organisation").contains("warning=segment-sales-force"))
        #expect(
            step(report, "steering").contains("warning=learning-goals")
                && step(report, "steering").contains("warning=shorten-goal-cycles"))
        #expect(step(report, "swot-analysis").contains("warning=truncate-swot"))
        #expect(!report.plan.contains { $0.topics.contains("warning") }, "no step takes every point of attention")
        #expect(step(report, "sales-process") == ["method"])
        // The outline's text names each point once, in its step.
        let text = TextReport(language: .en).plan(report)
        let alliance = try #require(
            report.topic("warning")?.values.first { $0.value == "consider-alliance" }?.label["en"])
        #expect(text.components(separatedBy: alliance).count == 2)
        let strategy = try #require(
            text.components(separatedBy: "5. ").dropFirst().first?.components(separatedBy: "6. ").first)
        #expect(strategy.contains(alliance))
    }

    @Test func planningLevelsAndTheLineManagerAreInTheOutline() throws {
        let report = try evaluate(["complexity": "high"])
        let notes = report.topic("plan-note")?.values.map(\.value) ?? []
        #expect(
            notes == ["planning-levels", "line-manager-plans", "line-manager-relations", "line-manager-financials"])
        #expect(step(report, "strategic-context").first == "plan-note=planning-levels")
        #expect(step(report, "organisation").contains("plan-note=line-manager-plans"))
        #expect(step(report, "steering").contains("plan-note=line-manager-financials"))
        let nl = TextReport(language: .nl).plan(report)
        #expect(nl.contains("ondernemingsniveau, SBU-niveau, marketingniveau en verkoopniveau"))
        #expect(
            nl.contains("verkoopjaarplan en daarna in\n       verkoopdeelplannen")
                || nl.contains("verkoopjaarplan en daarna in verkoopdeelplannen"))
        #expect(nl.contains("kosten, omzet en winstbijdrage"))
    }

    @Test func theScorecardGoesFromStrategyToSuccessFactorsToIndicators() throws {
        let report = try evaluate([
            "complexity": "high", "risk": "high", "added-value": "high", "value-strategy": "customer-intimacy",
        ])
        #expect(step(report, "objectives") == ["csf", "kpi"])
        let nl = TextReport(language: .nl).render(report)
        let csf = try #require(nl.range(of: "Kritische succesfactoren\n"))
        let kpi = try #require(nl.range(of: "Prestatie-indicatoren"))
        #expect(csf.lowerBound < kpi.lowerBound, "the factors come before the indicators that measure them")
        #expect(nl.contains("Samen met de partner waarde creëren"))
        #expect(nl.contains("strategie → kritische succesfactoren → prestatie-indicatoren"))
    }
}
