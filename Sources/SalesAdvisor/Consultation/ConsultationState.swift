import RuleEngine
import RuleLanguage

/// The state of a consultation: the answers given so far, the advice they lead to, and the
/// questions still worth asking.
///
/// After every change the situation is run again from the start (answers, then the rounds of
/// ``Evaluation``), so the state after `back` is exactly the state of never having answered, and
/// the same answers always give the same advice. A run of the bundled knowledge base takes well
/// under a millisecond.
public struct ConsultationState: Sendable {
    public let kb: KnowledgeBase
    /// Facts and options entered from a scenario file (`--scenario`): SWOT items, pairs, options.
    public let scenario: Scenario
    public private(set) var answers: [ConsultationAnswer] = []
    public var weights: [String: Double] = [:]

    public init(kb: KnowledgeBase, scenario: Scenario = Scenario(name: "consultation")) {
        self.kb = kb
        var facts = scenario
        facts.answers = []
        facts.expectations = []
        self.scenario = facts
    }

    // MARK: Answers

    /// The answer given to `question`, if any (`unknown` included).
    public func answer(_ question: String) -> ConsultationAnswer? { answers.first { $0.question == question } }

    /// Records an answer: replaces an earlier answer to the same question in its place, or adds it.
    /// Throws when the value is not one the question allows.
    public mutating func set(_ answer: ConsultationAnswer) throws(InputError) {
        var next = answers
        if let i = next.firstIndex(where: { $0.question == answer.question }) {
            next[i] = answer
        } else {
            next.append(answer)
        }
        _ = try situation(next)
        answers = next
    }

    /// Takes back the last answer typed at a prompt (presets stay); returns it, or nil when there is none.
    public mutating func back() -> ConsultationAnswer? {
        guard let i = answers.lastIndex(where: { !$0.isPreset }) else { return nil }
        return answers.remove(at: i)
    }

    /// The number of answers typed at a prompt.
    public var typedCount: Int { answers.filter { !$0.isPreset }.count }

    // MARK: Running

    /// The situation the answers make (unknown answers leave no fact).
    public func situation() throws(InputError) -> Situation { try situation(answers) }

    func situation(_ answers: [ConsultationAnswer]) throws(InputError) -> Situation {
        var s = scenario
        let place = Scenario.Place(file: "consultation", line: 0, column: 0)
        s.answers = answers.compactMap { a in
            a.value.map { Scenario.Answer(name: a.question, value: $0, certainty: a.certainty, place: place, valuePlace: place) }
        }
        return try Situation(s, kb: kb)
    }

    /// The evaluation the consultation uses (with its weights).
    public var evaluation: Evaluation {
        var e = Evaluation(kb: kb)
        e.weights = weights
        return e
    }

    /// Runs the answers through the knowledge base.
    public func run() throws -> Evaluation.Run { try evaluation.run(situation()) }

    // MARK: Questions

    /// A question worth asking, with how much the open rules need it.
    public struct Need: Sendable {
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
    /// question fails for good (``Engine/failsForGood(rule:condition:final:)``); a question whose
    /// precondition can no longer hold is left out.
    public func needs(in engine: Engine) -> [Need] {
        let index = kb.needs
        let answered = Set(answers.map(\.question))
        let final = engine.finalFacts(of: Set(answers.compactMap { kb.question($0.question)?.attribute }))
        var blocked: [Int: Bool] = [:]
        func isOpen(_ rule: Int) -> Bool {
            if let b = blocked[rule] { return !b }
            let b = engine.isBlockedForGood(rule: rule, final: final)
            blocked[rule] = b
            return !b
        }
        var result: [Need] = []
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
            guard weight > 0 else { continue }
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

    /// True when a question's precondition holds now, false when it can never hold (a condition on
    /// an answered question fails), nil when it may hold later.
    func precondition(_ q: Question, engine: Engine, final: [Int: [Int]]) -> Bool? {
        var holds = true
        for c in q.precondition {
            switch c {
            case .positive(let p), .exists(let p):
                let facts = final[p.template] ?? engine.liveFacts(of: p.template)
                let passes = facts.contains { engine.failedOwnTest(p, factID: $0) == nil }
                if !passes {
                    if final[p.template] != nil { return false }
                    holds = false
                }
            case .negative(let p):
                let facts = final[p.template] ?? engine.liveFacts(of: p.template)
                if facts.contains(where: { engine.failedOwnTest(p, factID: $0) == nil }) {
                    if final[p.template] != nil { return false }
                    holds = false
                }
            case .test:
                break
            }
        }
        return holds ? true : nil
    }
}
