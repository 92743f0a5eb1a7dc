import Testing

@testable import SalesAdvisor

/// Sales objectives for the plan: read from `KIND=TARGET` in English or Dutch, each set beside the
/// indicator that measures it, and kept in a session file.
struct ObjectiveTests {
    @Test func kindsAreReadInEitherLanguage() throws {
        #expect(try Objective.parse("omzet=+8% in 2027").get() == Objective(kind: .turnover, target: "+8% in 2027"))
        #expect(try Objective.parse(" Retention = 95% ").get() == Objective(kind: .retention, target: "95%"))
        #expect(try Objective.parse("aandeel=30%").get().kind == .share)
        for (bad, message) in [
            ("margn=x", "did you mean 'margin'?"), ("turnover", "KIND=TARGET"), ("turnover=", "give the target"),
            ("turnover=a\u{1B}b", "give the target"),
        ] {
            guard case .failure(let e) = Objective.parse(bad) else {
                Issue.record("\(bad) accepted")
                continue
            }
            #expect(e.message.contains(message), "\(bad): \(e.message)")
        }
    }

    @Test func theDocumentSetsThemBesideTheirIndicators() throws {
        let report = try evaluate(["complexity": "high", "risk": "high", "added-value": "high", "customer-class": "a"])
        let info = DocumentInfo(objectives: [Objective(kind: .retention, target: "every A customer kept")])
        let d = DocumentBuilder(language: .en).document(report, info: info)
        let step = try #require(d.plan.first { $0.step == "objectives" })
        let tables = step.blocks.compactMap { b -> DocumentTable? in if case .table(let t) = b { t } else { nil } }
        #expect(
            tables.first?.rows.first?.prefix(3) == [
                "Customer retention", "every A customer kept", "customer retention",
            ])
        // The scorecard takes the target; no blank is left for objectives.
        #expect(
            tables.last?.rows.contains { $0[2] == "customer retention" && $0[4] == "every A customer kept" } == true)
        #expect(!step.blocks.contains { if case .blank = $0 { true } else { false } })
    }

    @Test func aSessionFileKeepsThem() throws {
        var record = SessionRecord(knowledgeBase: "0", language: .nl, steps: [])
        record.objectives = [Objective(kind: .margin, target: "32% bruto")]
        let read = try SessionRecord.parse(record.text)
        #expect(read == record && read.objectives.first?.target == "32% bruto")
        #expect(record.text.contains("objective margin 32% bruto\n"))
    }
}

/// The scorecard names each perspective's success factors on its first row (the knowledge base's
/// `csf-perspective` facts), so the chain strategy → success factor → indicator reads across.
struct ScorecardFactorTests {
    @Test func eachPerspectiveNamesItsFactorsOnce() throws {
        let report = try evaluate(["complexity": "high", "risk": "high", "added-value": "high", "customer-class": "a"])
        #expect(report.factorPerspectives["trusted-relationship"] == "customer")
        let d = DocumentBuilder(language: .en).document(report)
        let step = try #require(d.plan.first { $0.step == "objectives" })
        let table = try #require(
            step.blocks.compactMap { b -> DocumentTable? in if case .table(let t) = b { t } else { nil } }.last)
        #expect(table.header[1] == "Critical success factor")
        let customer = table.rows.filter { $0[0] == "customer and market" }
        #expect(customer.first?[1].contains("A trusted relationship with each key account") == true)
        #expect(customer.dropFirst().allSatisfy { $0[1].isEmpty }, "named once, on the perspective's first row")
    }
}
