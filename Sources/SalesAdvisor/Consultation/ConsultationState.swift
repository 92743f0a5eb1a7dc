import RuleEngine
import RuleLanguage

/// The state of a consultation: the steps taken so far (answers, instances and their slots), the
/// advice they lead to, and what is still worth asking.
///
/// After every change the situation is run again from the start (answers and instances, then the
/// rounds of ``Evaluation``), so the state after `back` is exactly the state of never having taken
/// the step, and the same steps always give the same advice. A run of the bundled knowledge base
/// takes well under a millisecond.
public struct ConsultationState: Sendable {
    /// The knowledge base the steps run in.
    public let kb: KnowledgeBase
    /// Facts and options entered from a scenario file (`--scenario`): SWOT items, pairs, options.
    public private(set) var scenario: Scenario
    /// The steps taken, in order.
    public private(set) var steps: [ConsultationStep] = []
    /// The situation `steps` make, built when they last changed: a step is checked by building it,
    /// and the run that follows uses the same one (nil before the first step, or when rebuilding
    /// after `back` failed).
    private var built: Situation?
    /// The weights of the option criteria (empty: the knowledge base's).
    public var weights: [String: Double] = [:]

    /// A state with no steps; `scenario`'s facts and options (not its answers) are part of every run.
    public init(kb: KnowledgeBase, scenario: Scenario = Scenario(name: "consultation")) {
        self.kb = kb
        var facts = scenario
        facts.answers = []
        facts.expectations = []
        self.scenario = facts
    }

    // MARK: Answers and instances

    /// The answers given so far, in order.
    public var answers: [Answer] {
        steps.compactMap { if case .answer(let a) = $0 { return a } else { return nil } }
    }

    /// The answer given to `question`, if any (`unknown` included).
    public func answer(_ question: String) -> Answer? { answers.first { $0.question == question } }

    /// The instances entered so far, in order, with their keys and slot answers.
    public var instances: [EnteredInstance] {
        var result: [EnteredInstance] = []
        for step in steps {
            switch step {
            case .instance(let kind, let label):
                result.append(
                    EnteredInstance(
                        kind: kind, label: label, key: uniqueKey(label, kind: kind, taken: result), slots: [:]))
            case .slot(let i, let slot, let value, let certainty) where i < result.count:
                result[i].slots[slot] = .some(value)
                result[i].certainties[slot] = value == nil || certainty == 1 ? nil : certainty
            case .slot, .answer, .offer, .endOfList, .restate:
                break
            }
        }
        return result
    }

    func uniqueKey(_ label: String, kind: String, taken: [EnteredInstance]) -> String {
        let base = label.slug.isEmpty ? kind : label.slug
        let used = Set(taken.filter { $0.kind == kind }.map(\.key) + scenarioKeys(of: kind))
        var key = base
        var n = 2
        while used.contains(key) {
            key = "\(base)-\(n)"
            n += 1
        }
        return key
    }

    /// Whether the offer of `kind` was answered, and how.
    public func offer(_ kind: String) -> Bool? {
        for case .offer(let k, let accepted) in steps where k == kind { return accepted }
        return nil
    }

    /// Whether the list of `kind` was ended.
    public func listEnded(_ kind: String) -> Bool { steps.contains(.endOfList(kind: kind)) }

    /// Records an answer: replaces an earlier answer to the same question in its place, or adds it.
    /// Throws when the value is not one the question allows.
    public mutating func set(_ answer: Answer) throws(InputError) {
        var next = steps
        if let i = next.firstIndex(where: {
            if case .answer(let a) = $0 { return a.question == answer.question } else { return false }
        }) {
            next[i] = .answer(answer)
        } else {
            next.append(.answer(answer))
        }
        built = try situation(next)
        steps = next
    }

    /// The longest list of one kind a consultation takes (each instance's slots are asked).
    public static let maximumInstances = 20

    /// Takes a step other than an answer; throws when it does not fit: a slot value of the wrong
    /// type, or a step with nothing to belong to (a slot of an instance that is not there, an
    /// instance of a list not offered or already ended, more than ``maximumInstances`` of a kind),
    /// which a hand-edited session file may hold.
    public mutating func take(_ step: ConsultationStep) throws(InputError) {
        if case .answer(let a) = step { return try set(a) }
        try check(step)
        var next = steps
        next.append(step)
        built = try situation(next)
        steps = next
    }

