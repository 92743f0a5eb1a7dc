import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// The consultation's conversation: asks the question the open rules need most, reads the answer
/// or a command, saves the session after every answer, and ends with the advice.
final class Dialogue {
    var state: ConsultationState
    let language: Language
    let say: ConsultationPhrases
    let out: DialogueOutput
    let reader: LineReader
    /// Where the session is saved after every answer (nil: not saved, e.g. a replay without one).
    let sessionPath: String?
    let kbHash: String
    let scenarioPath: String?
    /// The scenario file's hash, saved with the session (resuming notices a changed file).
    var scenarioHash: String?
    /// The customer the advice is for (`--customer`), saved with the session.
    var customer: String?
    /// Lines of the resumed session that no longer fit the knowledge base: saved again, never lost.
    var setAside: [String] = []
    var saveProblem: String?
    /// Said after the welcome: a resumed session, a changed knowledge base, a session kept aside.
    var notes: [String] = []

    init(
        state: ConsultationState, language: Language, out: DialogueOutput, reader: LineReader, sessionPath: String?,
        scenarioPath: String?
    ) {
        self.state = state
        self.language = language
        self.say = ConsultationPhrases(language: language)
        self.out = out
        self.reader = reader
        self.sessionPath = sessionPath
        self.scenarioPath = scenarioPath
        self.kbHash = SessionRecord.hash(state.kb)
        out.tooLong = { [say, language, weak out] count in
            TextReport(language: language, width: out?.dialogueWidth() ?? 78).wrap(
                "\(say["that-line-has"]) \(count) \(say["too-long"]) \(DialogueOutput.longestLine). \(say["too-long-again"])",
                indent: "")
        }
    }

    var kb: KnowledgeBase { state.kb }
    /// Wraps the dialogue's text (its language does not matter to wrapping).
    var text: TextReport { TextReport(language: .en, width: out.dialogueWidth()) }

    /// The answers run through the knowledge base, the questions still worth asking and how many
    /// may still come.
    struct Current {
        let run: Evaluation.Run
        let outlook: ConsultationState.Outlook
        var needs: [ConsultationState.Need] { outlook.needs }
    }

    func evaluate() -> Current? {
        do {
            let run = try state.run()
            return Current(run: run, outlook: state.outlook(in: run.engine))
        } catch let e as InputError {
            out.say(out.warn("\(say["error"]): \(e.message)") + "\n")
        } catch let e as Evaluation.Failure {
            out.say(out.warn("\(say["error"]): \(e.message)") + "\n")
        } catch {
            out.say(out.warn("\(say["error"]): \(error)") + "\n")
        }
        return nil
    }

    // MARK: The loop

    enum Outcome {
        /// Ask again (the state may have changed).
        case next
        /// Stay at this prompt.
        case stay
        case finish(ExitStatus)
    }

    func run() -> ExitStatus {
        out.say(out.bold(wrap(say["welcome"])) + wrap(say["welcome-help"]))
        for note in notes { out.say(note + "\n") }
        let presets = state.answers.filter(\.isPreset)
        if !presets.isEmpty {
            out.say(
                wrap(
                    "\(say["scenario-given"]): "
                        + presets.map { "\(kb.question($0.question).map(name(of:)) ?? $0.question): \(valueLabel($0))" }
                        .joined(separator: "; ")))
        }
        while true {
            guard let current = evaluate() else { return .badInput }
            let outcome: Outcome
            switch state.next(current.needs, run: current.run) {
            case .question(let need)?: outcome = ask(need, current)
            case .offer(let kind)?: outcome = offer(kind, current)
            case .instance(let kind, let number)?: outcome = instance(kind, number: number, current)
            case .slot(let i, let kind, let slot)?: outcome = askSlot(slot, of: i, kind: kind, current)
            case .review(let kind, let slot)?: outcome = review(kind, slot, current)
            case nil: outcome = finish(current)
            }
            switch outcome {
            case .next, .stay: continue
            case .finish(let status): return status
            }
        }
    }

