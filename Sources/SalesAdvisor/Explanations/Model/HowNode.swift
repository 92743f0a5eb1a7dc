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
