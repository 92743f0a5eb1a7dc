import RuleEngine
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// The consultation's conversation: asks the question the open rules need most, reads the answer
/// or a command, saves the session after every answer, and ends with the advice.
final class Dialogue {
    /// The consultation itself: its steps, language and knowledge base, and what every answer and
    /// command does. The dialogue reads lines and renders what the session says back.
    var session: ConsultationSession
    let out: DialogueOutput
    let reader: LineReader
    /// Where the session is saved after every answer (nil: not saved, e.g. a replay without one).
    let sessionPath: String?
    var saveProblem: String?
    /// Said after the welcome: a resumed session, a changed knowledge base, a session kept aside.
    var notes: [ConsultationReply.Block] = []

    init(session: ConsultationSession, out: DialogueOutput, reader: LineReader, sessionPath: String?) {
        self.session = session
        self.out = out
        self.reader = reader
        self.sessionPath = sessionPath
        out.tooLong = { [say = session.say, weak out] count in
            TextReport(language: session.language, width: out?.dialogueWidth() ?? 78).wrap(
                "\(say[.thatLineHas]) \(count) \(say[.tooLong]) \(DialogueOutput.longestLine). \(say[.tooLongAgain])",
                indent: "")
        }
    }

    var state: ConsultationState { session.state }
    var kb: KnowledgeBase { session.kb }
    var language: Language { session.language }
    var say: ConsultationPhrases { session.say }
    var labels: ConsultationLabels { session.labels }
    /// Wraps the dialogue's text (its language does not matter to wrapping).
    var text: TextReport { TextReport(language: .en, width: out.dialogueWidth()) }

    typealias Current = ConsultationSession.Current

    func evaluate(reusing engine: Engine? = nil) -> Current? {
        do {
            return try session.current(reusing: engine)
        } catch {
            out.say(out.warn("\(say[.error]): \(ConsultationSession.message(of: error))") + "\n")
        }
        return nil
    }

    // MARK: The loop

    enum Outcome {
        /// Ask again (the state may have changed).
        case next
        /// Stay at this prompt.
        case stay
        /// Back to the prompt before (a question asked again by `change`, left as it was).
        case leave
        case finish(ExitStatus)
    }

    func run() -> ExitStatus {
        defer { out.settle() }
        out.say(
            out.bold(wrap(say[.welcome]))
                + wrap(say[.welcomeHelp] + " " + PromptCommand.synopsis(language).joined(separator: ", ") + "."))
        out.say(render(notes))
        let presets = state.answers.filter(\.isPreset)
        if !presets.isEmpty {
            out.say(
                wrap(
                    "\(say[.scenarioGiven]): "
                        + presets.map { "\(labels.question($0.question)): \(labels.answer($0))" }
                        .joined(separator: "; ")))
        }
        // Each turn runs on the engine of the turn before, whose run nothing reads any more.
        var engine: Engine?
        while true {
            guard let current = evaluate(reusing: engine) else { return .badInput }
            engine = current.run.engine
            let outcome: Outcome
            switch session.turn(current) {
            case .reply(let reply): outcome = respond(reply, current)
            case .prompt(let prompt):
                if case .question(let need) = prompt.place { Dialogue.onAsk?(state, need) }
                if case .advice = prompt.place { showAdvice(current) }
                outcome = converse(prompt, current)
            }
            switch outcome {
            case .next, .stay, .leave: continue
            case .finish(let status): return status
            }
        }
    }

    /// Told of every question asked, with the state it was asked in (tests check that each one
    /// could matter); bound per task, so concurrent tests do not see each other's questions.
    @TaskLocal static var onAsk: (@Sendable (ConsultationState, ConsultationState.Need) -> Void)?

