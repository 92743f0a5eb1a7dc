import RuleEngine

/// An expression as written.
indirect enum ExprSyntax: Hashable, Sendable {
    case integer(Int, SourceLocation)
    case float(Double, SourceLocation)
    case string(String, SourceLocation)
    /// A bare word: a symbol, or an enumeration value.
    case symbol(Name)
    case variable(Name)
    case unary(UnaryOperator, ExprSyntax, SourceLocation)
    case binary(BinaryOperator, ExprSyntax, ExprSyntax, SourceLocation)
    case call(Name, [ExprSyntax])
    case conditional(ExprSyntax, ExprSyntax, ExprSyntax, SourceLocation)

    /// Where the expression starts.
    var location: SourceLocation {
        switch self {
        case .integer(_, let l), .float(_, let l), .string(_, let l): return l
        case .symbol(let n), .variable(let n), .call(let n, _): return n.location
        case .unary(_, _, let l), .conditional(_, _, _, let l): return l
        case .binary(_, let a, _, _): return a.location
        }
    }
}