    /// Told of every question asked, with the state it was asked in (tests check that each one
    /// could matter); bound per task, so concurrent tests do not see each other's questions.
    @TaskLocal static var onAsk: (@Sendable (ConsultationState, ConsultationState.Need) -> Void)?

    func ask(_ need: ConsultationState.Need, _ current: Current) -> Outcome {
        Dialogue.onAsk?(state, need)
        let q = need.question
        // A bound that holds: every question that may still come, not only those needed now.
        let more = max(0, current.outlook.mostQuestionsLeft - 1)
        let number = state.typedCount + 1
        let progress = "\(say["question"]) \(number); \(say["at-most"]) \(more) \(say["more"])"
        var header = "\n" + out.dim(text.wrap("\(progress) — \(goalLabels(need.goals))", indent: ""))
        header += out.bold(wrap(pick(q.prompts)))
        header += choicesLine(q)
        out.say(header)
        while true {
            let event = out.read(reader, prompt: "\(name(of: q))> ", completions: completions(q))
            switch event {
            case .end, .interrupt: return ended(event)
            case .line(let typed):
                let line = typed.trimmed
                if line.isEmpty {
                    out.say(out.warn(wrap(say["type-one-of"].capitalizedFirst + ": " + choicesList(q))))
                    continue
                }
                if let command = PromptCommand.parse(line) {
                    let outcome = perform(command, at: need, current)
                    if case .stay = outcome { continue }
                    return outcome
                }
                if answer(line, to: q) { return .next }
            }
        }
    }

    /// Reads `line` as an answer to `q`; records and saves it, or says briefly what was wrong.
    func answer(_ line: String, to q: Question) -> Bool {
        switch AnswerMatcher(question: q, kb: kb).match(line) {
        case .value(let value, let certainty):
            do {
                try state.set(ConsultationAnswer(question: q.name, value: value, certainty: certainty))
            } catch {
                out.say(out.warn(wrap(error.message)))
                return false
            }
            save()
            return true
        case .noMatch(let suggestion):
            var m = say["not-understood"].replacing("{answer}", with: line.visibleControls)
            if let s = suggestion { m += " \(say["did-you-mean"].capitalizedFirst) '\(label(s, of: q))'?" }
            out.say(out.warn(wrap(m + " " + say["type-one-of"].capitalizedFirst + ": " + choicesList(q))))
        case .ambiguous(let values):
            out.say(out.warn(wrap("\(say["ambiguous"]): " + values.map { label($0, of: q) }.joined(separator: ", "))))
        case .badCertainty(let c):
            let example = "\(label(exampleValue(q), of: q)) \(language == .nl ? "0,7" : "0.7")"
            out.say(
                out.warn(wrap("\(say["bad-certainty"]) '\(c.visibleControls)' (\(say["for-example"]): \(example))")))
        }
        return false
    }

    /// Saves the session; a failure is said once (the consultation goes on).
    func save() {
        guard let path = sessionPath else { return }
        if let problem = SessionStore.write(record.text, to: path) {
            if saveProblem == nil { out.say(out.warn("\(say["cannot-write"]) \(path): \(problem)") + "\n") }
            saveProblem = problem
        } else {
            saveProblem = nil
        }
    }

    var record: SessionRecord {
        var r = SessionRecord(knowledgeBase: kbHash, language: language, scenario: scenarioPath, steps: state.steps)
        r.scenarioHash = scenarioHash
        r.customer = customer
        r.setAside = setAside
        return r
    }

    /// The end of the input or an interrupt at a prompt: stop, saved, saying how to resume.
    func ended(_ event: InputEvent) -> Outcome {
        event == .interrupt
            ? .finish(stop(say["interrupted"], status: .interrupted))
            : .finish(stop(say["input-ended"], status: .success))
    }

    /// Ends before the advice: says so and how to resume (the path and the command each on a line
    /// of their own, unwrapped, so they can be copied).
    func stop(_ why: String, status: ExitStatus) -> ExitStatus {
        save()
        var m = wrap(why)
        if let path = sessionPath, saveProblem == nil {
            m += "\(say["saved-to"]) \(path).\n\(say["resume-with"]): advisor consult --resume \(path)\n"
        }
        out.say(m)
        return status
    }

