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
        let request = try EvaluateRequest(args, environment: environment)
        guard let kb = KnowledgeBaseLoader.load(request.rules, terminal: terminal) else { return .badInput }
        var evaluation = Evaluation(kb: kb)
        evaluation.recordsTrace = request.traces
        // A close call names the answers that would tip it: a re-run per alternative answer, so
        // not for the batch formats (CSV, JSON lines), which say only that the call is close.
        evaluation.findsTips = request.format != .jsonl && request.format != .csv && !request.summary
        evaluation.keepsFacts = request.explains
        guard Weights.apply(request.weights, to: &evaluation, terminal: terminal) else { return .badInput }
        var sets: [Answer] = []
        for s in request.sets {
            switch ScenarioParser.parseSet(s) {
            case .success(let answer): sets.append(answer)
            case .failure(let e):
                terminal.err("advisor: \(e.message)\n")
                return .badInput
            }
        }
        var inputs = try EvaluateInputs(request, kb: kb, terminal: terminal)
        if inputs.stopped || (inputs.scenarios.isEmpty && inputs.failed && inputs.exports.isEmpty) {
            return .badInput
        }
        if inputs.scenarios.isEmpty && inputs.exports.isEmpty && !inputs.emptyStandardInput {
            guard !sets.isEmpty || !request.grid.isEmpty else {
                throw EvaluateRequest.mistake(
                    "give scenario files, a folder of them, --set NAME=VALUE or --grid NAME=v1,v2")
            }
            inputs.scenarios.append(Scenario(name: "situation"))
        }
        let grid = SituationGrid(scenarios: inputs.scenarios, axes: request.grid, sets: sets, kb: kb)
        // How many situations, said before the work starts and held to a limit.
        if let problem = grid.tooMany(limit: request.limit) ?? grid.checkValues() {
            terminal.err("advisor: \(problem)\n")
            return .badInput
        }
        let total = grid.total ?? 0
        if !request.grid.isEmpty { terminal.err("advisor: evaluating \(total) situation\(total == 1 ? "" : "s")\n") }
        let renderer = request.format.renderer(
            language: request.language, goals: kb.ruleBase.goals.map(\.name), explain: request.explains,
            errors: request.onError == .row, info: request.info)
        let writer = EvaluationWriter(
            evaluation: evaluation, renderer: renderer, explains: request.explains, terminal: terminal,
            onError: request.onError)
        writer.threads = request.threads
        // A headerless partition in (`--columns`), a headerless partition out: the job's output
        // is the partitions' outputs one after the other.
        writer.headless = request.format == .csv && request.layout.columns != nil
        // Several accounts in HTML are one portfolio page, not pages one after the other.
        let portfolio = request.format == .html && (total != 1 || !inputs.exports.isEmpty)
        if request.summary || portfolio { summarise(into: writer, request, kb: kb) }
        writer.open()
        guard writeGrid(grid, to: writer, inputs: &inputs),
            writeExports(inputs, sets: sets, request: request, kb: kb, to: writer)
        else { return .badInput }
        writer.close()
        if inputs.failed || writer.failed { return .badInput }
        return writer.unmet ? .failure : .success
    }

    /// The grid's situations in chunks: each chunk's situations run on every core, and its reports
    /// are written before the next chunk is made, so memory stays the same however many situations
    /// there are. False when the output is gone.
    static func writeGrid(_ grid: SituationGrid, to writer: EvaluationWriter, inputs: inout EvaluateInputs) -> Bool {
        let total = grid.total ?? 0
        let showsProgress = total > chunk && isatty(2) == 1
        var start = 0
        while start < total && !grid.scenarios.isEmpty {
            let end = min(total, start + chunk)
            var situations: [Situation] = []
            for i in start..<end {
                switch grid.situation(i) {
                case .success(let s): situations.append(s)
                case .failure(let e):
                    writer.terminal.err(e.rendered + "\n" + inputs.note(e.place?.file == "<stdin>"))
                    inputs.failed = true
                }
            }
            writer.write(situations)
            start = end
            // The first failed write ends the run, as a Unix filter does; Advisor.main says why.
            guard writer.flush() else { return false }
            if showsProgress { writer.terminal.err("\r\(start) of \(total)" + (start == total ? "\n" : "")) }
        }
        return true
    }

    /// Exports stream: each batch is what has arrived, up to a chunk; every bad line is said and
    /// the others still run. False when the output is gone.
    static func writeExports(
        _ inputs: EvaluateInputs, sets: [Answer], request: EvaluateRequest, kb: KnowledgeBase,
        to writer: EvaluationWriter
    ) -> Bool {
        for export in inputs.exports {
            let prefill = export.path == "-" ? inputs.standardInput?.head ?? [] : []
            guard
                let source = BatchSource(
                    path: export.path, format: export.format, kb: kb, layout: request.layout, prefill: prefill)
            else {
                writer.terminal.err("advisor: cannot read '\(export.path)': \(FileSystem.readProblem(export.path))\n")
                writer.failed = true
                continue
            }
            while let batch = source.next(limit: chunk) {
                let records = batch.map { item -> Result<Situation, FailedRecord> in
                    switch item {
                    case .failure(let e): return .failure(FailedRecord(e, id: nil))
                    case .success(var scenario):
                        scenario.language = request.language
                        do throws(InputError) {
                            return .success(try Situation(scenario, sets: sets, kb: kb))
                        } catch {
                            return .failure(FailedRecord(error, id: scenario.name))
                        }
                    }
                }
                say(source, writer)
                writer.write(records)
                guard writer.flush() else { return false }
            }
            say(source, writer)
        }
        return true
    }

    /// What an export's header said: how columns were read or left out (notes), and its
    /// mistakes, always in full, whatever `--on-error` says (the file is not run).
    static func say(_ source: BatchSource, _ writer: EvaluationWriter) {
        for note in source.notes { writer.terminal.err("advisor: note: \(note)\n") }
        source.notes = []
        for mistake in source.headerMistakes { writer.terminal.err(mistake.rendered + "\n") }
        if !source.headerMistakes.isEmpty { writer.failed = true }
        source.headerMistakes = []
    }

    /// `--summary`: the writer keeps what a portfolio summary needs and writes the summary at the end.
    static func summarise(into writer: EvaluationWriter, _ request: EvaluateRequest, kb: KnowledgeBase) {
        let segment = "customer-class"
        let order = kb.question(segment).map { kb.values(ofAttribute: $0.attribute) } ?? []
        writer.summary = PortfolioSummary(goals: kb.ruleBase.goals.map(\.name), segment: segment, order: order)
        let (format, language, info) = (request.format, request.language, request.info)
        writer.rendersSummary = { summary in format.summary(summary, kb: kb, language: language, info: info) }
    }

    /// Situations made, run and written at a time.
    static let chunk = 4_096
}