    func check(_ step: ConsultationStep) throws(InputError) {
        func kind(_ name: String) throws(InputError) -> InstanceKind {
            guard let k = kb.ruleBase.instanceKinds.first(where: { $0.name == name }) else {
                throw InputError("the knowledge base has no instances of '\(name)'")
            }
            return k
        }
        switch step {
        case .answer: return
        case .offer(let name, _):
            let k = try kind(name)
            guard !k.offer.isEmpty else { throw InputError("'\(name)' is not offered in a consultation") }
            guard offer(name) == nil else { throw InputError("'\(name)' was offered already") }
        case .instance(let name, _):
            _ = try kind(name)
            guard offer(name) == true, !listEnded(name) else { throw InputError("no list of '\(name)' is open") }
            guard instances.filter({ $0.kind == name }).count < Self.maximumInstances else {
                throw InputError("more than \(Self.maximumInstances) of '\(name)'")
            }
        case .endOfList(let name):
            _ = try kind(name)
            guard offer(name) == true, !listEnded(name) else { throw InputError("no list of '\(name)' is open") }
        case .slot(let i, let slotName, _, let certainty):
            guard certainty.isFinite, certainty >= -1, certainty <= 1 else {
                throw InputError("a certainty is a number from -1 to 1")
            }
            let all = instances
            guard i >= 0, i < all.count else { throw InputError("there is no instance \(i)") }
            guard try kind(all[i].kind).slots.contains(where: { $0.name == slotName }) else {
                throw InputError("'\(all[i].kind)' has no slot '\(slotName)' to ask")
            }
        case .restate(let name, let slotName, _, _):
            let k = try kind(name)
            guard !k.review.isEmpty, k.slots.contains(where: { $0.name == slotName }), restated(name)[slotName] == nil
            else {
                throw InputError("'\(name).\(slotName)' is not open for review")
            }
        }
    }

    /// Takes back the last step taken at a prompt (answers given beforehand stay); returns it, or
    /// nil when there is none.
    public mutating func back() -> ConsultationStep? {
        guard let i = steps.lastIndex(where: { !$0.isPreset }) else { return nil }
        let taken = steps.remove(at: i)
        built = try? situation(steps)
        return taken
    }

    /// Names the customer: the advice's title from here on.
    mutating func name(customer: String) {
        scenario.title = customer
        scenario.titles = [:]
        built = try? situation(steps)
    }

    /// The number of steps taken at a prompt.
    public var typedCount: Int { steps.filter { !$0.isPreset }.count }

    // MARK: Running

    /// The situation the steps make (unknown answers leave no fact; unanswered slots keep their defaults).
    public func situation() throws(InputError) -> Situation {
        if let built { return built }
        return try situation(steps)
    }

    func situation(_ steps: [ConsultationStep]) throws(InputError) -> Situation {
        var state = self
        state.steps = steps
        var builder = SituationBuilder(base: scenario)
        for a in state.answers { builder.answer(a) }
        for instance in state.instances {
            guard let kind = kb.ruleBase.instanceKinds.first(where: { $0.name == instance.kind }) else {
                throw InputError("the knowledge base has no instances of '\(instance.kind)'")
            }
            let template = kb.program.templates[kind.template]
            var slots: [(name: String, value: ScenarioValue)] = []
            if let k = kind.key { slots.append((template.slots[k].name, .word(instance.key))) }
            if let l = kind.label { slots.append((template.slots[l].name, .string(instance.label))) }
            for slot in kind.slots {
                guard case .some(.some(let v)) = instance.slots[slot.name] else { continue }
                slots.append((slot.name, Self.value(v, of: template.slots[slot.slot])))
            }
            builder.fact(kind.name, slots, certainty: instance.certainty)
        }
        // A reviewed fact in which the user restated a part becomes the user's own, whole.
        for kind in kb.ruleBase.instanceKinds where !kind.review.isEmpty {
            let parts = state.restated(kind.name)
            guard kind.slots.allSatisfy({ parts[$0.name] != nil }), parts.values.contains(where: \.typed) else {
                continue
            }
            let template = kb.program.templates[kind.template]
            let slots = kind.slots.compactMap { slot -> (name: String, value: ScenarioValue)? in
                parts[slot.name].map { (slot.name, Self.value($0.value, of: template.slots[slot.slot])) }
            }
            builder.fact(kind.name, slots)
        }
        return try builder.build(kb: kb)
    }

