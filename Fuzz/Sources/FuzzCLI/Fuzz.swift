import FuzzDriver
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The command line's readers under libFuzzer (issue 23, part 6). This module compiles the
// command line's own sources (`AdvisorCLI` is a link to ../../../Sources/AdvisorCLI), so the
// target reaches what the executable reaches, internals included. `ADVISOR_FUZZ` picks the reader:
//   consult     the bytes as typed lines of a consultation (a first line `nl`: in Dutch)
//   session     the bytes as a session file, resumed
//   transcript  the bytes as a transcript, parsed and replayed
//   suite       the bytes as a regression suite, checked and run
//   arguments   the bytes as a command line (one argument a line)
// Everything runs in a scratch folder that is the only place the run may write (`FileWriter.root`).

let mode = getenv("ADVISOR_FUZZ").map { String(cString: $0) } ?? "consult"

/// A scratch folder per process, emptied after every input.
let scratch: String = {
    var template = Array("/tmp/advisor-fuzz-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { return "/tmp" }
    return String(cString: made)
}()

func emptyScratch() {
    for file in FileSystem.files(under: scratch, followingLinks: false).reversed() { unlink(file) }
    for sub in ["state/advisor", "state"] { rmdir(scratch + "/" + sub) }
}

func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return }
    _ = write(fd, bytes.baseAddress, bytes.count)
    close(fd)
}

/// Runs `advisor arguments` in the scratch folder with `input` as typed lines.
func run(_ arguments: [String], input: [String] = []) {
    // ADVISOR_FUZZ_SHOW=1 shows what a run printed (to look at one input: FuzzCLI FILE).
    let show = getenv("ADVISOR_FUZZ_SHOW") != nil
    let terminal = Terminal(
        out: { if show { _ = $0.withCString { write(2, $0, strlen($0)) } } },
        err: { if show { _ = $0.withCString { write(2, $0, strlen($0)) } } })
    var environment = ["HOME": scratch, "XDG_STATE_HOME": scratch + "/state"]
    // A suite's `rules "../sales"` does not reach from the scratch folder: scripts/fuzz names the folder.
    if mode == "suite", let rules = getenv("ADVISOR_FUZZ_RULES") {
        environment["ADVISOR_RULES"] = String(cString: rules)
    }
    _ = FileWriter.$root.withValue(scratch) {
        Advisor.main(
            arguments, terminal: terminal, environment: environment, reader: ScriptedLineReader(input.map { .line($0) })
        )
    }
    terminal.flush()
}

/// An argument the fuzzer made, kept inside the scratch folder: no absolute paths, no way up, no
/// home folder (a walk of `/` is no finding, only a timeout).
func contained(_ argument: String) -> String {
    argument.contains("/") || argument.hasPrefix("~") || argument.contains("..") ? "x" : argument
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCLI(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: count)
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    chdir(scratch)
    defer { emptyScratch() }
    switch mode {
    case "session":
        mkdir(scratch + "/state", 0o755)
        mkdir(scratch + "/state/advisor", 0o755)
        write(bytes, to: scratch + "/state/advisor/consultation.session")
        run(["--resume"], input: ["summary", "quit"])
    case "transcript":
        let transcript = Transcript.parse(text)
        // Only a few sections: each is a whole consultation.
        if transcript.sections.count <= 3 {
            _ = ReplayCommand.replay(transcript, environment: [:])
        }
    case "suite":
        write(bytes, to: scratch + "/fuzz.suite")
        run(["test", "fuzz.suite"])
    case "arguments":
        run(lines.prefix(12).map(contained), input: ["quit"])
    default:
        // A first line `nl` makes it a Dutch consultation.
        let dutch = lines.first == "nl"
        run(["--lang", dutch ? "nl" : "en"], input: Array(lines.dropFirst(dutch ? 1 : 0).prefix(80)))
    }
    return 0
}

/// SwiftPM links an executable target's entry as `FuzzCLI_main`: hand the command line to libFuzzer.
@_cdecl("FuzzCLI_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzCLI(data, size) }
}
