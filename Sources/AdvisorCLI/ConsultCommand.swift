@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `advisor consult` (and `advisor` alone): the question-and-answer consultation.
enum ConsultCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.consult }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(
            arguments, terminal: context.terminal, environment: context.environment, reader: context.reader,
            recorder: context.recorder)
    }

    /// Where the answers come from: a given reader (tests, replay), or standard input.
    static func execute(
        _ args: [String], terminal: Terminal, environment: [String: String], reader given: LineReader? = nil,
        recorder givenRecorder: TranscriptRecorder? = nil
    ) throws(UsageError) -> ExitStatus {
        let request = try ConsultRequest(args, environment: environment)
        guard let kb = KnowledgeBaseLoader.load(request.rules, terminal: terminal) else { return .badInput }
        var record: SessionRecord?
        if request.resuming {
            guard let saved = openRecord(request.sessionPath, terminal: terminal) else { return .badInput }
            record = saved
        }
        let language = request.language ?? record?.language ?? defaultLanguage(environment)
        // One consultation at a time on a session file: a second one would overwrite the first's answers.
        let lock: SessionStore.Lock
        switch SessionStore.lock(request.sessionPath) {
        case .success(let l): lock = l
        case .failure(let problem):
            terminal.err("advisor: \(problem.message)\n")
            return .badInput
        }
        defer { lock.release() }
        guard
            case (var session, let notes)? = start(
                request, kb: kb, record: record, language: language, terminal: terminal)
        else { return .badInput }
        // At a terminal, with no customer given, the consultation begins by asking who it is for
        // (a piped or replayed consultation is not asked: its lines are answers).
        session.asksCustomer = given == nil && isatty(0) == 1 && session.customer == nil
        let out = DialogueOutput(
            terminal: terminal,
            colour: given == nil && isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
                && request.recordPath == nil)
        if let givenRecorder {
            out.recorder = givenRecorder
        } else if request.recordPath != nil {
            out.recorder = recorder(args, request: request, resuming: record != nil, terminal: terminal)
        }
        defer { if givenRecorder == nil { terminal.tap = nil } }
        let reader = given ?? terminalReader(out, lock: lock, recording: request.recordPath != nil, environment)
        let dialogue = Dialogue(session: session, out: out, reader: reader, sessionPath: request.sessionPath)
        dialogue.notes = notes
        let status = dialogue.run()
        if let recordPath = request.recordPath, let recorder = out.recorder {
            recorder.finish(status)
            let existing = FileSystem.contents(of: recordPath) ?? ""
            if let problem = SessionStore.write(existing + recorder.text, to: recordPath, makingFolders: false) {
                terminal.err("advisor: cannot write transcript '\(recordPath)': \(problem)\n")
            }
        }
        return status
    }

    /// The saved session to resume, or nil (said why; the file is left as it is).
    static func openRecord(_ path: String, terminal: Terminal) -> SessionRecord? {
        guard let text = FileSystem.contents(of: path) else {
            terminal.err("advisor: no session to resume at '\(path)' (\(FileSystem.readProblem(path)))\n")
            return nil
        }
        do {
            return try SessionRecord.parse(text)
        } catch {
            terminal.err("advisor: cannot resume from '\(path)': \(error.message); the file is left as it is\n")
            return nil
        }
    }

    /// The consultation to hold: the scenario's facts, the weights, then the resumed steps or the
    /// answers given beforehand; with what to say after the welcome. Nil when something given is
    /// wrong (said on standard error).
    static func start(
        _ request: ConsultRequest, kb: KnowledgeBase, record: SessionRecord?, language: Language, terminal: Terminal
    ) -> (ConsultationSession, [ConsultationReply.Block])? {
        guard var opened = ScenarioSource.open(request, record: record, kb: kb, language: language, terminal: terminal)
        else { return nil }
        // The customer names the advice ("Verkoopadvies: Hotel De Zon"); kept in the session.
        let customer = request.customer ?? record?.customer
        if let customer {
            opened.scenario.title = customer
            opened.scenario.titles = [:]
        }
        var state = ConsultationState(kb: kb, scenario: opened.scenario)
        if let w = request.weights {
            var evaluation = state.evaluation
            guard Weights.apply(w, to: &evaluation, terminal: terminal) else { return nil }
            state.weights = evaluation.weights
        }
        var session = ConsultationSession(state: state, language: language)
        session.scenarioPath = opened.path
        session.scenarioHash = opened.hash
        session.customer = customer
        session.date = request.info.date
        session.preparedBy = request.info.preparedBy
        session.objectives = request.info.objectives.isEmpty ? record?.objectives ?? [] : request.info.objectives
        var notes = opened.notes
        if let record {
            notes += session.resume(record, from: request.sessionPath)
            return (session, notes)
        }
        guard give(opened.scenario.answers, request.sets, to: &session, terminal: terminal) else { return nil }
        // A new consultation on the default session file keeps the unfinished one it replaces
        // (the last three are kept); one with no answer typed is not worth keeping.
        if request.arguments.value("--session") == nil, let kept = SessionStore.keepAside(request.sessionPath) {
            notes.append(.line(session.say[.previousKept].replacing("{file}", with: kept)))
        }
        return (session, notes)
    }

    /// The answers of the scenario file and `--set`, given beforehand; false at the first that is
    /// wrong (said at its line, or naming the option).
    static func give(
        _ answers: [Answer], _ sets: [String], to session: inout ConsultationSession, terminal: Terminal
    ) -> Bool {
        for answer in answers {
            do {
                try session.give(answer)
            } catch {
                terminal.err(InputError(error.message, at: answer.place).rendered + "\n")
                return false
            }
        }
        var setNames: Set<String> = []
        for s in sets {
            switch ScenarioParser.parseSet(s) {
            case .success(let answer):
                // As evaluate says: the same question twice is a mistake, not "the last wins".
                guard setNames.insert(answer.question).inserted else {
                    terminal.err("advisor: --set \(answer.question) is given twice; give it once\n")
                    return false
                }
                do {
                    try session.give(answer)
                } catch {
                    terminal.err("advisor: --set \(s): \(error.message)\n")
                    return false
                }
            case .failure(let e):
                terminal.err("advisor: \(e.message)\n")
                return false
            }
        }
        return true
    }

    /// The transcript being recorded (`--record`): the session file's folder is `{dir}` in it, so
    /// a replay runs in a folder of its own and shows the same text.
    static func recorder(_ args: [String], request: ConsultRequest, resuming: Bool, terminal: Terminal)
        -> TranscriptRecorder
    {
        let recorder = TranscriptRecorder(
            arguments: recordedArguments(args, sessionPath: request.sessionPath, resuming: resuming))
        let folder = FileSystem.directory(of: request.sessionPath)
        if !folder.isEmpty { recorder.rewrite = { $0.replacing(folder + "/", with: "{dir}/") } }
        terminal.tap = { recorder.output($0) }
        return recorder
    }

    /// Standard input as the consultation reads it: a line editor on a terminal, plain lines from
    /// a pipe; interrupts held, and the lock file removed by a signal that ends the process.
    static func terminalReader(
        _ out: DialogueOutput, lock: SessionStore.Lock, recording: Bool, _ environment: [String: String]
    ) -> LineReader {
        Interrupts.install()
        TerminalState.lockPath = strdup(lock.path)
        if !recording {
            out.dialogueWidth = { TerminalSize.textWidth(2) }
            out.adviceWidth = { TerminalSize.textWidth(1) }
        }
        let interactive = isatty(0) == 1
        let editing = interactive && environment["TERM"] != "dumb"
        return (editing ? LineEditor() : nil) ?? PlainLineReader(fd: 0, echo: !interactive)
    }

    /// The arguments as a transcript records them: without `--record`, and with the session file
    /// named in the replay's own folder (`--session {dir}/NAME`, or `--resume {dir}/NAME`).
    static func recordedArguments(_ args: [String], sessionPath: String, resuming: Bool) -> [String] {
        var kept: [String] = []
        var skip = false
        for (i, arg) in args.enumerated() {
            if skip {
                skip = false
                continue
            }
            // `--resume FILE` (its file is optional: the next word when it is not an option).
            if arg == "--record" || arg == "--session"
                || (arg == "--resume" && i + 1 < args.count && !args[i + 1].hasPrefix("-"))
            {
                skip = true
                continue
            }
            if arg.hasPrefix("--record=") || arg.hasPrefix("--session=") || arg.hasPrefix("--resume=")
                || arg == "--resume"
            {
                continue
            }
            kept.append(arg)
        }
        let name = sessionPath.split(separator: "/").last.map(String.init) ?? "consultation.session"
        return ["consult"] + kept + [resuming ? "--resume" : "--session", "{dir}/" + name]
    }

    /// Dutch when `LC_ALL` or `LANG` starts with `nl`, else English.
    static func defaultLanguage(_ environment: [String: String]) -> Language {
        let locale = [environment["LC_ALL"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("nl") ? .nl : .en
    }
}
