@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// `advisor test`: runs regression suites (docs/suites.md) and reports each failure with expected
/// against actual and the why-not of the expected value; `--coverage` adds rule and condition
/// coverage; `--format junit` writes JUnit XML for CI.
enum TestCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.test }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal, environment: context.environment)
    }

    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError)
        -> ExitStatus
    {
        let a = try Arguments(args, spec: Commands.test)
        let format = try a.format(["text", "json", "junit"], command: "test")
        var paths = a.positional
        if paths.isEmpty {
            guard FileSystem.isDirectory("rules/suites") else {
                throw UsageError(
                    message:
                        "give suite files or folders of them (the bundled knowledge base's suites are in rules/suites of the source tree)",
                    command: "test")
            }
            paths = ["rules/suites"]
        }
        var files: [String] = []
        var failed = false
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
        var suites: [Suite] = []
        var problems: [(file: String, message: String)] = []
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
        // The knowledge base: --rules (or ADVISOR_RULES) for every suite, else the suite's own
        // `rules "…"` line, else the bundled one. Each is loaded once.
        let override = a.value("--rules") ?? environment["ADVISOR_RULES"]
        var bases: [String: KnowledgeBase] = [:]
        var broken: Set<String> = []
        var order: [String] = []
        func knowledgeBase(for suite: Suite) -> (String, KnowledgeBase)? {
            var folder = override
            if folder == nil, let (path, _) = suite.rules { folder = SuiteRunner.resolve(path, from: suite.file) }
            // One key per folder however it is written; shown relative to the current folder.
            let key =
                folder.map { path -> String in
                    let full = FileSystem.canonical(path)
                    let here = FileSystem.canonical(".") + "/"
                    if full + "/" == here { return "." }
                    return full.hasPrefix(here) ? String(full.dropFirst(here.count)) : full
                } ?? "the bundled knowledge base"
            if let kb = bases[key] { return (key, kb) }
            if broken.contains(key) { return nil }
            guard let kb = KnowledgeBaseLoader.load(folder == nil ? nil : key, terminal: terminal) else {
                broken.insert(key)
                return nil
            }
            bases[key] = kb
            order.append(key)
            return (key, kb)
        }
        let pattern = a.value("--filter")
        let include: (String) -> Bool = { name in pattern.map { Glob.matches($0, name) } ?? true }
        var results: [SuiteResult] = []
        var coverage: [String: Coverage] = [:]
        for suite in suites {
            guard let (key, kb) = knowledgeBase(for: suite) else {
                problems.append((suite.file, "the knowledge base of this suite does not load"))
                failed = true
                continue
            }
            var runner = SuiteRunner(kb: kb)
            runner.measuresCoverage = a.has("--coverage")
            if a.has("--update-traces") { runner.writeTrace = { path, text in SessionStore.write(text, to: path) } }
            let result = runner.run(suite, include: include)
            if a.has("--coverage") {
                var c = coverage[key] ?? Coverage(program: kb.program)
                for r in result.cases { c.add(r.coverage) }
                coverage[key] = c
            }
            if pattern == nil || !result.cases.isEmpty { results.append(result) }
        }
        if let pattern, results.allSatisfy({ $0.cases.isEmpty }), !suites.isEmpty {
            terminal.err("advisor: no case matches '\(pattern)'\n")
            return .badInput
        }
        var report = SuiteReport(
            results: results, coverage: order.compactMap { key in coverage[key].map { (key, $0) } })
        report.problems = problems
        switch format {
        case "json": terminal.out(report.json().rendered() + "\n")
        case "junit": terminal.out(report.junit())
        default: terminal.out(report.text().visibleControls)
        }
        if failed || report.errors > 0 { return .badInput }
        return report.failed > 0 ? .failure : .success
    }
}

/// Shell-style patterns for `--filter`: `*` any run of characters, `?` one character; a pattern
/// without them names one case exactly.
enum Glob {
    static func matches(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern)
        let n = Array(name)
        var pi = 0
        var ni = 0
        var star = -1
        var mark = 0
        while ni < n.count {
            if pi < p.count, p[pi] == "?" || p[pi] == n[ni] {
                pi += 1
                ni += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi
                mark = ni
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ni = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
