import RuleLanguage
@_spi(Tooling) import SalesAdvisor
// The shared test support (the repository, temporary folders, golden files) for every file of
// this target.
@_exported import TestSupport
import Testing

/// The bundled knowledge base, loaded once for all tests.
let bundledKB: KnowledgeBase = {
    let (kb, result) = KnowledgeBase.load(folder: nil)
    guard let kb else { fatalError("the bundled knowledge base does not load:\n" + result.renderedDiagnostics) }
    return kb
}()

/// Evaluates answers given as `name=value` strings (and optional scenario text) on the bundled KB.
func evaluate(
    _ answers: [String: String], scenario: String = "", weights: [String: Double] = [:], kb: KnowledgeBase = bundledKB
) throws -> Report {
    let parsed = ScenarioParser.parse(scenario, file: "test.scenario")
    let s = try parsed.get()
    let sets = try answers.sorted { $0.key < $1.key }.map { try ScenarioParser.parseSet("\($0.key)=\($0.value)").get() }
    let situation = try Situation(s, sets: sets, kb: kb)
    var evaluation = Evaluation(kb: kb)
    evaluation.weights = weights
    return try evaluation.evaluate(situation)
}

/// The recommended value of a goal.
func top(_ report: Report, _ topic: String) -> String? { report.topic(topic)?.top?.value }

/// The bundled knowledge base with `edit` applied to one file's text, loaded from memory.
func editedKB(_ file: String, _ edit: (String) -> String) throws -> KnowledgeBase {
    var texts: [String: String] = [:]
    for f in KnowledgeBase.bundledFiles { texts[f.name] = f.name == file ? edit(f.text) : f.text }
    let table = texts
    let loader = RuleLoader(root: "/virtual-kb") { path in table[String(path.split(separator: "/").last ?? "")] }
    let result = loader.load(KnowledgeBase.bundledFiles.map { "/virtual-kb/" + $0.name })
    let base = try #require(result.ruleBase, "the edited knowledge base does not load: \(result.renderedDiagnostics)")
    return KnowledgeBase(ruleBase: base, origin: "edited")
}
