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
        let a = try Arguments(args, spec: Commands.consult)
        guard a.positional.isEmpty else {
            throw UsageError(
                message:
                    "consult takes no file arguments (use --scenario FILE or --resume FILE), found '\(a.positional[0])'",
                command: "consult")
        }
        var language = defaultLanguage(environment)
        if a.has("--lang") { language = try a.language(command: "consult") }
        guard let kb = KnowledgeBaseLoader.load(a.value("--rules") ?? environment["ADVISOR_RULES"], terminal: terminal)
        else {
            return .badInput
        }
        var sessionPath = a.value("--session") ?? SessionStore.defaultPath(environment)
        var record: SessionRecord?
        if a.has("--resume") && !a.values("--set").isEmpty {
            throw UsageError(
                message:
                    "--set cannot change a resumed consultation: resume it, then type 'change QUESTION' at a prompt",
                command: "consult")
        }
        if let resume = a.value("--resume") {
            if !resume.isEmpty { sessionPath = resume }
            guard let text = FileSystem.contents(of: sessionPath) else {
                terminal.err(
                    "advisor: no session to resume at '\(sessionPath)' (\(FileSystem.readProblem(sessionPath)))\n")
                return .badInput
            }
            do {
                record = try SessionRecord.parse(text)
            } catch {
                terminal.err(
                    "advisor: cannot resume from '\(sessionPath)': \(error.message); the file is left as it is\n")
                return .badInput
            }
            if !a.has("--lang"), let r = record { language = r.language }
        }
        if sessionPath == "-" {
            throw UsageError(message: "a session is saved to a file: give --session FILE, not '-'", command: "consult")
        }
        // A customer's name and a scenario's path are kept on lines of the session file and shown
        // in the advice: a control character (a line break, an escape sequence) in them is refused.
        // The test a scenario's lines get (a tab, whitespace there, is harmless here too).
        if let customer = a.value("--customer"), ScenarioParser.unreadable(customer) != nil {
            throw UsageError(
                message: "--customer: a name holds no control character (a line break, an escape)", command: "consult")
        }
        if let file = a.value("--scenario"), ScenarioParser.unreadable(file) != nil {
            throw UsageError(
                message:
                    "--scenario: a path with a control character (a line break) cannot be kept in a session; rename the file",
                command: "consult")
        }
        // A transcript is written at the end: a folder that does not exist is said now, not after
        // the consultation (folders are not made for it).
        if let recordPath = a.value("--record"), recordPath != "-",
            let expanded = FileWriter.expand(recordPath, home: environment["HOME"]),
            let problem = FileWriter.missingFolder(of: expanded)
        {
            throw UsageError(message: "--record: " + problem, command: "consult")
        }
        if let recordPath = a.value("--record"), recordPath != "-",
            FileSystem.canonical(recordPath)
                == FileSystem.canonical((try? FileWriter.resolve(sessionPath).get()) ?? sessionPath)
        {
            throw UsageError(
                message: "--record writes a transcript, not the session: give it a file of its own", command: "consult")
        }
        // One consultation at a time on a session file: a second one would overwrite the first's answers.
        let lock: SessionStore.Lock
        switch SessionStore.lock(sessionPath) {
        case .success(let l): lock = l
        case .failure(let problem):
            terminal.err("advisor: \(problem.message)\n")
            return .badInput
        }
        defer { lock.release() }
        // The scenario: given now (kept by its full path, so resuming from another folder reads the
        // same file), or the one the resumed session started from.
        var scenarioPath = a.value("--scenario") ?? record?.scenario
        var scenarioHash: String?
        var scenarioNotes: [String] = []
        var scenario = Scenario(name: "consultation")
        if let file = scenarioPath {
            guard let text = FileSystem.contents(of: file) else {
                terminal.err("advisor: cannot read scenario '\(file)' (\(FileSystem.readProblem(file)))\n")
                return .badInput
            }
            scenarioHash = SessionRecord.hash([text])
            if a.value("--scenario") != nil {
                scenarioPath = FileSystem.canonical(file)
            } else if let saved = record?.scenarioHash, saved != scenarioHash {
                scenarioNotes.append(
                    language == .nl
                        ? "Het scenario \(file) is veranderd sinds dit consult werd bewaard: de antwoorden die het nu geeft, gelden."
                        : "The scenario \(file) has changed since this session was saved: the answers it gives now apply."
                )
            }
            switch ScenarioParser.parse(text, file: file) {
            case .success(let s): scenario = s
            case .failure(let e):
                terminal.err(e.rendered + "\n")
                return .badInput
            }
            // Checked against the knowledge base as evaluate checks it, before the first question:
            // a mistake is said at its line and column, not as a failure of the knowledge base later.
            do {
                _ = try Situation(scenario, kb: kb)
            } catch {
                terminal.err(error.rendered + "\n")
                return .badInput
            }
        }
        scenario.language = language
        // The customer names the advice ("Verkoopadvies: Hotel De Zon"); kept in the session.
        if let customer = a.value("--customer") ?? record?.customer {
            scenario.title = customer
            scenario.titles = [:]
        }
        var state = ConsultationState(kb: kb, scenario: scenario)
        if let w = a.value("--weights") {
            var evaluation = state.evaluation
            guard Weights.apply(w, to: &evaluation, terminal: terminal) else { return .badInput }
            state.weights = evaluation.weights
        }
        var notes: [String] = scenarioNotes
        var setAside: [String] = []
        if let record {
            if record.knowledgeBase != SessionRecord.hash(kb) {
                notes.append(
                    TextReport(language: language).wrap(
                        ConsultationPhrases(language: language)[.kbChanged], indent: ""
                    ).trimmed)
            }
            var dropped: [String] = []
            setAside = record.setAside
            for (n, step) in record.steps.enumerated() {
                do {
                    try state.take(step)
                } catch {
                    setAside.append(SessionRecord.line(step))
                    let line =
                        n < record.lines.count ? "\(language == .nl ? "regel" : "line") \(record.lines[n]): " : ""
                    switch step {
                    case .answer(let a):
                        dropped.append(
                            line + "\(a.question) = \(a.value ?? ConsultationPhrases(language: language)[.unknown])")
                    case .offer(let kind, _), .instance(let kind, _), .endOfList(let kind): dropped.append(line + kind)
                    case .slot(_, let slot, let value, _): dropped.append(line + "\(slot) = \(value ?? "unknown")")
                    case .restate(let kind, let slot, _, _): dropped.append(line + "\(kind).\(slot)")
                    }
                }
            }
            let p = ConsultationPhrases(language: language)
            notes.append(
                "\(p[.resumed]) \(sessionPath): \(state.steps.count) \(p[state.steps.count == 1 ? .answerRestored : .answersRestored])"
            )
            if !dropped.isEmpty {
                notes.append(
                    TextReport(language: language).wrap(
                        "\(p[.dropped].capitalizedFirst): " + dropped.joined(separator: ", "), indent: ""
                    ).trimmed)
            }
            if !setAside.isEmpty {
                notes.append(
                    TextReport(language: language).wrap(
                        p[.setAside].replacing("{n}", with: String(setAside.count)), indent: ""
                    ).trimmed)
            }
        } else {
            // Answers from the scenario file and --set, given beforehand.
            for answer in scenario.answers {
                do {
                    try state.set(
                        ConsultationAnswer(
                            question: answer.name, value: answer.value, certainty: answer.certainty, isPreset: true))
                } catch {
                    terminal.err(InputError(error.message, at: answer.place).rendered + "\n")
                    return .badInput
                }
            }
            var setNames: Set<String> = []
            for s in a.values("--set") {
                switch ScenarioParser.parseSet(s) {
                case .success(let answer):
                    // As evaluate says: the same question twice is a mistake, not "the last wins".
                    guard setNames.insert(answer.name).inserted else {
                        terminal.err("advisor: --set \(answer.name) is given twice; give it once\n")
                        return .badInput
                    }
                    do {
                        try state.set(
                            ConsultationAnswer(
                                question: answer.name, value: answer.value, certainty: answer.certainty, isPreset: true)
                        )
                    } catch {
                        terminal.err("advisor: --set \(s): \(error.message)\n")
                        return .badInput
                    }
                case .failure(let e):
                    terminal.err("advisor: \(e.message)\n")
                    return .badInput
                }
            }
            // A new consultation on the default session file keeps the unfinished one it replaces
            // (the last three are kept); one with no answer typed is not worth keeping.
            if a.value("--session") == nil, let kept = SessionStore.keepAside(sessionPath) {
                notes.append(
                    language == .nl
                        ? "Het vorige consult staat nu in \(kept) (verdergaan: advisor consult --resume \(kept))."
                        : "The previous session is kept in \(kept) (to continue it: advisor consult --resume \(kept)).")
            }
        }
        let interactive = isatty(0) == 1
        let recordPath = a.value("--record")
        let colour =
            given == nil && isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
            && recordPath == nil
        let out = DialogueOutput(terminal: terminal, colour: colour)
        if let givenRecorder {
            out.recorder = givenRecorder
        } else if recordPath != nil {
            let recorder = TranscriptRecorder(
                arguments: recordedArguments(args, sessionPath: sessionPath, resuming: record != nil))
            // The session file's folder is `{dir}` in the transcript, so a replay runs in a folder of
            // its own and shows the same text.
            let folder = FileSystem.directory(of: sessionPath)
            if !folder.isEmpty { recorder.rewrite = { $0.replacing(folder + "/", with: "{dir}/") } }
            out.recorder = recorder
            terminal.tap = { recorder.output($0) }
        }
        defer { if givenRecorder == nil { terminal.tap = nil } }
        let reader: LineReader
        if let given {
            reader = given
        } else {
            Interrupts.install()
            // The process's own consultation: a signal that ends it removes the lock file too.
            TerminalState.lockPath = strdup(lock.path)
            if recordPath == nil {
                out.dialogueWidth = { TerminalSize.textWidth(2) }
                out.adviceWidth = { TerminalSize.textWidth(1) }
            }
            let editing = interactive && environment["TERM"] != "dumb"
            reader = (editing ? LineEditor() : nil) ?? PlainLineReader(fd: 0, echo: !interactive)
        }
        var session = ConsultationSession(state: state, language: language)
        session.scenarioPath = scenarioPath
        session.scenarioHash = scenarioHash
        session.customer = a.value("--customer") ?? record?.customer
        session.setAside = setAside
        let dialogue = Dialogue(session: session, out: out, reader: reader, sessionPath: sessionPath)
        dialogue.notes = notes
        let status = dialogue.run()
        if let recordPath, let recorder = out.recorder {
            recorder.finish(status)
            let existing = FileSystem.contents(of: recordPath) ?? ""
            if let problem = SessionStore.write(existing + recorder.text, to: recordPath, makingFolders: false) {
                terminal.err("advisor: cannot write transcript '\(recordPath)': \(problem)\n")
            }
        }
        return status
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
