import FuzzDriver
import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// The bundled knowledge base, loaded once.
let kb: KnowledgeBase? = KnowledgeBase.load(folder: nil).0

/// libFuzzer's entry: the bytes as a scenario file (and its lines as `--set` answers), read,
/// checked against the bundled knowledge base and, when valid, evaluated.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let kb else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    var sets: [Scenario.Answer] = []
    for line in text.split(separator: "\n").prefix(8) {
        if case .success(let a) = ScenarioParser.parseSet(String(line)) { sets.append(a) }
    }
    switch ScenarioParser.parse(text, file: "fuzz.scenario") {
    case .success(let scenario):
        for answers in [[], sets] {
            if let situation = try? Situation(scenario, sets: answers, kb: kb) {
                var evaluation = Evaluation(kb: kb)
                evaluation.printed = { _ in }
                _ = try? evaluation.evaluate(situation)
            }
        }
    case .failure(let e):
        _ = e.rendered
    }
    return 0
}

/// SwiftPM links an executable target's entry as `FuzzScenario_main`: hand the command line to libFuzzer.
@_cdecl("FuzzScenario_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzScenario(data, size) }
}
