import RuleEngine

/// One part of a slot constraint: `$x`, `high`, `!= $s`, `> 3`, `in [a b]`, `not in [a b]`.
enum ConstraintPart: Hashable, Sendable {
    case term(ExprSyntax)
    case compare(CompareOperator, ExprSyntax)
    case member([ExprSyntax], negated: Bool)
}

/// `slot: part & part …`.
struct SlotConstraintSyntax: Hashable, Sendable {
    let slot: Name
    let parts: [ConstraintPart]
}

/// A fact pattern: `ctx: context(state: start)`, or the attribute form `risk is high`.
struct PatternSyntax: Hashable, Sendable {
    let binder: Name?
    let template: Name
    let slots: [SlotConstraintSyntax]
    /// Written as an attribute (`risk is high`); its one constraint is on the slot `value`.
    let isAttribute: Bool
}

/// A condition element.
enum ConditionKind: Hashable, Sendable {
    case positive(PatternSyntax)
    case negative(PatternSyntax)
    case exists(PatternSyntax)
    case test(ExprSyntax)
}

struct ConditionSyntax: Hashable, Sendable {
    let kind: ConditionKind
    let isLogical: Bool
    let location: SourceLocation
}

/// `slot: expr` in `assert`, `modify` and `facts`.
struct SlotValueSyntax: Hashable, Sendable {
    let slot: Name
    let value: ExprSyntax
}

/// A fact as written in `assert` or `facts`: `guest(name: n1)`, or `risk is high`.
struct FactSyntax: Hashable, Sendable {
    let template: Name
    let slots: [SlotValueSyntax]
    /// The value of the attribute form.
    let attributeValue: ExprSyntax?
    let certainty: ExprSyntax?
}

/// An action of a rule.
enum ActionSyntax: Hashable, Sendable {
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
struct RuleDecl: Hashable, Sendable {
    let name: Name
    let salience: Int
    let source: Name?
    /// Keys after the first: `source A4 S6 S13 [P]`.
    let moreSources: [String]
    let confidence: Name?
    let conditions: [ConditionSyntax]
    let actions: [ActionSyntax]
    /// False when the parser reported errors inside the rule (then the checker gives no warnings for it).
    let parsedCleanly: Bool
}