    /// Shows what the prompt says, then reads lines there until one moves the consultation on.
    func converse(_ prompt: ConsultationPrompt, _ current: Current) -> Outcome {
        out.say(render(prompt.header))
        while true {
            let event = out.read(reader, prompt: prompt.prompt, completions: prompt.completions)
            guard case .line(let typed) = event else {
                // After the advice, the end of the input or an interrupt simply ends.
                if case .advice = prompt.place { return .finish(.success) }
                return ended(event)
            }
            let outcome = respond(session.reply(to: typed.trimmed, at: prompt, current), current)
            if case .stay = outcome { continue }
            return outcome
        }
    }

    /// Saves the session; a failure is said once (the consultation goes on).
    func save() {
        out.settle()
        guard let path = sessionPath else { return }
        let start = FileSystem.now
        saved(SessionStore.write(session.record.text, to: path), path: path)
        lastSave = FileSystem.now - start
    }

    /// How long the last save took, in seconds (nil before the first, which is made in line).
    private var lastSave: Double?
    /// A save quicker than this, in seconds (a file in memory), is made in line; a slower one (a
    /// flush to disk) beside the next question's work, where handing it to another thread pays.
    /// Bound per task, so tests can take each way.
    @TaskLocal static var quickSave = 0.000_2

    /// Saves the session after an answer: in line when saves are quick, else on another thread
    /// while the next question is worked out; nothing is shown until the save has ended
    /// (``DialogueOutput/save(_:ended:)``).
    func saveAlongside() {
        guard let path = sessionPath else { return }
        // The first save is made in line: it tells how long saves take here (and starts no thread
        // where none is needed).
        guard let lastSave, lastSave >= Self.quickSave else { return save() }
        let (text, root) = (session.record.text, FileWriter.root)
        final class Took: @unchecked Sendable { var seconds = 0.0 }
        let took = Took()
        let work: @Sendable () -> String? = {
            let start = FileSystem.now
            let problem = FileWriter.$root.withValue(root) { SessionStore.write(text, to: path) }
            took.seconds = FileSystem.now - start
            return problem
        }
        out.save(
            work,
            ended: { [weak self] problem in
                self?.lastSave = took.seconds
                self?.saved(problem, path: path)
            })
    }

    /// A failure to save is said once, until a save succeeds again.
    private func saved(_ problem: String?, path: String) {
        if let problem {
            if saveProblem == nil { out.say(out.warn("\(say[.cannotWrite]) \(path): \(problem)") + "\n") }
            saveProblem = problem
        } else {
            saveProblem = nil
        }
    }

    /// The end of the input or an interrupt at a prompt: stop, saved, saying how to resume. The
    /// end of the input before the advice is exit code 1, so a script tells an unfinished
    /// consultation from advice (0).
    func ended(_ event: InputEvent) -> Outcome {
        event == .interrupt
            ? .finish(stop(say[.interrupted], status: .interrupted))
            : .finish(stop(say[.inputEnded], status: .failure))
    }

    /// Ends before the advice: says so and how to resume (the path and the command each on a line
    /// of their own, unwrapped, so they can be copied).
    func stop(_ why: String, status: ExitStatus) -> ExitStatus {
        save()
        var m = wrap(why)
        if let path = sessionPath, saveProblem == nil {
            m += "\(say[.savedTo]) \(path).\n\(say[.resumeWith]): advisor consult --resume \(path)\n"
        }
        out.say(m)
        return status
    }

    // MARK: The end

    /// The advice, on standard output (saved first: the session is complete).
    func showAdvice(_ current: Current) {
        save()
        let (report, whatIf) = session.advice(current)
        out.say("\n" + say[.complete] + "\n\n")
        out.result(AdviceText(language: language, width: out.adviceWidth()).render(report, whatIf: whatIf))
    }

    // MARK: Texts

    func wrap(_ s: String) -> String { text.wrap(s, indent: "") }

    /// Numbered choices on one line when they fit the dialogue's width, else one a line (a long
    /// one wrapped under itself).
    func choicesLine(items: [String]) -> String {
        let line = "  " + items.joined(separator: "   ")
        if line.count <= out.dialogueWidth() { return line + "\n" }
        return items.map { text.wrap($0, indent: "  ") }.joined()
    }
}
