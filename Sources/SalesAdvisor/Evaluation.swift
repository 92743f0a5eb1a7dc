import RuleEngine
@_spi(Tooling) import RuleLanguage

/// Runs a situation through the knowledge base and builds the ``Report``.
///
/// The run goes in rounds: the engine runs to quiescence; the first goal's top value is chosen
/// (highest certainty, values above a `cap` held back, ties to the earlier value of the
/// enumeration) and asserted as `decided(topic: …, value: …)`; the engine runs again, and so on for
/// each goal in the order the knowledge base declares them. Rules can so build on the advice itself
/// (KPIs weighted by the approach, pitfalls of the chosen leadership style).
public struct Evaluation: Sendable {
    /// The knowledge base the situations run through.
    public let kb: KnowledgeBase
    /// Weights that replace the knowledge base's `criterion` weights (`--weights`).
    public var weights: [String: Double] = [:]
    /// Whether a close call's report names the answers that would tip it (a re-run per
    /// alternative answer, only when a call is close): on for a single report, off for batches.
    public var findsTips = false
    /// Whether reports carry every firing (`--trace`).
    public var recordsTrace = false
    /// How much of each report to build: ``ReportContent/advice`` leaves out the reasons, for
    /// formats that do not show them.
    public var content = ReportContent.full
    /// Whether a run keeps every fact it asserted, retracted ones included: the trace and the
    /// explanations show them; a plain report does not need them.
    public var keepsFacts = true
    /// Bounds that stop a knowledge base that loops (a report is small: these are generous).
    public var limits = RunLimits(maxFirings: 100_000, maxFacts: 100_000, maxTokens: 1_000_000)
    /// Where the knowledge base's `print` goes: standard error by default, never standard output,
    /// which holds the report (JSON, CSV, Markdown) alone.
    public var printed: @Sendable (String) -> Void = { FileSystem.writeAll($0, to: 2) }

    /// An evaluation with the knowledge base's default weights.
    public init(kb: KnowledgeBase) { self.kb = kb }

