@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// Every ```scenario block in docs/scenarios.md checks against the bundled knowledge base and meets
/// its expectations, so the documentation cannot drift from the format.
@Suite struct ScenarioDocsTests {
    static func blocks() -> [String] {
        guard let text = FileSystem.contents(of: repositoryPath("docs/scenarios.md")) else { return [] }
        var blocks: [String] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```scenario" {
                current = []
            } else if let lines = current, line == "```" {
                blocks.append(lines.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(String(line))
            }
        }
        return blocks
    }

    @Test func theDocumentHasExamples() {
        #expect(Self.blocks().count >= 2)
    }

    @Test(arguments: blocks()) func exampleChecksAndMeetsItsExpectations(_ block: String) throws {
        let scenario = try ScenarioParser.parse(block, file: "docs/scenarios.md").get()
        let report = try Evaluation(kb: bundledKB).evaluate(try Situation(scenario, kb: bundledKB))
        #expect(!report.expectations.isEmpty)
        for e in report.expectations {
            #expect(e.met, "expected \(e.topic) = \(e.expected), got \(e.actual ?? "nothing")")
        }
    }
}
