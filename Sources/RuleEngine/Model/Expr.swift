/// An expression over the facts a rule matched. Variables are resolved to `(level, slot)` when a program is
/// lowered, so evaluation never looks a name up.
public indirect enum Expr: Hashable, Sendable {
    case constant(Value)
    /// A slot of the fact matched by the condition at `level` (the condition's index in the rule).
    case slot(level: Int, slot: Int)
    /// The certainty of the fact matched at `level`.
    case certainty(level: Int)
    /// A parameter of the user-defined function being evaluated.
    case parameter(Int)
    /// A value named by `let` in a rule's actions.
    case local(Int)
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case builtin(Builtin, [Expr])
    /// A call of the user-defined function at this index of ``Program/functions``.
    case call(Int, [Expr])
    /// `if c then a else b`.
    case conditional(Expr, Expr, Expr)
}

/// An operator with one operand (`-x`, `not x`).
public enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-"
    case not = "not"
}

/// An operator with two operands: arithmetic, comparison and logic.
public enum BinaryOperator: String, Hashable, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "mod"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case and = "and"
    case or = "or"
}

/// Functions built into the engine. All are pure.
public enum Builtin: String, Hashable, Sendable, CaseIterable {
    case abs, min, max, round, floor, ceiling, integer, float, str, sqrt, div

    /// The number of arguments, or nil for any number of at least one.
    public var arity: Int? {
        switch self {
        case .abs, .round, .floor, .ceiling, .integer, .float, .sqrt: return 1
        case .div: return 2
        case .min, .max, .str: return nil
        }
    }
}

/// A pure user-defined function: `function name($a, $b) = expression`.
public struct Function: Hashable, Sendable {
    /// The function's name.
    public let name: String
    /// How many arguments it takes.
    public let arity: Int
    /// Its body (arguments are `.argument(i)`).
    public var body: Expr

    /// A user function.
    public init(name: String, arity: Int, body: Expr) {
        self.name = name
        self.arity = arity
        self.body = body
    }
}

extension Expr {
    /// Whether the expression reads only the fact at `level` (and constants), so it can run in the alpha network.
    public func readsOnly(level: Int) -> Bool {
        switch self {
        case .constant, .parameter: return true
        case .local: return false
        case .slot(let l, _), .certainty(let l): return l == level
        case .unary(_, let e): return e.readsOnly(level: level)
        case .binary(_, let a, let b): return a.readsOnly(level: level) && b.readsOnly(level: level)
        case .builtin(_, let args), .call(_, let args): return args.allSatisfy { $0.readsOnly(level: level) }
        case .conditional(let c, let a, let b):
            return c.readsOnly(level: level) && a.readsOnly(level: level) && b.readsOnly(level: level)
        }
    }

    /// The number of comparisons in the expression, for the simplicity and complexity strategies.
    var comparisonCount: Int {
        switch self {
        case .constant, .parameter, .local, .slot, .certainty: return 0
        case .unary(_, let e): return e.comparisonCount
        case .binary(let op, let a, let b):
            let own: Int
            switch op {
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: own = 1
            default: own = 0
            }
            return own + a.comparisonCount + b.comparisonCount
        case .builtin(_, let args), .call(_, let args): return args.reduce(0) { $0 + $1.comparisonCount }
        case .conditional(let c, let a, let b): return c.comparisonCount + a.comparisonCount + b.comparisonCount
        }
    }
}
