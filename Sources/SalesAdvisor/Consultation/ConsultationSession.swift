import RuleEngine
import RuleLanguage

/// A consultation as any front end holds it: the steps taken so far, the language, the weights,
/// the knowledge base it runs and what it was started from. It runs the knowledge base, reads
/// answers and carries out every prompt command, and says back ``ConsultationReply`` values; the
/// front end reads lines and renders replies (the terminal's `Dialogue`, a test, a web page).
public struct ConsultationSession: Sendable {
    /// The steps taken so far and the knowledge base they run in.
    public internal(set) var state: ConsultationState
    /// The language the consultation speaks.
    public let language: Language
    /// The knowledge base's hash, saved with the session (resuming notices a changed one).
    public let knowledgeBaseHash: String
    /// The scenario file the session started from, if any, and its hash when it was read.
    public var scenarioPath: String?
    /// The scenario file's hash when it was read (resuming notices a changed file).
    public var scenarioHash: String?
    /// The customer the advice is for (`--customer`, or typed at the start).
    public var customer: String?
    /// Whether to ask for the customer before the first question (a front end at a terminal,
    /// when no customer was given); false once asked.
    public var asksCustomer = false
    /// The date on a report file (`--date`; nil: none written).
    public var date: String?
    /// Who prepared a report file (`--prepared-by`).
    public var preparedBy: String?
    /// The sales objectives for the plan (`--objective`, `objective` at a prompt), kept in the
    /// session file.
    public var objectives: [Objective] = []
    /// Lines of a resumed session that no longer fit the knowledge base: saved again, never lost,
    /// until `drop`.
    public var setAside: [String] = []

    /// A consultation from `state` (its steps and weights) in `language`.
    public init(state: ConsultationState, language: Language) {
        self.state = state
        self.language = language
        self.knowledgeBaseHash = SessionRecord.hash(state.kb)
    }

    /// The knowledge base the consultation runs.
    public var kb: KnowledgeBase { state.kb }
    /// The knowledge base's names as the user reads them, in the consultation's language.
    public var labels: ConsultationLabels { ConsultationLabels(kb: kb, language: language) }
    /// The consultation's own words, in its language.
    public var say: ConsultationPhrases { ConsultationPhrases(language: language) }

    /// The session as it is saved after every step.
    public var record: SessionRecord {
        var r = SessionRecord(
            knowledgeBase: knowledgeBaseHash, language: language, scenario: scenarioPath, steps: state.steps)
        r.scenarioHash = scenarioHash
        r.customer = customer
        r.objectives = objectives
        r.setAside = setAside
        return r
    }

    /// The steps run through the knowledge base: the advice so far, the questions still worth
    /// asking and how many may still come.
    public struct Current {
        /// The steps run through the knowledge base, with the report they give.
        public let run: Evaluation.Run
        /// The questions worth asking and how many may still come.
        public let outlook: ConsultationState.Outlook
        /// The questions worth asking, the most needed first.
        public var needs: [ConsultationState.Need] { outlook.needs }
    }

    /// Runs the steps through the knowledge base; on `engine` (the engine of a ``Current`` that is
    /// no longer read) when given, reset as new instead of building one.
    public func current(reusing engine: Engine? = nil) throws -> Current {
        let run = try state.run(reusing: engine)
        return Current(run: run, outlook: state.outlook(in: run.engine))
    }

    /// What to ask next, nil when the advice is complete.
    public func next(_ current: Current) -> ConsultationState.Pending? { state.next(current.needs, run: current.run) }

    /// The explainer of the current run, with the consultation's weights.
    func explainer(_ current: Current) -> Explainer { Explainer(evaluation: state.evaluation, run: current.run) }

    // MARK: Steps

    /// Takes a step; one that does not fit is said, and the prompt stays.
    public mutating func take(_ step: ConsultationStep) -> ConsultationReply {
        do {
            try state.take(step)
        } catch {
            return .warning(error.message)
        }
        return ConsultationReply(next: .ask, changed: true)
    }

    /// Records an answer; one the question does not allow is said, and the prompt stays.
    mutating func set(_ answer: Answer) -> ConsultationReply {
        do {
            try state.set(answer)
        } catch {
            return .warning(error.message)
        }
        return ConsultationReply(next: .ask, changed: true)
    }

    /// Reads `line` as an answer to `q`: records it, or says briefly what was wrong. `preset` keeps
    /// an answer given beforehand marked so when it is changed.
    public mutating func answer(_ line: String, to q: Question, preset: Bool = false) -> ConsultationReply {
        switch AnswerMatcher(question: q, kb: kb).match(line) {
        case .value(let value, let certainty):
            return set(Answer(question: q.name, value: value, certainty: certainty, origin: preset ? .preset : .typed))
        case .noMatch(let suggestion):
            var m = say[.notUnderstood].replacing("{answer}", with: line.visibleControls)
            if let s = suggestion { m += " \(say[.didYouMean].capitalizedFirst) '\(labels.value(s, of: q))'?" }
            return .warning(m + " " + say[.typeOneOf].capitalizedFirst + ": " + labels.choicesList(q))
        case .ambiguous(let values):
            return .warning("\(say[.ambiguous]): " + values.map { labels.value($0, of: q) }.joined(separator: ", "))
        case .badCertainty(let c):
            let example = "\(labels.value(labels.values(q).last ?? "", of: q)) \(language == .nl ? "0,7" : "0.7")"
            return .warning("\(say[.badCertainty]) '\(c.visibleControls)' (\(say[.forExample]): \(example))")
        }
    }

    /// Answers `q` with `unknown` (the rules go on without it).
    public mutating func unknown(_ q: Question) -> ConsultationReply {
        set(Answer(question: q.name, value: nil, origin: state.answer(q.name)?.origin == .preset ? .preset : .typed))
    }
}

extension ConsultationSession {
    /// What a failed run says: an input's mistake, the evaluation's, or the error itself.
    public static func message(of error: any Error) -> String {
        switch error {
        case let e as InputError: e.message
        case let e as Evaluation.Failure: e.message
        default: "\(error)"
        }
    }
}

extension String {
    /// With its first letter in upper case.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
