@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `advisor evaluate`: situations from scenario files, folders and `--set`, run through the knowledge
/// base, written as text, Markdown or JSON in English or Dutch.
enum EvaluateCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.evaluate }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal, environment: context.environment)
    }

    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError)
        -> ExitStatus
    {
        let a = try Arguments(args, spec: Commands.evaluate)
        let format = a.choice("--format", default: ReportFormat.text)
        if a.has("--jsonl"), a.has("--format"), format != .json {
            throw UsageError(
                message:
                    "--jsonl writes one JSON object per line; it cannot be combined with --format \(format.rawValue)",
                command: "evaluate")
        }
        let language = try a.language(command: "evaluate")
        guard let kb = KnowledgeBaseLoader.load(a.value("--rules") ?? environment["ADVISOR_RULES"], terminal: terminal)
        else {
            return .badInput
        }
        var evaluation = Evaluation(kb: kb)
        evaluation.recordsTrace = a.has("--trace")
        // A close call names the answers that would tip it: a re-run per alternative answer, so
        // not for the batch formats (CSV, JSON lines), which say only that the call is close.
        evaluation.findsTips = !a.has("--jsonl") && format != .csv
        evaluation.keepsFacts = a.has("--explain")
        guard Weights.apply(a.value("--weights"), to: &evaluation, terminal: terminal) else { return .badInput }
        var sets: [Scenario.Answer] = []
        for s in a.values("--set") {
            switch ScenarioParser.parseSet(s) {
            case .success(let answer): sets.append(answer)
            case .failure(let e):
                terminal.err("advisor: \(e.message)\n")
                return .badInput
            }
        }
        // Scenario files, folders expanded to their *.scenario files in path order; exports (CSV,
        // JSON lines) are read as streams after them.
        var files: [String] = []
        var exports: [(path: String, format: BatchSource.Format)] = []
        var positional = a.positional
        if positional.isEmpty && a.has("--jsonl") && sets.isEmpty && !a.has("--grid") {
            guard isatty(0) == 0 else {
                throw UsageError(
                    message: "give scenario files, or pipe JSON lines (one scenario per line) to standard input",
                    command: "evaluate")
            }
            positional = ["-"]
        }
        // Standard input is told apart by its first line: JSON lines, a CSV export or a scenario.
        var standardInput: (kind: StandardInputKind, head: [UInt8])?
        if positional.contains("-") {
            let sniffed = StandardInputKind.sniff(questions: Set(kb.ruleBase.questions.map(\.name)))
            standardInput = (
                a.has("--jsonl") && sniffed.0 == .scenario && sniffed.1.isEmpty ? .jsonLines : sniffed.0, sniffed.1
            )
        }
        for p in positional {
            // The kind of file by its extension, whatever its case (`.CSV` from a spreadsheet); JSON
            // files are read as JSON lines (one object a line; an array is a located error).
            let ext = p.split(separator: "/").last.flatMap { name in
                name.contains(".") ? name.split(separator: ".").last : nil
            }?.lowercased()
            if ext == "csv" || (p == "-" && standardInput?.kind == .csv) {
                exports.append((p, .csv))
                continue
            }
            if ["jsonl", "ndjson", "json"].contains(ext ?? "") || (p == "-" && standardInput?.kind == .jsonLines) {
                exports.append((p, .jsonLines))
                continue
            }
            if FileSystem.isDirectory(p) {
                let found = FileSystem.files(under: p).filter { $0.hasSuffix(".scenario") }
                if found.isEmpty {
                    terminal.err("advisor: no .scenario files under '\(p)'\n")
                    return .badInput
                }
                files += found
            } else {
                files.append(p)
            }
        }
        // A bad file is reported and left out; the others are still evaluated, and the exit code
        // says 2 at the end.
        var scenarios: [Scenario] = []
        var failed = false
        // The first error in a scenario read from standard input says what it was read as.
        var notedStandardInput = false
        func note(_ fromStandardInput: Bool) -> String {
            guard fromStandardInput, !notedStandardInput else { return "" }
            notedStandardInput = true
            return "advisor: note: \(StandardInputKind.scenario.assumed)\n"
        }
        for f in files {
            guard
                let text = f == "-"
                    ? FileSystem.standardInput(after: standardInput?.head ?? []) : FileSystem.contents(of: f)
            else {
                terminal.err("advisor: cannot read scenario '\(f)': \(FileSystem.readProblem(f))\n")
                failed = true
                continue
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
        if !exports.isEmpty && a.has("--grid") {
            throw UsageError(
                message: "--grid varies scenario files and --set answers, not the rows of an export",
                command: "evaluate")
        }
        if scenarios.isEmpty && failed && exports.isEmpty { return .badInput }
        if scenarios.isEmpty && exports.isEmpty {
            guard !sets.isEmpty || a.has("--grid") else {
                throw UsageError(
                    message: "give scenario files, a folder of them, --set NAME=VALUE or --grid NAME=v1,v2",
                    command: "evaluate")
            }
            scenarios.append(Scenario(name: "situation"))
        }
        // Every scenario, times the combinations of the --grid values.
        var grid: [(name: String, values: [String])] = []
        for g in a.values("--grid") {
            guard let eq = g.firstIndex(of: "="), eq != g.startIndex else {
                throw UsageError(
                    message: "--grid takes NAME=v1,v2,… (for example: --grid risk=low,medium,high), found '\(g)'",
                    command: "evaluate")
            }
            let values = g[g.index(after: eq)...].split(separator: ",").map(String.init)
            let name = String(g[..<eq])
            guard !values.isEmpty else {
                throw UsageError(message: "--grid \(name) needs at least one value", command: "evaluate")
            }
            // One grid per name, each value once, and not also fixed by --set: anything else would
            // evaluate a situation twice or silently drop a value.
            if grid.contains(where: { $0.name == name }) {
                throw UsageError(
                    message: "--grid \(name) is given twice; give all its values once: --grid \(name)=v1,v2,…",
                    command: "evaluate")
            }
            if let twice = values.enumerated().first(where: { values[..<$0.offset].contains($0.element) })?.element {
                throw UsageError(message: "--grid \(name) lists '\(twice)' twice", command: "evaluate")
            }
            if sets.contains(where: { $0.name == name }) {
                throw UsageError(message: "\(name) is given by both --set and --grid; use one", command: "evaluate")
            }
            grid.append((name, values))
        }
        // How many situations, said before the work starts and held to a limit.
        var limit = 1_000_000
        if let m = a.value("--max-combinations") {
            guard let n = Int(m), n > 0 else {
                throw UsageError(
                    message: "--max-combinations takes a positive whole number, found '\(m)'", command: "evaluate")
            }
            limit = n
        }
        var total = scenarios.count
        var tooMany = false
        for (_, values) in grid {
            let (product, overflow) = total.multipliedReportingOverflow(by: values.count)
            if overflow || product > limit { tooMany = true }
            total = overflow ? Int.max : product
        }
        if tooMany || total > limit {
            let sizes =
                ([scenarios.count > 1 ? "\(scenarios.count) scenarios" : nil].compactMap { $0 }
                + grid.map { "\($0.values.count)" })
                .joined(separator: " x ")
            terminal.err(
                "advisor: --grid makes \(tooMany && total == Int.max ? "more than 9223372036854775807" : String(total)) situations (\(sizes)), "
                    + "more than the limit of \(limit); raise it with --max-combinations N\n")
            return .badInput
        }
        /// The situation at position `index` of scenarios x grid (the last --grid varies fastest).
        func situation(_ index: Int) -> Result<Situation, InputError> {
            var rest = index
            var combination: [(String, String)] = []
            for (name, values) in grid.reversed() {
                combination.insert((name, values[rest % values.count]), at: 0)
                rest /= values.count
            }
            var scenario = scenarios[rest]
            var answers = sets
            if !combination.isEmpty {
                scenario.name += "[" + combination.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "]"
                for (name, value) in combination {
                    switch ScenarioParser.parseSet("\(name)=\(value)") {
                    case .success(let answer): answers.append(answer)
                    case .failure(let e): return .failure(e)
                    }
                }
            }
            do {
                return .success(try Situation(scenario, sets: answers, kb: kb))
            } catch {
                return .failure(error)
            }
        }
        // Check every --grid value once before any work (a wrong value is one error, not thousands).
        for (name, values) in grid {
            for value in values {
                switch ScenarioParser.parseSet("\(name)=\(value)") {
                case .success(let answer):
                    let probe = Scenario(name: "probe")
                    do { _ = try Situation(probe, sets: [answer], kb: kb) } catch {
                        terminal.err("advisor: --grid \(name)=\(values.joined(separator: ",")): \(error.message)\n")
                        return .badInput
                    }
                case .failure(let e):
                    terminal.err("advisor: \(e.message)\n")
                    return .badInput
                }
            }
        }
        if !grid.isEmpty { terminal.err("advisor: evaluating \(total) situation\(total == 1 ? "" : "s")\n") }
        let jsonl = a.has("--jsonl")
        let explain = a.has("--explain")
        let output: ReportFormat = jsonl ? .jsonl : format
        let renderer = output.renderer(language: language, goals: kb.ruleBase.goals.map(\.name), explain: explain)
        let settled = evaluation
        var unmet = false
        var written = 0
        let showsProgress = total > EvaluateCommand.chunk && isatty(2) == 1
        terminal.out(renderer.head)
        /// Runs situations on every core and writes their reports in order; a run that fails is
        /// reported and left out of the output.
        func write(_ situations: [Situation]) {
            let results = Parallel.map(situations) {
                situation -> Result<(text: String, unmet: Bool), Evaluation.Failure> in
                do {
                    let run = try settled.run(situation)
                    var how: [HowNode] = []
                    if explain {
                        // The how-tree of every goal's recommendation.
                        let explainer = Explainer(evaluation: settled, run: run)
                        how = run.report.topics.filter(\.isGoal).compactMap { t in
                            t.top.flatMap { explainer.how(topic: t.topic, value: $0.value) }
                        }
                    }
                    let unmet = run.report.expectations.contains { !$0.met }
                    return .success((renderer.render(run.report, how: how), unmet))
                } catch let e as Evaluation.Failure {
                    return .failure(e)
                } catch {
                    return .failure(Evaluation.Failure(message: "\(error)"))
                }
            }
            for (situation, result) in zip(situations, results) {
                if case .failure(let e) = result {
                    terminal.err("advisor: \(situation.name): \(e.message)\n")
                    failed = true
                }
            }
            for result in results {
                guard case .success(let r) = result else { continue }
                terminal.out((written > 0 ? renderer.separator : "") + r.text)
                written += 1
                unmet = unmet || r.unmet
            }
        }
        // In chunks: each chunk's situations run on every core, and its reports are written before
        // the next chunk is made, so memory stays the same however many situations there are.
        var start = 0
        while start < total && !scenarios.isEmpty {
            let end = min(total, start + EvaluateCommand.chunk)
            var situations: [Situation] = []
            for i in start..<end {
                switch situation(i) {
                case .success(let s): situations.append(s)
                case .failure(let e):
                    terminal.err(e.rendered + "\n" + note(e.place?.file == "<stdin>"))
                    failed = true
                }
            }
            write(situations)
            start = end
            // The first failed write ends the run, as a Unix filter does (`| head -1`): nothing more
            // can reach the reader. Advisor.main says why and exits 2.
            terminal.flush()
            if terminal.outputFailure != nil { return .badInput }
            if showsProgress { terminal.err("\r\(start) of \(total)" + (start == total ? "\n" : "")) }
        }
        // Exports stream: each batch is what has arrived, up to a chunk; every bad line is said and
        // the others still run.
        for export in exports {
            let prefill = export.path == "-" ? standardInput?.head ?? [] : []
            guard let source = BatchSource(path: export.path, format: export.format, kb: kb, prefill: prefill) else {
                terminal.err("advisor: cannot read '\(export.path)': \(FileSystem.readProblem(export.path))\n")
                failed = true
                continue
            }
            while let batch = source.next(limit: EvaluateCommand.chunk) {
                var situations: [Situation] = []
                for item in batch {
                    do {
                        var scenario = try item.get()
                        scenario.language = language
                        situations.append(try Situation(scenario, sets: sets, kb: kb))
                    } catch {
                        terminal.err(error.rendered + "\n")
                        failed = true
                    }
                }
                write(situations)
                // What is ready goes out now: a pipeline downstream need not wait for the next batch.
                terminal.flush()
                if terminal.outputFailure != nil { return .badInput }
            }
        }
        terminal.out(renderer.foot(count: written))
        if failed { return .badInput }
        return unmet ? .failure : .success
    }

    /// Situations made, run and written at a time.
    static let chunk = 4_096
}
