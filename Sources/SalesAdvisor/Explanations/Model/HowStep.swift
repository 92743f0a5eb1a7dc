import RuleLanguage

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
