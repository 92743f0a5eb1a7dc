@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `advisor evaluate` reads: scenario files (folders expanded to their `*.scenario` files in
/// path order) and exports (CSV, JSON lines) streamed after them; `-` is standard input, told
/// apart by its first line. A file that cannot be read or parsed is said and left out.
struct EvaluateInputs {
    var scenarios: [Scenario] = []
    var exports: [(path: String, format: BatchSource.Format)] = []
    /// What standard input was read as, and the bytes read to tell.
    var standardInput: (kind: StandardInputKind, head: [UInt8])?
    /// Whether a file could not be read or parsed.
    var failed = false
    /// Whether the first error in a scenario from standard input has said what it was read as.
    var notedStandardInput = false
    /// Whether a folder held no scenario file: nothing is evaluated.
    var stopped = false
    /// Whether standard input was empty (blank lines at most): no situation, not an empty one (an
    /// empty partition of a distributed job).
    var emptyStandardInput = false

    /// The files of `request`, read; a usage error when there are none to read.
    init(_ request: EvaluateRequest, kb: KnowledgeBase, terminal: Terminal) throws(UsageError) {
        var paths = request.paths
        if paths.isEmpty && request.format == .jsonl && request.sets.isEmpty && request.grid.isEmpty {
            guard isatty(0) == 0 else {
                throw EvaluateRequest.mistake(
                    "give scenario files, or pipe JSON lines (one scenario per line) to standard input")
            }
            paths = ["-"]
        }
        if let columns = request.layout.columns {
            let header = request.layout.header(columns, kb: kb)
            if let (k, message) = header.mistakes.first {
                throw EvaluateRequest.mistake(
                    "--columns: \(message.replacing("the column '\(columns[k])'", with: "'\(columns[k])'"))")
            }
        }
        if paths.contains("-") {
            let sniffed = StandardInputKind.sniff(questions: Set(kb.ruleBase.questions.map(\.name)))
            let jsonLines = request.format == .jsonl && sniffed.0 == .scenario && sniffed.1.isEmpty
            // A headerless partition (`--columns`) or a given delimiter says it is CSV.
            let csv = sniffed.0 != .jsonLines && (request.layout.columns != nil || request.layout.delimiter != nil)
            standardInput = (csv ? .csv : jsonLines ? .jsonLines : sniffed.0, sniffed.1)
        }
        var files: [String] = []
        for p in paths {
            if p == "-", let given = standardInput, given.kind == .scenario,
                given.head.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 })
            {
                emptyStandardInput = true
                continue
            }
            if let format = exportFormat(p) {
                exports.append((p, format))
            } else if FileSystem.isDirectory(p) {
                let found = FileSystem.files(under: p).filter { $0.hasSuffix(".scenario") }
                if found.isEmpty {
                    terminal.err("advisor: no .scenario files under '\(p)'\n")
                    stopped = true
                    return
                }
                files += found
            } else {
                files.append(p)
            }
        }
        for f in files { read(f, language: request.language, terminal: terminal) }
        if !exports.isEmpty && !request.grid.isEmpty {
            throw EvaluateRequest.mistake("--grid varies scenario files and --set answers, not the rows of an export")
        }
    }

    /// An export by its extension, whatever its case (`.CSV` from a spreadsheet), or standard input
    /// by its first line; JSON files are read as JSON lines (an array is a located error).
    func exportFormat(_ p: String) -> BatchSource.Format? {
        let ext = p.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last : nil
        }?.lowercased()
        if ext == "csv" || (p == "-" && standardInput?.kind == .csv) { return .csv }
        if ["jsonl", "ndjson", "json"].contains(ext ?? "") || (p == "-" && standardInput?.kind == .jsonLines) {
            return .jsonLines
        }
        return nil
    }

    mutating func read(_ f: String, language: Language, terminal: Terminal) {
        guard
            let text = f == "-"
                ? FileSystem.standardInput(after: standardInput?.head ?? []) : FileSystem.contents(of: f)
        else {
            terminal.err("advisor: cannot read scenario '\(f)': \(FileSystem.readProblem(f))\n")
            failed = true
            return
        }
        switch ScenarioParser.parse(text, file: f == "-" ? "<stdin>" : f) {
        case .success(var s):
            s.language = language
            scenarios.append(s)
        case .failure(let e):
            terminal.err(e.rendered + "\n" + note(f == "-"))
            failed = true
        }
    }

    /// After the first error in a scenario read from standard input: what it was read as.
    mutating func note(_ fromStandardInput: Bool) -> String {
        guard fromStandardInput, !notedStandardInput else { return "" }
        notedStandardInput = true
        return "advisor: note: \(StandardInputKind.scenario.assumed)\n"
    }
}
