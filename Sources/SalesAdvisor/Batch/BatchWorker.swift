import RuleEngine

/// What one batch worker keeps from one situation to the next: the engine of its last run (reset
/// as new for the next one) and the reports of the situations it has run, so that an account whose
/// answers an earlier account gave already is not run again.
///
/// A run is a function of the facts asserted: the same rules and facts give the same firings,
/// byte for byte. A report is that and the situation's answers, expectations, name and title; two
/// situations that differ only in name and title (accounts of an export, copies of a scenario)
/// share one run, and the report of a later one is the earlier one's under its own name.
///
/// A report is kept the second time its situation comes (the first time only a hash of it is
/// noted), so a batch whose situations never repeat (a grid, an export of distinct accounts) keeps
/// no reports and pays only for the note. What is kept is bounded (``capacity``): past it, it is
/// forgotten and kept again from the next situation.
///
/// A close call's tips (the answers that would tip it: re-runs with other answers) are a function
/// of the same facts and answers, so they are kept with the report. Nothing is kept when a run is
/// more than its report: when the knowledge base prints (each account prints its own lines), or
/// when the reports carry the trace (large).
@_spi(Tooling) public struct BatchWorker {
    /// The evaluation the situations run through.
    public let evaluation: Evaluation
    /// The engine of the last run, reset as new for the next.
    public private(set) var engine: Engine?
    private var reports: [SituationKey: Report] = [:]
    /// Hashes of the situations run once: the next run of one of them keeps its report.
    private var seen = Set<Int>()
    private let remembers: Bool
    /// How many reports a worker keeps: fewer of the full reports, which are larger.
    public let capacity: Int
    /// Situations whose report was an earlier one's (for tests and statistics).
    public private(set) var repeats = 0
    /// How many reports are kept now.
    public var kept: Int { reports.count }

    /// A worker for `evaluation`, with no engine yet.
    public init(_ evaluation: Evaluation) {
        self.evaluation = evaluation
        let prints = evaluation.kb.program.rules.contains { rule in
            rule.actions.contains { if case .print = $0 { true } else { false } }
        }
        remembers = !prints && !evaluation.recordsTrace
        capacity = evaluation.content == .full ? 256 : 4_096
    }

    /// Runs `situation` on the kept engine: the run, for what needs more than the report (the
    /// explanations).
    public mutating func run(_ situation: Situation) throws(Evaluation.Failure) -> Evaluation.Run {
        let run = try evaluation.run(situation, reusing: engine)
        engine = run.engine
        return run
    }

    /// The report of `situation`: an earlier situation's under this one's name when they differ in
    /// nothing else, otherwise a run's.
    public mutating func report(_ situation: Situation) throws(Evaluation.Failure) -> Report {
        guard remembers else { return try run(situation).report }
        let key = SituationKey(situation)
        if let report = reports[key] {
            repeats += 1
            return report.renamed(situation.name, title: situation.title)
        }
        let report = try run(situation).report
        let hash = key.hashValue
        if seen.contains(hash) {
            if reports.count >= capacity { reports.removeAll(keepingCapacity: true) }
            reports[key] = report
        } else {
            if seen.count >= 4 * capacity { seen.removeAll(keepingCapacity: true) }
            seen.insert(hash)
        }
        return report
    }
}

/// Everything of a situation that decides its report but its name and title: the facts asserted
/// (numbers by their bits, so that `-0.0` and `0.0` stay apart), the answers as given and the
/// expectations.
struct SituationKey: Hashable {
    private let facts: [FactKey]
    private let answers: [String]
    private let expectations: [String]

    private struct FactKey: Hashable {
        let template: Int
        let slots: [SlotKey]
        let certainty: UInt64
    }

    private enum SlotKey: Hashable {
        case symbol(String)
        case string(String)
        case integer(Int)
        case number(UInt64)
    }

    init(_ situation: Situation) {
        facts = situation.facts.map { f in
            FactKey(
                template: f.template,
                slots: f.slots.map { v in
                    switch v {
                    case .symbol(let s): .symbol(s)
                    case .string(let s): .string(s)
                    case .integer(let i): .integer(i)
                    case .number(let d): .number(d.bitPattern)
                    }
                }, certainty: f.certainty.bitPattern)
        }
        // Name and value apart (a name or value may hold any character, so no separator joins them).
        answers = situation.answers.flatMap { [$0.name, $0.value] }
        expectations = situation.expectations.flatMap { [$0.topic, $0.value] }
    }
}
