/// MYCIN's certainty-factor combination.
public enum Certainty {
    /// Certainties within this of 0 count as 0: combining in another order can leave a few units
    /// in the last place where the exact result is 0.
    public static let rounding = 1e-9

    /// Combines two certainty factors in -1...1:
    /// both positive `a + b(1 - a)`; both negative `a + b(1 + a)`; mixed `(a + b) / (1 - min(|a|, |b|))`.
    public static func combine(_ a: Double, _ b: Double) -> Double {
        if a >= 0 && b >= 0 { return a + b * (1 - a) }
        if a < 0 && b < 0 { return a + b * (1 + a) }
        let denominator = 1 - min(abs(a), abs(b))
        return denominator == 0 ? 0 : (a + b) / denominator
    }

    /// A rule's contribution: its certainty times the premise's (the least certain matched fact), as in MYCIN.
    public static func contribution(rule: Double, premise: Double) -> Double {
        rule * max(0, premise)
    }
}

/// One piece of evidence for a conclusion.
public struct Contribution: Hashable, Sendable {
    /// The firing (1-based, as in the trace) that gave it.
    public let firing: Int
    /// The rule that gave it, by index.
    public let rule: Int
    /// The rule's stated certainty.
    public let ruleCertainty: Double
    /// The premise certainty (the minimum of the matched facts').
    public let premise: Double
    /// What this firing added: `ruleCertainty × premise`.
    public let certainty: Double
    /// The combined certainty before and after it.
    public let before: Double
    /// The combined certainty after it.
    public let after: Double
    /// Index into the rule's texts, if the action had a `because`.
    public let because: Int?
    /// The rule's variable values at the firing, for filling `{variable}` placeholders.
    public let bindings: [Value?]
}

/// A concluded attribute value, with every contribution that built its certainty.
public struct Conclusion: Hashable, Sendable {
    /// The attribute concluded about.
    public let template: Int
    /// The value concluded.
    public let value: Value
    /// The combined certainty (MYCIN's combination of every contribution).
    public internal(set) var certainty: Double
    /// Every piece of evidence, in firing order.
    public internal(set) var contributions: [Contribution]
}

/// Points for an option on a criterion, with every contribution.
public struct ScoreContribution: Hashable, Sendable {
    /// The firing that gave the points.
    public let firing: Int
    /// The rule, by index.
    public let rule: Int
    /// The points given.
    public let points: Double
    /// Index into the rule's texts, if the action had a `because`.
    public let because: Int?
    /// The rule's variable values at the firing.
    public let bindings: [Value?]
}

/// The total of one option on one criterion.
public struct Score: Hashable, Sendable {
    /// The option scored.
    public let option: Value
    /// The criterion.
    public let criterion: Value
    /// The sum of the points.
    public internal(set) var total: Double
    /// Every score action's points, in firing order.
    public internal(set) var contributions: [ScoreContribution]
}
