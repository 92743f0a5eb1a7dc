import FuzzDriver
import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// The bundled knowledge base, loaded once.
let kb: KnowledgeBase? = KnowledgeBase.load(folder: nil).0

/// libFuzzer's entry: the bytes as an export, both ways: each line as a JSON-lines record, and the
/// whole as a CSV file (fed in two pieces, as a stream arrives); every record that makes a valid
/// situation is evaluated.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBatch(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let kb else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    var evaluation = Evaluation(kb: kb)
    evaluation.printed = { _ in }
    func run(_ scenario: Result<Scenario, InputError>) {
        switch scenario {
        case .success(let s):
            if let situation = try? Situation(s, kb: kb) { _ = try? evaluation.evaluate(situation) }
        case .failure(let e):
            _ = e.rendered
        }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(16).enumerated() {
        run(BatchScenario.json(String(line), line: i + 1, file: "fuzz.jsonl"))
    }
    var splitter = CSVSplitter()
    let half = bytes.count / 2
    var records = splitter.feed(Array(bytes[..<half]))
    records += splitter.feed(Array(bytes[half...]), atEnd: true)
    var header: [String]?
    for r in records.prefix(16) {
        guard case .success(let record) = r else { continue }
        guard let h = header else {
            header = record.fields.map(\.text)
            continue
        }
        run(BatchScenario.csv(record, header: h, file: "fuzz.csv"))
    }
    return 0
}

/// SwiftPM links an executable target's entry as `FuzzBatch_main`: hand the command line to libFuzzer.
@_cdecl("FuzzBatch_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzBatch(data, size) }
}
