import RuleLanguage
import SalesAdvisor

/// What the session says back, laid out for the terminal: wrapped to the dialogue's width, in
/// colour where the terminal shows it; and what the dialogue does next.
extension Dialogue {
    /// Saves a changed session, shows the reply and carries out what comes next.
    func respond(_ reply: ConsultationReply, _ current: Current) -> Outcome {
        if reply.changed { saveAlongside() }
        out.say(render(reply.blocks))
        switch reply.next {
        case .stay: return .stay
        case .ask: return .next
        case .quit: return .finish(stop(say[.stopped], status: .success))
        case .leave: return .leave
        case .end: return .finish(.success)
        case .askAgain(let q):
            // The question again, until it is answered or left as it was.
            let outcome = converse(session.changePrompt(q), current)
            if case .leave = outcome { return .stay }
            return outcome
        case .write(let file):
            write(file)
            return .stay
        }
    }

    func render(_ blocks: [ConsultationReply.Block]) -> String {
        let explanation = ExplanationText(language: language, width: out.dialogueWidth())
        return blocks.map { block in
            switch block {
            case .heading(let s): out.bold(wrap(s))
            case .note(let s): out.dim(wrap(s))
            case .paragraph(let s): wrap(s)
            case .indented(let s): text.wrap(s, indent: "  ")
            case .line(let s): s + "\n"
            case .warning(let s): out.warn(wrap(s))
            case .warningLine(let s): out.warn(s) + "\n"
            case .choices(let items): choicesLine(items: items)
            case .commands(let verbs): verbs.map(commandLine).joined()
            case .why(let w, let lead): explanation.why(w, lead: lead)
            case .how(let nodes, let title): explanation.how(nodes, title: title)
            case .whyNot(let w): explanation.whyNot(w)
            case .whyNotOption(let w): explanation.whyNot(option: w)
            }
        }.joined()
    }

    /// One line of the command table: the command in a column of 18, its description beside it,
    /// wrapped to the dialogue's width under itself (or, on a very narrow terminal, on lines of
    /// its own below the command).
    func commandLine(_ verb: PromptCommand.Verb) -> String {
        let column = 18
        let entry = verb.entry
        let usage = language == .nl ? entry.usage.nl : entry.usage.en
        let description = language == .nl ? entry.description.nl : entry.description.en
        let width = out.dialogueWidth()
        guard width - 2 - column >= 20 else { return "  " + usage + "\n" + text.wrap(description, indent: "      ") }
        let command = usage.padding(toLength: column, withPad: " ", startingAt: 0)
        let lines = text.wrap(description, indent: "", width: width - 2 - column).split(separator: "\n")
        return lines.enumerated().map { i, line in
            (i == 0 ? "  " + command : String(repeating: " ", count: 2 + column)) + String(line).trimmed + "\n"
        }.joined()
    }

    /// Writes a file the user asked for and says where (or why not).
    func write(_ file: ConsultationFile) {
        switch FileWriter.write(file.contents, to: file.path, standardOutput: { self.out.result($0) }) {
        case .failed(let problem): out.say(out.warn("\(say[.cannotWrite]) \(file.path): \(problem)") + "\n")
        case .written(let path):
            switch file.kind {
            case .report: out.say("\(say[.reportWritten]) \(path == "-" ? say[.standardOutput] : path)\n")
            case .session:
                out.say("\(say[.savedTo]) \(path).\n\(say[.resumeWith]): advisor consult --resume \(path)\n")
            }
        }
    }
}
