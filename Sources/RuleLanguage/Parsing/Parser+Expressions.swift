import RuleEngine

extension Parser {
    /// Parses an expression: `or` < `and` < `not` < comparison < `+ -` < `* / mod` < unary `-` < primary.
    mutating func parseExpression(context: @autoclosure () -> String) -> ExprSyntax? {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Parser.maximumNesting else {
            error(.nestedTooDeeply(Parser.maximumNesting), at: current)
            return nil
        }
        return parseOr(context())
    }

    /// Counts one more level of a left-deep operator chain; false (after RL0206) past the limit.
    private mutating func deeper(_ added: inout Int) -> Bool {
        nesting += 1
        added += 1
        guard nesting <= Parser.maximumNesting else {
            error(.nestedTooDeeply(Parser.maximumNesting), at: current)
            return false
        }
        return true
    }

    private mutating func parseOr(_ context: @autoclosure () -> String) -> ExprSyntax? {
        var added = 0
        defer { nesting -= added }
        guard var lhs = parseAnd(context()) else { return nil }
        while atWord("or") {
            guard deeper(&added) else { return nil }
            let op = advance()
            guard let rhs = parseAnd("after 'or'") else { return nil }
            lhs = .binary(.or, lhs, rhs, op.location)
        }
        return lhs
    }

    private mutating func parseAnd(_ context: @autoclosure () -> String) -> ExprSyntax? {
        var added = 0
        defer { nesting -= added }
        guard var lhs = parseNot(context()) else { return nil }
        while atWord("and") {
            guard deeper(&added) else { return nil }
            let op = advance()
            guard let rhs = parseNot("after 'and'") else { return nil }
            lhs = .binary(.and, lhs, rhs, op.location)
        }
        return lhs
    }

    private mutating func parseNot(_ context: @autoclosure () -> String) -> ExprSyntax? {
        if atWord("not") {
            let op = advance()
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= Parser.maximumNesting else {
                error(.nestedTooDeeply(Parser.maximumNesting), at: current)
                return nil
            }
            guard let e = parseNot("after 'not'") else { return nil }
            return .unary(.not, e, op.location)
        }
        return parseComparison(context())
    }

    private mutating func parseComparison(_ context: @autoclosure () -> String) -> ExprSyntax? {
        var added = 0
        defer { nesting -= added }
        guard var lhs = parseAdditive(context()) else { return nil }
        while let comparison = comparisonAtCurrent {
            let op = BinaryOperator(comparison)
            guard deeper(&added) else { return nil }
            let t = advance()
            guard let rhs = parseAdditive("after '\(t.text)'") else { return nil }
            lhs = .binary(op, lhs, rhs, t.location)
        }
        return lhs
    }

    /// The comparison the current token stands for (`==`, `!=`, `<`, `<=`, `>`, `>=`), if any.
    var comparisonAtCurrent: CompareOperator? {
        switch current.kind {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        default: return nil
        }
    }

    private mutating func parseAdditive(_ context: @autoclosure () -> String) -> ExprSyntax? {
        var added = 0
        defer { nesting -= added }
        guard var lhs = parseMultiplicative(context()) else { return nil }
        while at(.plus) || at(.minus) {
            guard deeper(&added) else { return nil }
            let t = advance()
            guard let rhs = parseMultiplicative("after '\(t.text)'") else { return nil }
            lhs = .binary(t.kind == .plus ? .add : .subtract, lhs, rhs, t.location)
        }
        return lhs
    }

    private mutating func parseMultiplicative(_ context: @autoclosure () -> String) -> ExprSyntax? {
        var added = 0
        defer { nesting -= added }
        guard var lhs = parseUnary(context()) else { return nil }
        while at(.star) || at(.slash) || atWord("mod") {
            guard deeper(&added) else { return nil }
            let t = advance()
            let op: BinaryOperator = t.kind == .star ? .multiply : (t.kind == .slash ? .divide : .modulo)
            guard let rhs = parseUnary("after '\(t.text)'") else { return nil }
            lhs = .binary(op, lhs, rhs, t.location)
        }
        return lhs
    }

    private mutating func parseUnary(_ context: @autoclosure () -> String) -> ExprSyntax? {
        if at(.minus) {
            let t = advance()
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= Parser.maximumNesting else {
                error(.nestedTooDeeply(Parser.maximumNesting), at: current)
                return nil
            }
            guard let e = parseUnary("after '-'") else { return nil }
            return .unary(.negate, e, t.location)
        }
        return parsePrimary(context: context())
    }

    /// A literal, a variable, a word (symbol), a call `name(args)`, `if … then … else …`, or `( expr )`.
    mutating func parsePrimary(context: @autoclosure () -> String) -> ExprSyntax? {
        let t = current
        switch t.kind {
        case .integer:
            advance()
            guard let i = Int(t.text) else {
                error(.expected("an integer that fits 64 bits", found: "'\(t.text)'", context: context()), at: t)
                return nil
            }
            return .integer(i, t.location)
        case .float:
            advance()
            return .float(Double(t.text) ?? 0, t.location)
        case .string:
            advance()
            return .string(t.text, t.location)
        case .variable:
            advance()
            return .variable(Name(t))
        case .leftParen:
            advance()
            guard let e = parseExpression(context: context()),
                expect(.rightParen, "')'", "to close the expression") != nil
            else { return nil }
            return e
        case .identifier where t.text == "if":
            advance()
            guard let c = parseExpression(context: "after 'if'"),
                expectWord("then", "in 'if … then … else …'"),
                let a = parseExpression(context: "after 'then'"),
                expectWord("else", "in 'if … then … else …'"),
                let b = parseExpression(context: "after 'else'")
            else { return nil }
            return .conditional(c, a, b, t.location)
        case .identifier:
            advance()
            if at(.leftParen) && current.location.line == t.location.line
                && current.location.column == t.location.column + t.length
            {
                advance()
                var args: [ExprSyntax] = []
                while !at(.rightParen) && !atEnd {
                    if at(.comma) {
                        advance()
                        continue
                    }
                    guard let a = parseExpression(context: "as an argument of '\(t.text)'") else { return nil }
                    args.append(a)
                }
                guard expect(.rightParen, "')'", "to close the call of '\(t.text)'") != nil else { return nil }
                return .call(Name(t), args)
            }
            return .symbol(Name(t))
        default:
            error(.expected("an expression", found: t.display.quotedIfWord(t), context: context()), at: t)
            return nil
        }
    }
}
