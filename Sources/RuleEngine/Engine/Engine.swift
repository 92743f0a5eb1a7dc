/// The forward-chaining inference engine: working memory, the Rete network, the agenda and the run loop.
///
/// ```swift
/// let engine = try Engine(program: program)
/// try engine.reset()          // asserts the program's initial facts
/// try engine.run()            // fires until the agenda is empty or a rule halts
/// ```
/// The same program and facts always give the same firings, in the same order.
public final class Engine {
    /// The program this engine runs (its rules are fixed from `init` on).
    public let program: Program
    /// How the agenda orders activations of equal salience (CLIPS's strategies).
    public let strategy: ConflictStrategy
    /// The most firings in one run and the most facts at once; a run that breaks one throws.
    @exclusivity(unchecked) public var limits: RunLimits
    /// Receives `print` output (each call one line, with its newline).
    @exclusivity(unchecked) public var output: (String) -> Void = { Swift.print($0, terminator: "") }
    /// Receives every trace event while set (the `--watch` options); nil costs nothing.
    @exclusivity(unchecked) public var watcher: ((TraceEvent) -> Void)? {
        didSet { installActivationWatcher() }
    }
    /// Whether every firing is recorded in ``trace`` (for explanations and `--trace`).
    @exclusivity(unchecked) public var recordsTrace = false

    /// Every firing since the last reset, while `recordsTrace` is on.
    @exclusivity(unchecked) public internal(set) var trace: [Firing] = []
    /// The certainty-factor conclusions (`conclude`), one per attribute and value, in the order first concluded.
    public var conclusions: [Conclusion] { beliefs.conclusions }
    /// The points given by `score` actions, one per option and criterion.
    public var scores: [Score] { beliefs.scores }
    /// How many resets the engine has had: what was read from it before a reset is not what it
    /// holds after.
    @exclusivity(unchecked) public internal(set) var resets = 0
    /// The number of the last firing (0 before the first).
    @exclusivity(unchecked) public internal(set) var cycle = 0
    /// Whether a rule's `halt` stopped the last run.
    @exclusivity(unchecked) public internal(set) var isHalted = false
    /// Whether every working-memory change is kept in ``changes`` (off by default: it costs memory).
    @exclusivity(unchecked) public var recordsChanges = false
    /// Every change to working memory since the last reset, with its cause, while ``recordsChanges`` is on.
    @exclusivity(unchecked) public internal(set) var changes: [WorkingMemoryChange] = []
    /// The rule firing now and its cycle (for the causes in ``changes``).
    @exclusivity(unchecked) var firingNow: (rule: Int, cycle: Int)?
    /// The fact a `modify` is replacing, while it does.
    @exclusivity(unchecked) var modifying: Int?

    let seed: UInt64
    let symbolBox: SymbolBox
    let network: ReteNetwork
    let agenda: Agenda
    @exclusivity(unchecked) var memory = WorkingMemory()
    @exclusivity(unchecked) var stats = EngineStatistics()
    @exclusivity(unchecked) var beliefs = Beliefs()
    /// The last ten firings (rule and matched facts, packed), for the message of a run that breaks
    /// a limit: kept without allocating, made into ``FiringSummary`` values only then.
    @exclusivity(unchecked) var recentFirings: [(cycle: Int, rule: Int, facts: MatchKey)] = []
    /// Where the next firing goes in `recentFirings` once it holds ten.
    @exclusivity(unchecked) var recentNext = 0
    /// The facts the initial facts became at the last reset as new, in order, for the next.
    @exclusivity(unchecked) var initialFacts: [Fact] = []
    /// The matched facts of the firing now, by level; kept between firings for its capacity.
    @exclusivity(unchecked) var factScratch: [Fact?] = []

    /// The last ten firings, oldest first.
    var recent: [FiringSummary] {
        let ordered =
            recentFirings.count < 10
            ? recentFirings : Array(recentFirings[recentNext...] + recentFirings[..<recentNext])
        return ordered.map { FiringSummary(cycle: $0.cycle, rule: program.rules[$0.rule].name, factIDs: $0.facts.ids) }
    }
    @exclusivity(unchecked) var current: Firing?
    /// True until the first reset, assert or run: the network made by `init` is still empty.
    @exclusivity(unchecked) var isPristine = true
    /// True inside `reset`, `assert`, `retract` and `run`: a callback that calls one of them again
    /// gets ``EngineError/reentrant(operation:)``.
    ///
    /// This is the invariant behind `@exclusivity(unchecked)` on the engine's and the network's
    /// stored properties: only these four entry points change them, one at a time, on one thread
    /// (an `Engine` is not `Sendable`), and none of them runs while another does. Inside, the match
    /// code never holds an access to a property across a call that reaches the same property (the
    /// compiler's static checks see the accesses within a function); callbacks are the only way out
    /// of the engine during propagation, and this guard turns a call back in into an error.
    @exclusivity(unchecked) var isBusy = false
    /// The compiled network, shared with every engine made from it.
    public let compiled: CompiledNetwork

