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
        let format = a.choice("--format", default: SuiteFormat.text)
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
        var read = SuiteFiles(paths, terminal: terminal)
        // The knowledge base: --rules (or ADVISOR_RULES) for every suite, else the suite's own
        // `rules "…"` line, else the bundled one. Each is loaded once.
        let bases = SuiteBases(override: a.value("--rules") ?? environment["ADVISOR_RULES"], terminal: terminal)
        let pattern = a.value("--filter")
        let include: (String) -> Bool = { name in pattern.map { Glob.matches($0, name) } ?? true }
        var results: [SuiteResult] = []
        var coverage: [String: Coverage] = [:]
        for suite in read.suites {
            guard let (key, kb) = bases.knowledgeBase(for: suite) else {
                read.problems.append((suite.file, "the knowledge base of this suite does not load"))
                read.failed = true
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
        if let pattern, results.allSatisfy({ $0.cases.isEmpty }), !read.suites.isEmpty {
            terminal.err("advisor: no case matches '\(pattern)'\n")
            return .badInput
        }
        var report = SuiteReport(
            results: results, coverage: bases.order.compactMap { key in coverage[key].map { (key, $0) } })
        report.problems = read.problems
        switch format {
        case .json: terminal.out(report.json().rendered() + "\n")
        case .junit: terminal.out(report.junit())
        case .text: terminal.out(report.text().visibleControls)
        }
        if read.failed || report.errors > 0 { return .badInput }
        return report.failed > 0 ? .failure : .success
    }
}
