import RuleLanguage
import SalesAdvisor
import Testing

/// The bundled knowledge base, loaded once for all tests.
let bundledKB: KnowledgeBase = {
    let (kb, result) = KnowledgeBase.load(folder: nil)
    guard let kb else { fatalError("the bundled knowledge base does not load:\n" + result.renderedDiagnostics) }
    return kb
}()

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

/// Evaluates answers given as `name=value` strings (and optional scenario text) on the bundled KB.
func evaluate(_ answers: [String: String], scenario: String = "", weights: [String: Double] = [:]) throws -> Report {
    let parsed = ScenarioParser.parse(scenario, file: "test.scenario")
    let s = try parsed.get()
    let sets = answers.sorted { $0.key < $1.key }.map { try! ScenarioParser.parseSet("\($0.key)=\($0.value)").get() }
    let situation = try Situation(s, sets: sets, kb: bundledKB)
    var evaluation = Evaluation(kb: bundledKB)
    evaluation.weights = weights
    return try evaluation.evaluate(situation)
}

/// The recommended value of a goal.
func top(_ report: Report, _ topic: String) -> String? { report.topic(topic)?.top?.value }