    /// An engine for `program`, with its network compiled here or taken from `network` (compiled from
    /// the same program: engines for one program then share it, and making one costs no compilation).
    /// Rules are fixed from here on.
    public init(
        program: Program, network: CompiledNetwork? = nil, strategy: ConflictStrategy = .depth, seed: UInt64 = 0,
        limits: RunLimits = RunLimits()
    ) {
        self.program = program
        self.strategy = strategy
        self.seed = seed
        self.limits = limits
        self.symbolBox = SymbolBox(program.symbols)
        if let network, network.fits(program) {
            compiled = network
        } else {
            compiled = CompiledNetwork(program: program)
        }
        (self.network, agenda) = Engine.makeNetwork(compiled, program, strategy, seed, symbolBox)
    }

    /// Empty memories and agenda for the compiled network.
    private static func makeNetwork(
        _ compiled: CompiledNetwork, _ program: Program, _ strategy: ConflictStrategy, _ seed: UInt64, _ box: SymbolBox
    ) -> (ReteNetwork, Agenda) {
        let agenda = Agenda(strategy: strategy, order: compiled.changeOrder, testLevels: compiled.testLevels)
        let evaluator = Evaluator(functions: program.functions, symbolBox: box)
        return (
            ReteNetwork(
                compiled: compiled, agenda: agenda, evaluator: evaluator, seed: seed, truth: TruthMaintenance()), agenda
        )
    }

    /// The network's token bound, from the limits (set on every new network).
    private func applyTokenLimit() {
        network.tokenLimit = limits.maxTokens
    }

    /// The symbol table, including strings made by `str` during the run.
    public var symbols: SymbolTable { symbolBox.table }

    /// Interns a name (for facts asserted from outside).
    public func intern(_ name: String) -> Symbol { symbolBox.table.intern(name) }

    /// Clears working memory, the agenda, conclusions, scores and the trace, then asserts the initial facts.
    ///
    /// The memories are emptied in place, keeping their buffers, so a run after a reset costs no
    /// more than the first. Names interned since the engine was made stay (as in CLIPS) unless
    /// `asNew` is set: then they are forgotten too, and what follows runs as on a new engine, byte
    /// for byte (what an engine reused for many independent runs needs). No ``Fact`` of before the
    /// reset may be used after.
    /// - Throws: ``EngineError`` when an initial fact breaks a limit or a test fails to evaluate.
    public func reset(asNew: Bool = false) throws(EngineError) {
        guard !isBusy else { throw .reentrant(operation: "reset") }
        isBusy = true
        defer { isBusy = false }
        // A network that has never seen a fact or fired is as good as new: a fresh engine keeps it.
        if !isPristine { network.reset() }
        if asNew { symbolBox.table.forget(after: program.symbols.count) }
        resets += 1
        isPristine = false
        installActivationWatcher()
        applyTokenLimit()
        memory.removeAll()
        stats = EngineStatistics()
        trace = []
        changes = []
        beliefs = Beliefs()
        recentFirings = []
        recentNext = 0
        cycle = 0
        isHalted = false
        // An engine reset as new (one kept for many runs) uses the initial facts' objects of the
        // last such reset again where nothing else holds them (they go in with the same ids and
        // contents every time). Others keep none: a retracted initial fact is freed at once.
        var recycled = initialFacts
        initialFacts = []
        if asNew { initialFacts.reserveCapacity(program.initialFacts.count) }
        for (i, f) in program.initialFacts.enumerated() {
            var old: Fact?
            if i < recycled.count {
                if isKnownUniquelyReferenced(&recycled[i]) { old = recycled[i] }
            }
            let fact = try assertFact(
                template: f.template, slots: f.slots, certainty: f.certainty, support: nil, recycling: old)
            if asNew { initialFacts.append(fact) }
        }
        recycled = []
        try checkMatchError()
    }

