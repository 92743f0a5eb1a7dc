import RuleLanguage

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
