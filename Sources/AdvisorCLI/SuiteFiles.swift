@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// The suites `advisor test` runs: files, and folders expanded to their `*.suite` files; one that
/// cannot be read or parsed is said, kept as a problem for the report, and left out.
struct SuiteFiles {
    var suites: [Suite] = []
    /// Files that could not be read or parsed, with what was wrong (the report lists them).
    var problems: [(file: String, message: String)] = []
    var failed = false

    init(_ paths: [String], terminal: Terminal) {
        var files: [String] = []
        for p in paths {
            if FileSystem.isDirectory(p) {
                let found = FileSystem.files(under: p).filter { $0.hasSuffix(".suite") }
                if found.isEmpty {
                    terminal.err("advisor: no .suite files under '\(p)'\n")
                    failed = true
                }
                files += found
            } else {
                files.append(p)
            }
        }
        for f in files {
            guard let text = f == "-" ? FileSystem.standardInput() : FileSystem.contents(of: f) else {
                terminal.err("advisor: cannot read suite '\(f)': \(FileSystem.readProblem(f))\n")
                problems.append((f, "cannot read suite '\(f)': \(FileSystem.readProblem(f))"))
                failed = true
                continue
            }
            switch SuiteParser.parse(text, file: f == "-" ? "<stdin>" : f) {
            case .success(let s): suites.append(s)
            case .failure(let e):
                terminal.err(e.rendered + "\n")
                problems.append((f, e.rendered))
                failed = true
            }
        }
    }
}