    /// A value typed for a slot: text for a text slot (`12` stays text), else a name or a number.
    static func value(_ text: String, of spec: SlotSpec) -> ScenarioValue {
        if case .string = spec.type { return .string(text) }
        return ScenarioParser.value(of: text)
    }

    /// The evaluation the consultation uses (with its weights).
    public var evaluation: Evaluation {
        var e = Evaluation(kb: kb)
        e.weights = weights
        return e
    }

    /// Runs the steps through the knowledge base; on `engine` (an earlier run's, no longer read)
    /// when given, reset as new.
    public func run(reusing engine: Engine? = nil) throws -> Evaluation.Run {
        try evaluation.run(situation(), reusing: engine)
    }

    // MARK: Questions

    /// A question worth asking, with how much the open rules need it.
    public struct Need: Sendable {
        /// The question.
        public let question: Question
        /// The open rules that read its answer, by index.
        public let rules: [Int]
        /// The goals those rules lead to (names, in the knowledge base's order).
        public let goals: [String]
        /// The sum over those rules of the number of goals each leads to.
        public let weight: Int
        /// Whether its precondition holds now (it may be asked now).
        public let isAskable: Bool
    }

    /// The unanswered questions whose answer an open rule leading to a goal still needs, most needed
    /// first (ties in the knowledge base's order). A rule is open unless a condition on an answered
    /// question fails for good (`Engine.failsForGood(rule:condition:final:)`), or it needs a fact
    /// that only blocked rules could make (`Engine.blockedForGood(final:index:)`); a question whose
    /// precondition can no longer hold is left out.
    public func needs(in engine: Engine) -> [Need] { needs(Openness(self, engine), engine) }

    /// What is left of a consultation: the questions worth asking now (``needs(in:)``) and a bound
    /// on how many may still be asked (``mostQuestionsLeft(in:)``), worked out from one look at
    /// which rules are still open.
    public struct Outlook: Sendable {
        /// The questions worth asking now, the most needed first.
        public let needs: [Need]
        /// The most questions that may still come (every question an open rule may still read).
        public let mostQuestionsLeft: Int
    }

    /// The questions worth asking in a run, and how many may still come.
    public func outlook(in engine: Engine) -> Outlook {
        let openness = Openness(self, engine)
        return Outlook(needs: needs(openness, engine), mostQuestionsLeft: mostQuestionsLeft(openness, engine))
    }

    /// Which answers are in and final, and which rules are closed for good: what both the needs and
    /// the bound are worked out from.
    struct Openness {
        let index: NeedsIndex
        let answered: Set<String>
        let final: [Int: [Int]]
        let blocked: Set<Int>

        init(_ state: ConsultationState, _ engine: Engine) {
            index = state.kb.needs
            answered = Set(state.answers.map(\.question))
            let finalTemplates = Set(state.answers.compactMap { state.kb.question($0.question)?.attribute })
            final = engine.finalFacts(of: finalTemplates)
            blocked = engine.blockedForGood(final: finalTemplates, index: index)
        }

        func isOpen(_ rule: Int) -> Bool { !blocked.contains(rule) }
    }

    func needs(_ openness: Openness, _ engine: Engine) -> [Need] {
        let (index, answered, final) = (openness.index, openness.answered, openness.final)
        let isOpen = openness.isOpen
        var result: [Need] = []
        let unansweredTemplates = Set(kb.ruleBase.questions.filter { !answered.contains($0.name) }.map(\.attribute))
        for q in kb.ruleBase.questions where !answered.contains(q.name) {
            guard q.attribute < index.readers.count else { continue }
            var rules: [Int] = []
            var goals = Set<Int>()
            var weight = 0
            for reader in index.readers[q.attribute] where !rules.contains(reader.rule) {
                let leads = index.leadsTo[reader.rule]
                guard !leads.isEmpty, isOpen(reader.rule) else { continue }
                rules.append(reader.rule)
                goals.formUnion(leads)
                weight += leads.count
            }
            if weight == 0 {
                // No goal needs it; it is still asked, last, when a rule that gives a point of
                // attention or a portfolio position reads it and could fire with some answer.
                let secondary = secondaryNeed(q, engine: engine, unanswered: unansweredTemplates, isOpen: isOpen)
                guard !secondary.rules.isEmpty else { continue }
                let pre = precondition(q, engine: engine, final: final)
                guard pre != false else { continue }
                result.append(
                    Need(
                        question: q, rules: secondary.rules, goals: secondary.topics, weight: 0, isAskable: pre == true)
                )
                continue
            }
            let pre = precondition(q, engine: engine, final: final)
            guard pre != false else { continue }
            result.append(
                Need(
                    question: q, rules: rules, goals: goals.sorted().map { kb.ruleBase.goals[$0].name }, weight: weight,
                    isAskable: pre == true))
        }
        return result.enumerated().sorted { a, b in
            a.element.weight != b.element.weight ? a.element.weight > b.element.weight : a.offset < b.offset
        }.map(\.element)
    }

