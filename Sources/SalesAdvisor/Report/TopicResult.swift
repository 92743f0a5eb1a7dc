import RuleLanguage

/// A topic the run concluded about: a goal (one value recommended) or a list (warnings, KPIs).
public struct TopicResult: Sendable {
    /// The attribute's name (`approach`).
    public let topic: String
    /// The topic's label per language (`Aanbevolen verkoopbenadering`).
    public let label: Texts
    /// Whether it is a goal (one value recommended) rather than a list.
    public let isGoal: Bool
    /// Its values, best first (capped values after the others).
    public let values: [RankedValue]
    /// True when the top two values have the same certainty and the order of the enumeration decided.
    public let isTie: Bool
    /// Every value of the topic's enumeration by its label per language, also those the run did not
    /// conclude (a cap may name one).
    public internal(set) var labels: [String: Texts] = [:]
    /// A value's label per language: `label(of: "system-selling")`.
    public func label(of value: String) -> Texts? { values.first { $0.value == value }?.label ?? labels[value] }
    /// What each value means, per language (the knowledge base's `definition` facts), by value.
    public internal(set) var definitions: [String: Texts] = [:]
    /// Set when the runner-up is close behind the recommendation (``CloseCall``).
    public internal(set) var closeCall: CloseCall?
    /// Values the rules only spoke against (a certainty of 0 or below), with the rules that did.
    public var against: [(value: String, label: Texts, certainty: Double, rules: [String])] = []

    /// The recommendation: the best value with a positive certainty that no cap holds back.
    public var top: RankedValue? { values.first { $0.cappedBy == nil && $0.certainty > 0 } }
    /// The next value with a positive certainty after the recommendation.
    public var runnerUp: RankedValue? {
        guard let top else { return nil }
        return values.first { $0.value != top.value && $0.certainty > 0 }
    }
}