    /// A run that went wrong inside the knowledge base (a loop, a failing action).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong: the rule and its firing, or the limit.
        public let message: String
        /// A failure with its message.
        public init(message: String) { self.message = message }
        /// The message.
        public var description: String { message }
    }

    /// The advice for `situation`.
    public func evaluate(_ situation: Situation) throws(Failure) -> Report { try run(situation).report }

    /// A finished run: the engine with its working memory and trace, the report, and where the
    /// facts came from (for explanations).
    public struct Run {
        /// The engine after the run (its facts, conclusions and trace).
        public let engine: Engine
        /// The advice, built when first read (and then kept).
        public var report: Report { onDemand.report }
        let onDemand: ReportOnDemand
        /// The situation that was run.
        public let situation: Situation
        /// Ids of the facts asserted from the situation (answers and scenario facts).
        public let givenFactIDs: Set<Int>
        /// Ids of the `decided` facts, by goal name.
        public let decidedFactIDs: [String: Int]
        /// Every fact ever asserted, by id (retracted ones included).
        public let facts: [Int: FactSnapshot]

    }

    /// Runs `situation` and keeps the engine, for explanations.
    ///
    /// With `engine` (the engine of an earlier run of this evaluation's knowledge base), the run
    /// resets that engine as new instead of making one: what a batch does from one situation to the
    /// next. The earlier run's engine is then this run's; its report and facts stay as they were.
    public func run(_ situation: Situation, reusing engine: Engine? = nil) throws(Failure) -> Run {
        let state = try runEngine(
            situation, keepingFacts: keepsFacts || recordsTrace, tracing: recordsTrace || content == .full,
            reusing: engine)
        let (kb, weights, facts, traced, content) = (kb, weights, state.facts, recordsTrace, content)
        let build = { (engine: Engine) -> Report in
            var builder = ReportBuilder(kb: kb, engine: engine, weights: weights)
            builder.seen = facts
            return builder.build(situation, trace: traced, content: content)
        }
        var report = ReportOnDemand(engine: state.engine, build: build) { try? self.run(situation).report }
        if findsTips {
            let tipped = try findTips(
                Run(
                    engine: state.engine, onDemand: report, situation: situation, givenFactIDs: state.given,
                    decidedFactIDs: state.decided, facts: state.facts))
            report = ReportOnDemand(tipped, engine: state.engine)
        }
        return Run(
            engine: state.engine, onDemand: report, situation: situation, givenFactIDs: state.given,
            decidedFactIDs: state.decided, facts: state.facts)
    }

    /// The recommendation of each goal (nil where none) and the engine, without building a report:
    /// what what-if and why-not re-runs need.
    public func tops(_ situation: Situation) throws(Failure) -> (tops: [String: String], engine: Engine) {
        let state = try runEngine(situation, keepingFacts: false, tracing: false)
        var tops: [String: String] = [:]
        for goal in kb.ruleBase.goals {
            if let top = Evaluation.rank(goal.attribute, engine: state.engine, kb: kb).first(where: { $0.cap == nil }) {
                tops[goal.name] = top.value
            }
        }
        return (tops, state.engine)
    }

    /// Runs the situation to the end, deciding each goal in turn. `tracing` records every firing
    /// (reports name the rules behind caps, knock-outs and issues); `keepingFacts` keeps every fact
    /// asserted (the trace and the explanations show retracted ones too).
    func runEngine(_ situation: Situation, keepingFacts: Bool, tracing: Bool = true, reusing: Engine? = nil)
        throws(Failure)
        -> (engine: Engine, given: Set<Int>, decided: [String: Int], facts: [Int: FactSnapshot])
    {
        let engine: Engine
        if let reusing, reusing.compiled === kb.network, reusing.strategy == .depth {
            engine = reusing
            engine.limits = limits
        } else {
            engine = Engine(program: kb.program, network: kb.network, limits: limits)
        }
        engine.output = printed
        engine.recordsTrace = tracing
        final class Seen { var facts: [Int: FactSnapshot] = [:] }
        let seen = Seen()
        engine.watcher =
            keepingFacts
            ? { event in
                if case .factAsserted(let f) = event { seen.facts[f.id] = f }
            } : nil
        var given = Set<Int>()
        var decidedIDs: [String: Int] = [:]
        do {
            try engine.reset(asNew: true)
            for f in situation.facts {
                given.insert(
                    try engine.assert(
                        template: f.template, slots: f.slots.map { $0.value(in: engine) }, certainty: f.certainty))
            }
            _ = try engine.run()
            if let decided = kb.template("decided") {
                for goal in kb.ruleBase.goals {
                    guard
                        let top = Evaluation.rank(goal.attribute, engine: engine, kb: kb).first(where: { $0.cap == nil }
                        )
                    else { continue }
                    let slots: [Value] = [.symbol(engine.intern(goal.name)), .symbol(engine.intern(top.value))]
                    decidedIDs[goal.name] = try engine.assert(template: decided, slots: slots)
                    _ = try engine.run()
                }
            }
        } catch {
            throw Failure(message: Evaluation.describe(error))
        }
        return (engine, given, decidedIDs, seen.facts)
    }

    static func describe(_ error: EngineError) -> String {
        switch error {
        case .firingLimit(let limit, let last):
            return "the knowledge base fired more than \(limit) rules (a loop?); last: "
                + last.map { "\($0.rule)" }.joined(separator: ", ")
        case .tokenLimit(let limit, _):
            return
                "the knowledge base made more than \(limit) partial matches (a join of several patterns over too many facts)"
        case .factLimit(let limit, _):
            return "the knowledge base made more than \(limit) facts"
        case .action(let rule, let cycle, let message):
            return "in rule '\(rule)' (\(cycle == 0 ? "while matching" : "firing \(cycle)")): \(message)"
        case .invalidFact, .reentrant:
            return error.description
        }
    }

    /// The values of an attribute with positive certainty, best first: by certainty, then
    /// enumeration order; values above the topic's cap keep their place in `cap`. `caps`: the live
    /// `cap` facts, when the caller has them.
    static func rank(_ attribute: Int, engine: Engine, kb: KnowledgeBase, caps: [FactSnapshot]? = nil) -> [(
        value: String, certainty: Double, conclusion: Conclusion, cap: FactSnapshot?
    )] {
        // The enumeration's symbols are the program's, which keep their numbers in the engine's table.
        var order: [Symbol] = []
        if attribute < kb.program.templates.count, let slot = kb.program.templates[attribute].slots.first,
            case .enumeration(_, let values) = slot.type
        {
            order = values
        }
        let symbols = engine.symbols
        let topic = symbols.lookup(kb.program.templates[attribute].name)
        // The tightest cap for this topic.
        var cap: (index: Int, fact: FactSnapshot)?
        if let topic, let capFacts = caps ?? kb.template("cap").map({ engine.facts(of: $0) }) {
            for f in capFacts {
                guard f.slots.count >= 2, case .symbol(let t) = f.slots[0], t == topic,
                    case .symbol(let v) = f.slots[1], let i = order.firstIndex(of: v)
                else { continue }
                if i < (cap?.index ?? Int.max) { cap = (i, f) }
            }
        }
        var values: [(value: String, certainty: Double, conclusion: Conclusion, cap: FactSnapshot?, index: Int)] = []
        for c in engine.conclusions where c.template == attribute && c.certainty > 0 {
            var index = Int.max
            if case .symbol(let s) = c.value { index = order.firstIndex(of: s) ?? Int.max }
            values.append(
                (
                    value: c.value.rendered(symbols), certainty: c.certainty, conclusion: c,
                    cap: cap.flatMap { index > $0.index ? $0.fact : nil }, index: index
                ))
        }
        values.sort { a, b in
            if abs(a.certainty - b.certainty) > 1e-9 { return a.certainty > b.certainty }
            return a.index < b.index
        }
        return values.map { ($0.value, $0.certainty, $0.conclusion, $0.cap) }
    }
}
