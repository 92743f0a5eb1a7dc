import RuleLanguage

/// How a consultation begins: new, with answers given beforehand, or resumed from its saved record.
extension ConsultationSession {
    /// Gives the answers of a scenario file or `--set` beforehand; throws at the first that the
    /// knowledge base does not allow.
    public mutating func give(_ answer: Answer) throws(InputError) {
        try state.set(
            Answer(question: answer.question, value: answer.value, certainty: answer.certainty, origin: .preset))
    }

    /// Replays a saved session's steps. A step that no longer fits the knowledge base is set aside
    /// (saved again, never lost, until `drop`); what happened is said back, to show after the
    /// welcome: the session resumed from `path`, a changed knowledge base, the steps set aside.
    public mutating func resume(_ record: SessionRecord, from path: String) -> [ConsultationReply.Block] {
        var notes: [ConsultationReply.Block] = []
        if record.knowledgeBase != knowledgeBaseHash { notes.append(.paragraph(say[.kbChanged])) }
        var dropped: [String] = []
        setAside = record.setAside
        for (n, step) in record.steps.enumerated() {
            do {
                try state.take(step)
            } catch {
                setAside.append(SessionRecord.line(step))
                let line = n < record.lines.count ? "\(language == .nl ? "regel" : "line") \(record.lines[n]): " : ""
                dropped.append(line + Self.name(of: step, unknown: say[.unknown]))
            }
        }
        let restored = state.steps.count == 1 ? say[.answerRestored] : say[.answersRestored]
        // The path on a line of its own: words wrap at the terminal's width, a path is not broken.
        notes.append(.paragraph("\(say[.resumed]): \(state.steps.count) \(restored)"))
        notes.append(.line("  \(path)"))
        if !dropped.isEmpty {
            notes.append(.paragraph("\(say[.dropped].capitalizedFirst): " + dropped.joined(separator: ", ")))
        }
        if !setAside.isEmpty { notes.append(.paragraph(say[.setAside].replacing("{n}", with: String(setAside.count)))) }
        return notes
    }

    /// A step set aside, by the names in the session file (`risk = high`, `option`).
    static func name(of step: ConsultationStep, unknown: String) -> String {
        switch step {
        case .answer(let a): "\(a.question) = \(a.value ?? unknown)"
        case .offer(let kind, _), .instance(let kind, _), .endOfList(let kind): kind
        case .slot(_, let slot, let value, _): "\(slot) = \(value ?? "unknown")"
        case .restate(let kind, let slot, _, _): "\(kind).\(slot)"
        }
    }
}
