import FuzzDriver
import RuleEngine
import RuleLanguage

/// libFuzzer's entry: the bytes as a rule file, loaded, checked and, when it compiles, run with
/// small limits. Any trap is a crash the fuzzer reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let result = RuleLoader(root: "/fuzz") { $0 == "/fuzz/main.rules" ? text : nil }.load(["/fuzz/main.rules"])
    _ = result.renderedDiagnostics
    if let base = result.ruleBase {
        let engine = Engine(program: base.program, limits: RunLimits(maxFirings: 2_000, maxFacts: 2_000))
        engine.output = { _ in }
        do {
            try engine.reset()
            _ = try engine.run()
        } catch {
            _ = "\(error)"
        }
    }
    return 0
}

/// SwiftPM links an executable target's entry as `FuzzRules_main`: hand the command line to libFuzzer.
@_cdecl("FuzzRules_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzRules(data, size) }
}