    /// How many questions may still be asked, at most: the unanswered ones that an open rule reads
    /// and whose precondition can still hold. ``needs(in:)`` is a subset of them now and later (a
    /// rule that is closed for good, or a precondition that fails for good, stays so as answers
    /// come), so the consultation's header "at most N more" holds, unless an answer is changed.
    public func mostQuestionsLeft(in engine: Engine) -> Int { mostQuestionsLeft(Openness(self, engine), engine) }

    func mostQuestionsLeft(_ openness: Openness, _ engine: Engine) -> Int {
        let (index, answered, final) = (openness.index, openness.answered, openness.final)
        return kb.ruleBase.questions.filter { q in
            guard !answered.contains(q.name), q.attribute < index.readers.count else { return false }
            let read = index.readers[q.attribute].contains { reader in
                openness.isOpen(reader.rule)
                    && kb.program.rules[reader.rule].actions.contains { if case .conclude = $0 { true } else { false } }
            }
            return read && precondition(q, engine: engine, final: final) != false
        }.count
    }

    /// True when a question's precondition holds now, false when it can never hold (a condition on
    /// an answered question fails), nil when it may hold later.
    func precondition(_ q: Question, engine: Engine, final: [Int: [Int]]) -> Bool? {
        var holds = true
        for c in q.precondition {
            switch c {
            case .positive(let p), .exists(let p):
                if !engine.somePasses(p, among: final[p.template]) {
                    if final[p.template] != nil { return false }
                    holds = false
                }
            case .negative(let p):
                if engine.somePasses(p, among: final[p.template]) {
                    if final[p.template] != nil { return false }
                    holds = false
                }
            case .test:
                break
            }
        }
        return holds ? true : nil
    }

    /// The open rules that read `q`, conclude a topic that is not a goal (a point of attention, a
    /// portfolio position), and whose other conditions hold now or wait on unanswered questions;
    /// and those topics.
    func secondaryNeed(_ q: Question, engine: Engine, unanswered: Set<Int>, isOpen: (Int) -> Bool) -> (
        rules: [Int], topics: [String]
    ) {
        let goals = Set(kb.ruleBase.goals.map(\.attribute))
        var rules: [Int] = []
        var topics: [String] = []
        for reader in kb.needs.readers[q.attribute] where !rules.contains(reader.rule) && isOpen(reader.rule) {
            let rule = kb.program.rules[reader.rule]
            let concluded = rule.actions.compactMap { action -> Int? in
                if case .conclude(let t, _, _, _) = action, !goals.contains(t) { return t }
                return nil
            }
            guard !concluded.isEmpty, couldFire(rule, engine: engine, unanswered: unanswered) else { continue }
            rules.append(reader.rule)
            for t in concluded where !topics.contains(kb.program.templates[t].name) {
                topics.append(kb.program.templates[t].name)
            }
        }
        return (rules, topics)
    }

    /// Whether each condition of `rule` that does not read an unanswered question holds on its own now.
    func couldFire(_ rule: Rule, engine: Engine, unanswered: Set<Int>) -> Bool {
        for c in rule.conditions {
            switch c {
            case .positive(let p), .exists(let p):
                if unanswered.contains(p.template) { continue }
                guard engine.somePasses(p) else { return false }
            case .negative(let p):
                if unanswered.contains(p.template) { continue }
                if engine.somePasses(p) { return false }
            case .test:
                continue
            }
        }
        return true
    }
}