    // MARK: The end

    func finish(_ current: Current) -> Outcome {
        save()
        let whatIf = try? Explainer(evaluation: state.evaluation, run: current.run).whatIf()
        out.say("\n" + say["complete"] + "\n\n")
        let report = (try? state.evaluation.findTips(current.run)) ?? current.run.report
        out.result(AdviceText(language: language, width: out.adviceWidth()).render(report, whatIf: whatIf))
        out.say("\n" + wrap(say["after-end"]))
        while true {
            let event = out.read(reader, prompt: "> ", completions: PromptCommand.words)
            switch event {
            case .end, .interrupt: return .finish(.success)
            case .line(let typed):
                let line = typed.trimmed
                if line.isEmpty { return .finish(.success) }
                guard let command = PromptCommand.parse(line) else {
                    out.say(wrap(say["no-question-now"]))
                    continue
                }
                let outcome = perform(command, at: nil, current)
                switch outcome {
                case .stay: continue
                case .finish: return outcome
                case .next:
                    // Something changed: the advice again, or the questions that are open now.
                    return .next
                }
            }
        }
    }

    // MARK: Texts

    func pick(_ texts: Texts?) -> String { texts?[language.rawValue] ?? texts?["en"] ?? "" }

    func wrap(_ s: String) -> String { text.wrap(s, indent: "") }

    func label(_ value: String, of q: Question) -> String {
        let type = kb.program.templates[q.attribute].slots.first?.type ?? .any
        return kb.valueTexts(value, of: type).map(pick).flatMap { $0.isEmpty ? nil : $0 } ?? value
    }

    func valueLabel(_ a: ConsultationAnswer) -> String {
        guard let v = a.value else { return say["unknown"] }
        let l = kb.question(a.question).map { label(v, of: $0) } ?? v
        return a.certainty == 1 ? l : "\(l) (\(say["certainty"]) \(TextReport(language: language).n(a.certainty)))"
    }

    func goalLabels(_ goals: [String]) -> String {
        goals.map { g in kb.template(g).map { pick(kb.attributeTexts($0)) }.flatMap { $0.isEmpty ? nil : $0 } ?? g }
            .joined(separator: ", ")
    }

    /// A question as the user reads it: its label in the consultation's language (`Risico voor de
    /// koper`), else its name. Prompts, the summary and `change` use it.
    func name(of q: Question) -> String {
        let label = pick(kb.label(ofAttribute: q.attribute))
        return label.isEmpty ? q.name : label
    }

    /// A topic (goal or other attribute) by its label, else its name.
    func topicName(_ name: String) -> String {
        kb.template(name).map { pick(kb.label(ofAttribute: $0)) }.flatMap { $0.isEmpty ? nil : $0 } ?? name
    }

    func values(_ q: Question) -> [String] { kb.values(ofAttribute: q.attribute) }

    func exampleValue(_ q: Question) -> String { values(q).last ?? "" }

    /// `1 low   2 medium   3 high` on one line when it fits, else one a line.
    func choicesLine(_ q: Question) -> String {
        choicesLine(items: values(q).enumerated().map { "\($0.offset + 1) \(label($0.element, of: q))" })
    }

    /// Numbered choices on one line when they fit the dialogue's width, else one a line (a long
    /// one wrapped under itself).
    func choicesLine(items: [String]) -> String {
        let line = "  " + items.joined(separator: "   ")
        if line.count <= out.dialogueWidth() { return line + "\n" }
        return items.map { text.wrap($0, indent: "  ") }.joined()
    }

    func choicesList(_ q: Question) -> String {
        values(q).enumerated().map { "\($0.offset + 1) \(label($0.element, of: q))" }.joined(separator: ", ")
            + ", \(say["unknown"]), ?"
    }

    func completions(_ q: Question) -> [String] {
        var words = values(q)
        for v in values(q) { words.append(label(v, of: q)) }
        return words + PromptCommand.words
    }
}
