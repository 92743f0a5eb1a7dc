import RuleLanguage

/// A fact in a derivation: where it came from and, for derived facts, the rule firings behind it.
public struct HowNode: Sendable {
    /// Where a fact came from.
    public enum Origin: String, Sendable {
        /// Given by the user: an answer, or a fact of the scenario.
        case answer
        /// A fact of the knowledge base itself (`facts … end`).
        case knowledgeBase = "knowledge-base"
        /// The advisor's choice of a goal's top value (`decided(…)`), from its conclusion.
        case decided
        /// A concluded attribute value: every contribution is a step.
        case concluded
        /// A fact a rule asserted.
        case asserted
    }

    /// The fact's id (0 for a conclusion that has no fact).
    public let factID: Int
    /// The fact as the rule language writes it: `risk is high`, `option(name: web-shop, …)`.
    public let fact: String
    /// For attribute facts: the attribute, its value, and the value's texts.
    public let topic: String?
    /// The value, for an attribute.
    public let value: String?
    /// The value's label per language.
    public let label: Texts
    /// Its certainty.
    public let certainty: Double
    /// Retracted later in the run (by `modify`, `retract` or truth maintenance).
    public let retracted: Bool
    /// Where it came from.
    public let origin: Origin
    /// What the value means (the knowledge base's `definition`), on the node an explanation starts from.
    public internal(set) var definition: Texts = [:]
    /// The firings that made it, each with its premises.
    public let steps: [HowStep]
    /// The attribute's label (`Risico voor de koper`), for attribute facts.
    public var topicLabel: Texts = [:]
}

/// One firing in a derivation: the rule and its reason, the bindings, and the facts it matched.
public struct HowStep: Sendable {
    /// The firing's number.
    public let cycle: Int
    /// The rule, its source and its reason.
    public let reason: Reason
    /// The rule's variables and values.
    public let bindings: [(name: String, value: String)]
    /// The facts it matched, each with its own derivation.
    public let premises: [HowNode]
    /// Whether `reason` carries certainty arithmetic (a contribution to a conclusion).
    public let isContribution: Bool
    /// The bound values' labels, by value (`product-leadership`: "productleiderschap").
    public var valueLabels: [String: Texts] = [:]
}

/// Why a value was not recommended: its status, and for every rule that could conclude it, what
/// happened to it.
public struct WhyNot: Sendable {
    /// What became of the value.
    public enum Status: Sendable {
        /// It is the recommendation (or, for a list topic, it is there).
        case reached(certainty: Double)
        /// Concluded, but another value has more certainty.
        case lowerCertainty(certainty: Double, top: String, topLabel: Texts, topCertainty: Double)
        /// Concluded, but a cap holds it back.
        case capped(certainty: Double, cap: String, capLabel: Texts, reason: Reason)
        /// Evidence against it outweighs the evidence for it.
        case ruledOut(certainty: Double)
        /// No rule concluded it.
        case notConcluded
    }

    /// What stopped a rule at a condition, in the words and values of the situation.
    public enum Blocker: Sendable {
        /// The condition needs facts like this, and these are the facts there are (or none).
        case failedCondition(condition: String, actual: [(fact: String, origin: HowNode.Origin?)])
        /// The condition's facts exist but do not agree with what the rule matched before.
        case noPartner(condition: String, candidates: [String])
        /// A `not` condition is blocked by this fact.
        case blockedBy(condition: String, fact: String, origin: HowNode.Origin?)
        /// A `test` condition is false.
        case testFalse(condition: String)
    }

    /// What happened to one rule that could have concluded the value.
    public struct RuleOutcome: Sendable {
        /// The rule.
        public let reason: Reason
        /// The certainty the rule would give (its stated certainty, when constant).
        public let ruleCertainty: Double?
        /// Fired: its contribution (with the arithmetic in `reason`). Otherwise what stopped it.
        public let fired: Bool
        /// What stopped it (nil: it fired).
        public let blocker: Blocker?
    }

    /// The rule that ruled the value out altogether (a contribution of −1: its defining content
    /// is absent), if one did.
    public var excludedBy: Reason? {
        guard case .ruledOut(let c) = status, c <= -1 + 1e-9 else { return nil }
        return rules.first { $0.fired && $0.reason.amount <= -1 + 1e-9 }?.reason
    }

    /// A change of answers, with what the top value becomes.
    public struct Change: Sendable {
        /// The answers to change, from what to what.
        public let answers: [(question: String, from: String?, to: String)]
        /// The texts of the values, by value name.
        public let labels: [String: Texts]
        /// The certainty the value would then have.
        public let certainty: Double
    }

    /// The topic.
    public let topic: String
    /// Its label per language.
    public let topicLabel: Texts
    /// The value asked about.
    public let value: String
    /// Its label per language.
    public let label: Texts
    /// What became of it.
    public let status: Status
    /// Every rule that could conclude it, and what stopped each.
    public let rules: [RuleOutcome]
    /// The smallest sets of answer changes (one or two) that would make the value the top conclusion.
    public let changes: [Change]
    /// Conditions, facts and questions as written (`complementary-partner is yes`) → in the reader's
    /// words in each language; the text shows these, the JSON keeps what is written.
    public var phrases: [String: Texts] = [:]
}

/// For a question: which rules need its answer, what they would conclude, and how far they are.
public struct WhyQuestion: Sendable {
    /// A rule that needs the answer.
    public struct Need: Sendable {
        /// The rule.
        public let reason: Reason
        /// `approach = account-management` and the like: what the rule concludes or asserts.
        public let concludes: [String]
        /// The goals it feeds.
        public let goals: [String]
        /// Its conditions, each with whether it already holds (nil: not known on its own, such as a `test`).
        public let conditions: [(text: String, holds: Bool?, isThisQuestion: Bool)]
    }

    /// The question's name.
    public let question: String
    /// The question per language.
    public let prompt: Texts
    /// The answer given, if any.
    public let answer: String?
    /// The rules that read it.
    public let needs: [Need]
    /// Conditions (`risk is low`), conclusions (`approach = transactional`) and goals in the
    /// reader's words; the text shows these, the JSON keeps what is written.
    public var phrases: [String: Texts] = [:]
}

/// What would change with another answer: per answered question and alternative value, the goals
/// whose recommendation changes.
public struct WhatIf: Sendable {
    /// One other answer and what it would change.
    public struct Item: Sendable {
        /// The question.
        public let question: String
        /// The answer now.
        public let current: String
        /// Its label per language.
        public let currentLabel: Texts
        /// The other answer.
        public let alternative: String
        /// Its label per language.
        public let alternativeLabel: Texts
        /// The recommendations that would change.
        public let changes: [(goal: String, from: String?, to: String?, toLabel: Texts)]
    }

    /// The recommendation of each goal now.
    public let tops: [(goal: String, value: String?)]
    /// Every other answer that changes a recommendation, most changing first.
    public let items: [Item]
    /// The number of re-runs it took.
    public let runs: Int
    /// Questions and goals (`complexity`), and goal values (`approach=transactional`), in the
    /// reader's words; the text shows these, the JSON keeps the names.
    public var phrases: [String: Texts] = [:]
}