    /// Asserts a fact from outside (an answer, a scenario fact). Returns its id, or the id of the equal fact
    /// already present.
    @discardableResult
    public func assert(template: Int, slots: [Value], certainty: Double = 1) throws(EngineError) -> Int {
        guard !isBusy else { throw .reentrant(operation: "assert") }
        isBusy = true
        defer { isBusy = false }
        applyTokenLimit()
        isPristine = false
        guard template >= 0, template < program.templates.count else {
            throw .invalidFact("no template number \(template)")
        }
        let t = program.templates[template]
        guard slots.count == t.slots.count else {
            throw .invalidFact("'\(t.name)' has \(t.slots.count) slots, got \(slots.count) values")
        }
        if let problem = misfit(template, slots) { throw .invalidFact(problem) }
        let fact = try assertFact(template: template, slots: slots, certainty: certainty, support: nil)
        try checkMatchError()
        return fact.id
    }

    /// Retracts a fact by id; false when there is no such live fact.
    @discardableResult
    public func retract(id: Int) throws(EngineError) -> Bool {
        guard !isBusy else { throw .reentrant(operation: "retract") }
        isBusy = true
        defer { isBusy = false }
        applyTokenLimit()
        guard let fact = memory.fact(id) else { return false }
        retractFact(fact)
        try checkMatchError()
        return true
    }

    /// Fires activations until the agenda is empty, a rule halts, or `maxFirings` firings (a normal stop).
    /// - Returns: the number of firings.
    /// - Throws: ``EngineError`` when a limit of ``limits`` is broken or an action fails.
    @discardableResult
    public func run(maxFirings: Int? = nil) throws(EngineError) -> Int {
        guard !isBusy else { throw .reentrant(operation: "run") }
        isBusy = true
        defer { isBusy = false }
        applyTokenLimit()
        isPristine = false
        isHalted = false
        var fired = 0
        while !isHalted {
            if let max = maxFirings, fired >= max { break }
            if stats.firings >= limits.maxFirings && agenda.count > 0 {
                throw .firingLimit(limit: limits.maxFirings, last: recent)
            }
            guard let activation = agenda.next() else { break }
            try fire(activation)
            fired += 1
            try checkMatchError()
        }
        return fired
    }

    /// Live facts in id order.
    public var facts: [FactSnapshot] { memory.live.map(\.snapshot) }

    /// The live facts of one template, in id order (only those are copied out).
    public func facts(of template: Int) -> [FactSnapshot] { memory.live(of: template).map(\.snapshot) }

    /// The live fact with this id.
    public func fact(id: Int) -> FactSnapshot? {
        memory.fact(id)?.snapshot
    }

    /// The pending activations in firing order: rule index and matched fact ids.
    public var agendaListing: [(rule: Int, factIDs: [Int])] {
        agenda.ordered.map { ($0.rule, $0.activationFactIDs) }
    }

    /// What the engine has done so far.
    public var statistics: EngineStatistics {
        var s = stats
        s.peakActivations = agenda.peak
        let work = network.work
        s.joinAttempts = work.joinAttempts
        s.tokensBuilt = work.tokensBuilt
        return s
    }

    /// The work of every node so far, busiest first.
    public var profile: [NodeProfile] { network.profile() }

    /// A stable text dump of the Rete network.
    public func dumpNetwork() -> String { compiled.dump(templateNames: program.templates.map(\.name)) }

    /// Why the values do not fit the template's slot types, or nil when they do.
    func misfit(_ template: Int, _ slots: [Value]) -> String? {
        let t = program.templates[template]
        for (spec, v) in zip(t.slots, slots) where !spec.accepts(v) {
            let value = v.rendered(symbols, quoted: true)
            if spec.type.accepts(v), let range = spec.range {
                return "\(value) is outside slot '\(spec.name)' of '\(t.name)', which runs \(range.described(symbols))"
            }
            return "'\(value)' does not fit slot '\(spec.name)' of '\(t.name)'"
        }
        return nil
    }

    private func checkMatchError() throws(EngineError) {
        if network.tokenLimitReached { throw .tokenLimit(limit: limits.maxTokens, last: recent) }
        guard let (rule, error) = network.matchError else { return }
        network.matchError = nil
        let name = rule.map { program.rules[$0].name } ?? "(a pattern test)"
        throw .action(rule: name, cycle: cycle, message: error.message)
    }

    private func installActivationWatcher() {
        guard let watcher else {
            network.onActivation = nil
            return
        }
        network.onActivation = { activation, added in
            watcher(
                added
                    ? .activationAdded(rule: activation.rule, factIDs: activation.activationFactIDs)
                    : .activationRemoved(rule: activation.rule, factIDs: activation.activationFactIDs))
        }
    }
}
