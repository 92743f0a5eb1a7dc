import RuleEngine
@_spi(Tooling) import RuleLanguage

/// `advisor run`: run a rule program to quiescence.
enum RunCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.run }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal)
    }

    static func execute(_ args: [String], terminal: Terminal) throws(UsageError) -> ExitStatus {
        let a = try Arguments(args, spec: Commands.run)
        guard !a.positional.isEmpty else { throw UsageError(message: "give a program file to run", command: "run") }
        let strategy = a.choice("--strategy", default: ConflictStrategy.depth)
        let watching = Set(a.choices("--watch") as [WatchItem])
        var limits = RunLimits()
        let seed = try number(a, "--seed") ?? 0
        if let n = try number(a, "--max-firings") { limits.maxFirings = n }
        if let n = try number(a, "--max-facts") { limits.maxFacts = n }
        if let n = try number(a, "--max-matches") { limits.maxTokens = n }
        if let f = RuleFileArguments.unreadable(a.positional) {
            terminal.err("advisor: cannot read '\(f)': \(FileSystem.readProblem(f))\n")
            return .badInput
        }
        let started = FileSystem.now
        let root = a.value("--rules") ?? FileSystem.directory(of: a.positional[0])
        let loaded = RuleFileArguments.load(a.positional, root: root)
        if !loaded.diagnostics.isEmpty { terminal.err(loaded.renderedDiagnostics) }
        guard let base = loaded.ruleBase else { return .badInput }
        let engine = Engine(program: base.program, strategy: strategy, seed: UInt64(seed), limits: limits)
        // The process exits next: its memory goes back to the system in one piece, so the engine (a
        // large run holds millions of partial matches and facts) is not torn down object by object.
        defer { if terminal.endsProcess { _ = Unmanaged.passRetained(engine) } }
        if a.has("--dump-network") {
            terminal.out(engine.dumpNetwork() + "\n")
            return .success
        }
        engine.output = { terminal.out($0) }
        if !watching.isEmpty {
            let formatter = TraceFormatter(
                program: base.program, printer: { FactPrinter(program: base.program, symbols: engine.symbols) },
                watching: watching)
            engine.watcher = { event in
                if let line = formatter.line(event) { terminal.out(line + "\n") }
            }
        }
        engine.recordsTrace = a.has("--trace")
        let loadedAt = FileSystem.now
        do {
            try engine.reset()
            try engine.run()
        } catch {
            if a.has("--trace") { terminal.out(TraceFormatter.firings(engine.trace, base.program, engine.symbols)) }
            terminal.err(describe(error, base.program))
            return .badInput
        }
        if a.has("--trace") { terminal.out(TraceFormatter.firings(engine.trace, base.program, engine.symbols)) }
        terminal.out(ResultsPrinter(program: base.program, engine: engine).render())
        if a.has("--stats") { terminal.out(statistics(engine, started: started, loaded: loadedAt)) }
        if a.has("--profile") { terminal.out(profile(engine)) }
        return .success
    }

    /// `--stats`: firings, run and load time, facts and the agenda at their peak, join work, and the
    /// process's peak resident memory.
    static func statistics(_ engine: Engine, started: Double, loaded: Double) -> String {
        let s = engine.statistics
        let runTime = FileSystem.now - loaded
        let rate = runTime > 0 ? Int(Double(s.firings) / runTime) : 0
        return "\(s.firings) rules fired\n"
            + "Run time is \(DecimalText.fixed(runTime, 3)) seconds (\(rate) rules per second); "
            + "load time \(DecimalText.fixed(loaded - started, 3)) seconds.\n"
            + "\(s.factsAsserted) facts asserted, \(s.factsRetracted) retracted; peak working memory \(s.peakFacts) facts, "
            + "peak agenda \(s.peakActivations) activations.\n"
            + "\(s.joinAttempts) join attempts, \(s.tokensBuilt) partial matches built.\n"
            + (PeakMemory.kibibytes().map { "Peak resident memory \(DecimalText.fixed(Double($0) / 1024, 1)) MiB.\n" }
                ?? "")
    }

    /// `--profile`: the ten busiest nodes of the network.
    static func profile(_ engine: Engine) -> String {
        "profile (busiest nodes first):\n"
            + engine.profile.prefix(10).map { p in
                "  node \(p.node) \(p.kind) level \(p.level + 1): \(p.joinAttempts) join attempts, "
                    + "\(p.partialMatches) partial matches; rules \(p.rules.joined(separator: ", "))\n"
            }.joined()
    }

    private static func number(_ a: Arguments, _ name: String) throws(UsageError) -> Int? {
        guard let text = a.value(name) else { return nil }
        // A seed may be 0; a limit of 0 would stop every run before it starts.
        let least = name == "--seed" ? 0 : 1
        guard let n = Int(text), n >= least else {
            let what = least == 0 ? "a whole number from 0" : "a positive whole number"
            throw UsageError(message: "option '\(name)' needs \(what), got '\(text)'", command: "run")
        }
        return n
    }

    static func describe(_ error: EngineError, _ program: Program) -> String {
        // The engine's wording, with the option that raises a limit, and the place of a rule that failed.
        var place = "advisor: "
        if case .action(let rule, _, _) = error, let r = program.rules.first(where: { $0.name == rule }) {
            place = "\(r.origin.file):\(r.origin.line):\(r.origin.column): "
        }
        let message = error.message { limit in
            switch limit {
            case .firings: "raise it with --max-firings"
            case .facts: "raise it with --max-facts"
            case .matches: "raise it with --max-matches"
            }
        }
        return "\(place)error: \(message)" + (message.hasSuffix("\n") ? "" : "\n")
    }
}
