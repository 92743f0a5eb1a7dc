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

    /// The depth of a node over children `depth` deep, made at `token`: `lastDepth`, and false
    /// (after RL0207) past the limit. A chain `a + b + c` is flat to read but left-nested as a
    /// tree, and the stages after the parser walk the tree recursively.
    private mutating func node(over depth: Int, at token: Token) -> Bool {
        lastDepth = depth + 1
        guard lastDepth <= Parser.maximumDepth else {
            error(.expressionTooDeep(Parser.maximumDepth), at: token)
            return false
        }
        return true
    }

    private mutating func parseOr(_ context: @autoclosure () -> String) -> ExprSyntax? {
        guard var lhs = parseAnd(context()) else { return nil }
        var depth = lastDepth
        while atWord(.or) {
            let op = advance()
            guard let rhs = parseAnd("after 'or'"), node(over: max(depth, lastDepth), at: op) else { return nil }
            depth = lastDepth
            lhs = .binary(.or, lhs, rhs, op.location)
        }
        lastDepth = depth
        return lhs
    }

    private mutating func parseAnd(_ context: @autoclosure () -> String) -> ExprSyntax? {
        guard var lhs = parseNot(context()) else { return nil }
        var depth = lastDepth
        while atWord(.and) {
            let op = advance()
            guard let rhs = parseNot("after 'and'"), node(over: max(depth, lastDepth), at: op) else { return nil }
            depth = lastDepth
            lhs = .binary(.and, lhs, rhs, op.location)
        }
        lastDepth = depth
        return lhs
    }

    private mutating func parseNot(_ context: @autoclosure () -> String) -> ExprSyntax? {
        if atWord(.not) {
            let op = advance()
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= Parser.maximumNesting else {
                error(.nestedTooDeeply(Parser.maximumNesting), at: current)
                return nil
            }
            guard let e = parseNot("after 'not'"), node(over: lastDepth, at: op) else { return nil }
            return .unary(.not, e, op.location)
        }
        return parseComparison(context())
    }

    private mutating func parseComparison(_ context: @autoclosure () -> String) -> ExprSyntax? {
        guard var lhs = parseAdditive(context()) else { return nil }
        var depth = lastDepth
        while let comparison = comparisonAtCurrent {
            let op = BinaryOperator(comparison)
            let t = advance()
            guard let rhs = parseAdditive("after '\(t.text)'"), node(over: max(depth, lastDepth), at: t) else {
                return nil
            }
            depth = lastDepth
            lhs = .binary(op, lhs, rhs, t.location)
        }
        lastDepth = depth
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
        guard var lhs = parseMultiplicative(context()) else { return nil }
        var depth = lastDepth
        while at(.plus) || at(.minus) {
            let t = advance()
            guard let rhs = parseMultiplicative("after '\(t.text)'"), node(over: max(depth, lastDepth), at: t) else {
                return nil
            }
            depth = lastDepth
            lhs = .binary(t.kind == .plus ? .add : .subtract, lhs, rhs, t.location)
        }
        lastDepth = depth
        return lhs
    }

    private mutating func parseMultiplicative(_ context: @autoclosure () -> String) -> ExprSyntax? {
        guard var lhs = parseUnary(context()) else { return nil }
        var depth = lastDepth
        while at(.star) || at(.slash) || atWord(.mod) {
            let t = advance()
            let op: BinaryOperator = t.kind == .star ? .multiply : (t.kind == .slash ? .divide : .modulo)
            guard let rhs = parseUnary("after '\(t.text)'"), node(over: max(depth, lastDepth), at: t) else {
                return nil
            }
            depth = lastDepth
            lhs = .binary(op, lhs, rhs, t.location)
        }
        lastDepth = depth
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
            guard let e = parseUnary("after '-'"), node(over: lastDepth, at: t) else { return nil }
            return .unary(.negate, e, t.location)
        }
        return parsePrimary(context: context())
    }

    /// A literal, a variable, a word (symbol), a call `name(args)`, `if … then … else …`, or `( expr )`.
    mutating func parsePrimary(context: @autoclosure () -> String) -> ExprSyntax? {
        let t = current
        // A leaf is one deep; what holds others sets its own depth below.
        lastDepth = 1
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
        case .identifier where t.isWord(Keyword.if.rawValue):
            advance()
            guard let c = parseExpression(context: "after 'if'") else { return nil }
            var depth = lastDepth
            guard expectWord(.then, "in 'if … then … else …'"), let a = parseExpression(context: "after 'then'") else {
                return nil
            }
            depth = max(depth, lastDepth)
            guard expectWord(.else, "in 'if … then … else …'"), let b = parseExpression(context: "after 'else'"),
                node(over: max(depth, lastDepth), at: t)
            else { return nil }
            return .conditional(c, a, b, t.location)
        case .identifier:
            advance()
            if at(.leftParen) && current.location.line == t.location.line
                && current.location.column == t.location.column + t.length
            {
                advance()
                var args: [ExprSyntax] = []
                var depth = 0
                while !at(.rightParen) && !atEnd {
                    if at(.comma) {
                        advance()
                        continue
                    }
                    guard let a = parseExpression(context: "as an argument of '\(t.text)'") else { return nil }
                    depth = max(depth, lastDepth)
                    args.append(a)
                }
                guard expect(.rightParen, "')'", "to close the call of '\(t.text)'") != nil, node(over: depth, at: t)
                else { return nil }
                return .call(Name(t), args)
            }
            return .symbol(Name(t))
        default:
            error(.expected("an expression", found: t.display.quotedIfWord(t), context: context()), at: t)
            return nil
        }
    }
}
