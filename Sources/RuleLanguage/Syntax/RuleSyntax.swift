import RuleEngine

/// One part of a slot constraint: `$x`, `high`, `!= $s`, `> 3`, `in [a b]`, `not in [a b]`.
public enum ConstraintPart: Hashable, Sendable {
    case term(ExprSyntax)
    case compare(CompareOperator, ExprSyntax)
    case member([ExprSyntax], negated: Bool)
}

/// `slot: part & part …`.
public struct SlotConstraintSyntax: Hashable, Sendable {
    public let slot: Name
    public let parts: [ConstraintPart]
}

/// A fact pattern: `ctx: context(state: start)`, or the attribute form `risk is high`.
public struct PatternSyntax: Hashable, Sendable {
    public let binder: Name?
    public let template: Name
    public let slots: [SlotConstraintSyntax]
    /// Written as an attribute (`risk is high`); its one constraint is on the slot `value`.
    public let isAttribute: Bool
}

/// A condition element.
public enum ConditionKind: Hashable, Sendable {
    case positive(PatternSyntax)
    case negative(PatternSyntax)
    case exists(PatternSyntax)
    case test(ExprSyntax)
}

public struct ConditionSyntax: Hashable, Sendable {
    public let kind: ConditionKind
    public let isLogical: Bool
    public let location: SourceLocation
}

/// `slot: expr` in `assert`, `modify` and `facts`.
public struct SlotValueSyntax: Hashable, Sendable {
    public let slot: Name
    public let value: ExprSyntax
}

/// A fact as written in `assert` or `facts`: `guest(name: n1)`, or `risk is high`.
public struct FactSyntax: Hashable, Sendable {
    public let template: Name
    public let slots: [SlotValueSyntax]
    /// The value of the attribute form.
    public let attributeValue: ExprSyntax?
    public let certainty: ExprSyntax?
}

/// An action of a rule.
public enum ActionSyntax: Hashable, Sendable {
    case assert(FactSyntax)
    case retract(Name)
    case modify(Name, [SlotValueSyntax])
    case conclude(Name, ExprSyntax, certainty: ExprSyntax, SourceLocation)
    case score(option: ExprSyntax, criterion: ExprSyntax, points: ExprSyntax, SourceLocation)
    case print([ExprSyntax])
    case halt
    /// `let $name = expression`: a value computed once and named for the actions after it.
    case bind(Name, ExprSyntax)
    case because([String: String], SourceLocation)
}

/// `rule name … when … then … end`.
public struct RuleDecl: Hashable, Sendable {
    public let name: Name
    public let salience: Int
    public let source: Name?
    /// Keys after the first: `source A4 S6 S13 [P]`.
    public let moreSources: [String]
    public let confidence: Name?
    public let conditions: [ConditionSyntax]
    public let actions: [ActionSyntax]
    /// False when the parser reported errors inside the rule (then the checker gives no warnings for it).
    public let parsedCleanly: Bool
}
