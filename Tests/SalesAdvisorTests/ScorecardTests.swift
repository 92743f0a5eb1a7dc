@_spi(Tooling) import SalesAdvisor
import Testing

/// The commercial balanced scorecard (E1): every perspective gets at least one indicator, always.
@Suite struct ScorecardTests {
    @Test func everyPerspectiveHasAnIndicatorOnTheWholeGrid() throws {
        let levels = ["low", "medium", "high"]
        let strategies = ["operational-excellence", "product-leadership", "customer-intimacy"]
        var situations = 0
        for c in levels {
            for r in levels {
                for v in levels {
                    for s in strategies {
                        let report = try evaluate(["complexity": c, "risk": r, "added-value": v, "value-strategy": s])
                        guard report.topic("approach")?.top != nil else { continue }
                        let perspectives = Set(report.kpis.map(\.perspective))
                        #expect(
                            perspectives == ["financial", "customer", "internal", "learning"],
                            "\(c) \(r) \(v) \(s): \(perspectives.sorted())")
                        situations += 1
                    }
                }
            }
        }
        #expect(situations == 81)
    }
}
