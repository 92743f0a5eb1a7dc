/// A comparison operator of a constraint.
public enum CompareOperator: String, Hashable, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Applies the operator; order comparisons of non-numbers are false.
    @inlinable public func holds(_ a: Value, _ b: Value) -> Bool {
        switch self {
        case .equal: return ValueOrder.equal(a, b)
        case .notEqual: return !ValueOrder.equal(a, b)
        case .less: return (ValueOrder.compare(a, b) ?? 1) < 0
        case .lessOrEqual: return (ValueOrder.compare(a, b) ?? 1) <= 0
        case .greater: return (ValueOrder.compare(a, b) ?? -1) > 0
        case .greaterOrEqual: return (ValueOrder.compare(a, b) ?? -1) >= 0
        }
    }
}

extension CompareOperator {
    /// `holds`, with two integers compared in place (the common case in join tests).
    @inline(__always) func holdsQuickly(_ a: Value, _ b: Value) -> Bool {
        guard case .integer(let x) = a, case .integer(let y) = b else { return holds(a, b) }
        switch self {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        }
    }

    /// The comparison a binary operator stands for, if it is one.
    public init?(_ op: BinaryOperator) {
        switch op {
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessOrEqual: self = .lessOrEqual
        case .greater: self = .greater
        case .greaterOrEqual: self = .greaterOrEqual
        case .add, .subtract, .multiply, .divide, .modulo, .and, .or: return nil
        }
    }
}

extension BinaryOperator {
    /// The binary operator of a comparison.
    public init(_ op: CompareOperator) {
        switch op {
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessOrEqual: self = .lessOrEqual
        case .greater: self = .greater
        case .greaterOrEqual: self = .greaterOrEqual
        }
    }
}

/// A test on one fact alone, run in the alpha network.
public enum AlphaTest: Hashable, Sendable {
    /// `slot op constant`.
    case compare(slot: Int, CompareOperator, Value)
    /// `slot in [values]` (or `not in` when `negated`).
    case member(slot: Int, [Value], negated: Bool)
    /// Two slots of the same fact compared (a variable used twice in one pattern).
    case slots(Int, CompareOperator, Int)
    /// Any expression over this fact's slots (it reads level `level` only).
    case predicate(Expr, level: Int)
}

/// A test between a fact and the facts matched by earlier conditions, run in a join.
public enum JoinTest: Hashable, Sendable {
    /// `fact.slot == earlier(level).otherSlot`: hashed, so a join looks up only matching partners.
    case equal(slot: Int, level: Int, otherSlot: Int)
    /// Any other test; `Expr.slot(level: own level, …)` reads the fact being joined.
    case predicate(Expr)
}

/// One fact pattern: a template and the tests a fact must pass.
public struct Pattern: Hashable, Sendable {
    /// The template the pattern matches facts of.
    public let template: Int
    /// Tests on one fact alone (constants, ranges, slots against slots of the same fact).
    public var alphaTests: [AlphaTest]
    /// Tests against facts matched by earlier conditions (shared variables).
    public var joinTests: [JoinTest]

    /// A pattern on a template with its tests.
    public init(template: Int, alphaTests: [AlphaTest] = [], joinTests: [JoinTest] = []) {
        self.template = template
        self.alphaTests = alphaTests
        self.joinTests = joinTests
    }
}

/// A condition element of a rule's left-hand side.
public enum Condition: Hashable, Sendable {
    /// A fact must match. Takes one level (every condition does: level `i` is condition `i`).
    case positive(Pattern)
    /// No fact may match. Takes one level (no fact is bound there).
    case negative(Pattern)
    /// At least one fact matches; fires once however many do. Takes one level.
    case exists(Pattern)
    /// An expression over earlier levels must be true. Takes one level (no fact is bound there).
    case test(Expr)
}
