import Foundation
import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// The confrontation matrix sets an internal item (a strength or weakness) against an external one
/// (an opportunity or threat): a pair of another shape is a located error in a scenario, and the
/// consultation offers only the items that fit (issue 22, `slot … from swot where kind in […]`).
@Suite struct PairCheckTests {
    static let items = """
        swot s1 kind=strength text="Fast delivery"
        swot w1 kind=weakness text="No web shop"
        swot o1 kind=opportunity text="Buyers move online"
        swot t1 kind=threat text="New entrant"

        """

    func errors(_ pairs: String) -> [String] {
        let scenario = (try? ScenarioParser.parse(Self.items + pairs, file: "m.scenario").get()) ?? Scenario(name: "m")
        do {
            _ = try Situation(scenario, kb: bundledKB)
            return []
        } catch {
            return ([error] + error.more).map { "\($0.place?.line ?? 0):\($0.place?.column ?? 0) \($0.message)" }
        }
    }

    @Test func everyWrongShapeIsALocatedError() {
        #expect(errors("pair s1 external=o1 score=2\npair w1 external=t1 score=-1\n").isEmpty)
        // strength x strength, opportunity x strength, threat as internal, weakness as external, an unknown item.
        let found = errors(
            "pair s1 external=w1 score=1\npair o1 external=s1 score=1\npair t1 external=o1 score=1\npair s1 external=zz score=1\n"
        )
        #expect(
            found == [
                "5:9 pair.external takes a swot whose kind is opportunity or threat; 'w1' has kind weakness",
                "6:6 pair.internal takes a swot whose kind is strength or weakness; 'o1' has kind opportunity",
                "6:9 pair.external takes a swot whose kind is opportunity or threat; 's1' has kind strength",
                "7:6 pair.internal takes a swot whose kind is strength or weakness; 't1' has kind threat",
                "8:9 pair.external takes a swot whose kind is opportunity or threat; no swot is called 'zz'; these are: o1, t1",
            ], "\(found)")
    }

    @Test func theConsultationOffersOnlyTheItemsThatFit() throws {
        var state = ConsultationState(kb: bundledKB)
        try state.take(.offer(kind: "swot", accepted: true))
        for (label, kind) in [
            ("Fast delivery", "strength"), ("No web shop", "weakness"), ("Buyers move online", "opportunity"),
            ("New entrant", "threat"),
        ] {
            try state.take(.instance(kind: "swot", label: label))
            try state.take(.slot(instance: state.instances.count - 1, slot: "kind", value: kind))
        }
        let pair = try #require(bundledKB.ruleBase.instanceKinds.first { $0.name == "pair" })
        let internalSlot = try #require(pair.slots.first { $0.name == "internal" })
        let external = try #require(pair.slots.first { $0.name == "external" })
        #expect(state.choices(for: internalSlot, of: pair)?.flatMap(\.labels) == ["Fast delivery", "No web shop"])
        #expect(state.choices(for: external, of: pair)?.flatMap(\.labels) == ["Buyers move online", "New entrant"])
        // Items a scenario gave are filtered the same way.
        let scenario = try ScenarioParser.parse(Self.items, file: "m.scenario").get()
        let given = ConsultationState(kb: bundledKB, scenario: scenario)
        #expect(given.choices(for: internalSlot, of: pair)?.map(\.value) == ["s1", "w1"])
        #expect(given.choices(for: external, of: pair)?.map(\.value) == ["o1", "t1"])
    }

    @Test func theLanguageChecksTheFilter() {
        let base = """
            enum kind-kind { a b }
            template item { id: symbol  kind: kind-kind  text: string }
            template link { from-item: symbol  score: integer }
            instances item
              key id
              label text
            end

            """
        let good = load(base + "instances link\n  slot from-item from item where kind in [a]\nend\n")
        #expect(good.ruleBase != nil, "\(good.renderedDiagnostics)")
        #expect(good.ruleBase?.instanceKinds.first { $0.name == "link" }?.slots.first?.fromFilter?.values == ["a"])
        let badSlot = load(base + "instances link\n  slot from-item from item where kynd in [a]\nend\n")
        #expect(
            badSlot.renderedDiagnostics.contains("error[RL0302]: template 'item' has no slot 'kynd'"),
            "\(badSlot.renderedDiagnostics)")
        let badValue = load(base + "instances link\n  slot from-item from item where kind in [a c]\nend\n")
        #expect(
            badValue.renderedDiagnostics.contains("error[RL0303]: 'c' is not a value of 'kind-kind'"),
            "\(badValue.renderedDiagnostics)")
        let badSyntax = load(base + "instances link\n  slot from-item from item where kind [a]\nend\n")
        #expect(badSyntax.ruleBase == nil)
    }

    func load(_ text: String) -> LoadResult {
        let loader = RuleLoader(root: "/virtual") { path in path == "/virtual/m.rules" ? text : nil }
        return loader.load(["/virtual/m.rules"])
    }
}
