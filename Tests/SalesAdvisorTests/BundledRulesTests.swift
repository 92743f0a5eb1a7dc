@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// The knowledge base built into the binary is rules/sales, file for file (the EmbedRules plugin
/// embeds it at build time), and it checks clean.
@Suite struct BundledRulesTests {
    @Test func bundledCopyMatchesRulesSales() throws {
        let folder = repositoryPath("rules/sales")
        let onDisk = RuleLoader.ruleFiles(in: folder)
        let bundled = KnowledgeBase.bundledFiles
        #expect(bundled.map(\.name) == onDisk.map { String($0.split(separator: "/").last ?? "") })
        for (file, path) in zip(bundled, onDisk) {
            #expect(
                file.text == FileSystem.contents(of: path),
                "\(file.name) differs from rules/sales: the build did not embed the current file")
        }
    }

    @Test func bundledKnowledgeBaseHasNoDiagnostics() {
        let (kb, result) = KnowledgeBase.load(folder: nil)
        #expect(kb != nil)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        #expect(kb?.ruleBase.goals.map(\.name) == ["approach", "method", "leadership"])
    }

    @Test func everyRuleHasASourceAndAConfidenceTag() {
        for (index, rule) in bundledKB.program.rules.enumerated() {
            let notes = bundledKB.ruleBase.notes(index)
            #expect(notes.provenance != nil, "rule \(rule.name) has no source")
            #expect(
                ["T", "P", "I"].contains(notes.provenance?.confidence ?? ""), "rule \(rule.name) has no [T]/[P]/[I] tag"
            )
            #expect(
                notes.texts.contains { $0.texts["en"] != nil && $0.texts["nl"] != nil },
                "rule \(rule.name) lacks en/nl texts")
        }
    }

    @Test func everyQuestionAndValueSpeaksBothLanguages() {
        for q in bundledKB.ruleBase.questions {
            #expect(q.prompts["en"] != nil && q.prompts["nl"] != nil, "question \(q.name)")
            for v in bundledKB.values(ofAttribute: q.attribute) {
                let texts = bundledKB.valueTexts(v, ofAttribute: q.attribute)
                #expect(texts?["en"] != nil && texts?["nl"] != nil, "value \(v) of \(q.name)")
            }
        }
        for g in bundledKB.ruleBase.goals {
            #expect(g.texts["en"] != nil && g.texts["nl"] != nil, "goal \(g.name)")
            for v in bundledKB.values(ofAttribute: g.attribute) {
                let texts = bundledKB.valueTexts(v, ofAttribute: g.attribute)
                #expect(texts?["en"] != nil && texts?["nl"] != nil, "value \(v) of \(g.name)")
            }
        }
    }
}
