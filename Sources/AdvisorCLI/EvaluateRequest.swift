@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// `advisor evaluate`'s options, read and checked once: the output format, the language, what
/// each report carries, and the `--grid` to vary. Every mistake on the command line is a usage
/// error, said before the knowledge base is loaded.
struct EvaluateRequest {
    let arguments: Arguments
    /// The format written: `--format`, or JSON lines for `--jsonl`.
    let format: ReportFormat
    let language: Language
    let rules: String?
    let weights: String?
    /// `--set NAME=VALUE`, as typed (read against the knowledge base later).
    let sets: [String]
    let grid: [SituationGrid.Axis]
    /// The most situations the grid may make (`--max-combinations`).
    let limit: Int
    /// How exports are read: `--delimiter`, `--map`, `--ignore-unknown`, `--columns`.
    let layout: ExportLayout
    /// What a record that gives no advice does (`--on-error`).
    let onError: OnError
    /// The most threads that run situations at once (`--threads`; nil: every core).
    let threads: Int?
    /// The document's customer, date and author (`--customer`, `--date`, `--prepared-by`).
    let info: DocumentInfo

    init(_ args: [String], environment: [String: String]) throws(UsageError) {
        let a = try Arguments(args, spec: Commands.evaluate)
        arguments = a
        let format = a.choice("--format", default: ReportFormat.text)
        if a.has("--jsonl"), a.has("--format"), format != .json {
            throw Self.mistake(
                "--jsonl writes one JSON object per line; it cannot be combined with --format \(format.rawValue)")
        }
        self.format = a.has("--jsonl") ? .jsonl : format
        if a.has("--summary") && (a.has("--jsonl") || a.has("--explain") || a.has("--trace")) {
            throw Self.mistake(
                "--summary writes one summary (text, markdown, json or csv); it cannot be combined with --jsonl, --explain or --trace"
            )
        }
        language = a.choice("--lang", default: Language.en)
        rules = a.value("--rules") ?? environment["ADVISOR_RULES"]
        weights = a.value("--weights")
        sets = a.values("--set")
        grid = try Self.grid(a.values("--grid"), sets: sets)
        limit = try Self.limit(a.value("--max-combinations"))
        layout = try Self.layout(a)
        onError = a.choice("--on-error", default: OnError.fail)
        info = try DocumentOptions.info(
            a, customer: a.value("--customer"), environment: environment, command: "evaluate")
        threads = try a.value("--threads").map { (given: String) throws(UsageError) -> Int in
            guard let n = Int(given), n > 0, n <= 1024 else {
                throw Self.mistake("--threads takes a whole number from 1 to 1024, found '\(given)'")
            }
            return n
        }
    }

    /// `--delimiter`, `--map` (pairs, or a file of them), `--ignore-unknown`, `--columns`.
    static func layout(_ a: Arguments) throws(UsageError) -> ExportLayout {
        var layout = ExportLayout()
        layout.delimiter = a.value("--delimiter").flatMap(ExportLayout.Delimiter.init(rawValue:))
        layout.ignoresUnknown = a.has("--ignore-unknown")
        for given in a.values("--map") {
            var text = given
            if !given.contains("=") {
                // A file of COLUMN=NAME lines (blank lines and # comments left out).
                guard let contents = FileSystem.contents(of: given) else {
                    throw mistake(
                        "--map takes COLUMN=NAME pairs or a file of them; cannot read '\(given)': \(FileSystem.readProblem(given))"
                    )
                }
                text = contents.split(whereSeparator: \.isNewline).map { String($0).trimmed }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") }.joined(separator: ",")
            }
            switch ExportLayout.pairs(text) {
            case .success(let pairs): layout.map.merge(pairs) { _, new in new }
            case .failure(let m):
                throw mistake(
                    "--map takes COLUMN=NAME (for example: --map klant=id,complexiteit=complexity), found '\(m.text)'")
            }
        }
        if let columns = a.value("--columns") {
            let names = columns.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmed }
            guard !names.contains(where: \.isEmpty) else {
                throw mistake("--columns takes the names of the columns, separated by commas (id,complexity,risk)")
            }
            layout.columns = names
        }
        return layout
    }

    var explains: Bool { arguments.has("--explain") }
    /// `--summary`: one portfolio summary instead of a report per situation.
    var summary: Bool { arguments.has("--summary") }
    var traces: Bool { arguments.has("--trace") }
    /// The file arguments (`-` for standard input).
    var paths: [String] { arguments.positional }

    static func mistake(_ message: String) -> UsageError { UsageError(message: message, command: "evaluate") }

    /// `--grid NAME=v1,v2`: one axis per name, each value once, and not also fixed by `--set`
    /// (anything else would evaluate a situation twice or silently drop a value).
    static func grid(_ given: [String], sets: [String]) throws(UsageError) -> [SituationGrid.Axis] {
        let setNames = sets.compactMap { try? ScenarioParser.parseSet($0).get().question }
        var grid: [SituationGrid.Axis] = []
        for g in given {
            guard let eq = g.firstIndex(of: "="), eq != g.startIndex else {
                throw mistake("--grid takes NAME=v1,v2,… (for example: --grid risk=low,medium,high), found '\(g)'")
            }
            let values = g[g.index(after: eq)...].split(separator: ",").map(String.init)
            let name = String(g[..<eq])
            guard !values.isEmpty else { throw mistake("--grid \(name) needs at least one value") }
            if grid.contains(where: { $0.name == name }) {
                throw mistake("--grid \(name) is given twice; give all its values once: --grid \(name)=v1,v2,…")
            }
            if let twice = values.enumerated().first(where: { values[..<$0.offset].contains($0.element) })?.element {
                throw mistake("--grid \(name) lists '\(twice)' twice")
            }
            if setNames.contains(name) { throw mistake("\(name) is given by both --set and --grid; use one") }
            grid.append(SituationGrid.Axis(name: name, values: values))
        }
        return grid
    }

    /// `--max-combinations N`, a positive whole number; a million when not given.
    static func limit(_ given: String?) throws(UsageError) -> Int {
        guard let given else { return 1_000_000 }
        guard let n = Int(given), n > 0 else {
            throw mistake("--max-combinations takes a positive whole number, found '\(given)'")
        }
        return n
    }
}
