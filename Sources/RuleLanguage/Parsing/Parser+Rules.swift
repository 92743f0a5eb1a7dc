import RuleEngine

extension Parser {
    /// Whether the current token can begin a condition (used to resynchronise).
    var atConditionStart: Bool {
        guard current.kind == .identifier else { return false }
        if ["not", "exists", "test", "logical", "then", "end"].contains(current.text) { return true }
        let next = peek(1)
        if next.kind == .leftParen { return true }
        if next.kind == .colon && peek(2).kind == .identifier && peek(3).kind == .leftParen { return true }
        if next.isWord("is") || next.isWord("in") || next.isWord("not") { return true }
        switch next.kind {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        default: return false
        }
    }

    /// Whether the current token can begin an action (used to resynchronise).
    var atActionStart: Bool {
        current.kind == .identifier && (Parser.actionWords.contains(current.text) || current.text == "end")
    }

    mutating func parseRule() -> Declaration? {
        let errorsBefore = errorCount
        guard let name = expectName("a rule name", "after 'rule'") else { return nil }
        var salience = 0
        var source: Name?
        var sources: [String] = []
        var confidence: Name?
        while true {
            if atWord(.salience) {
                advance()
                var sign = 1
                if at(.minus) {
                    advance()
                    sign = -1
                }
                guard let n = expect(.integer, "an integer", "after 'salience' in rule '\(name.text)'") else {
                    return nil
                }
                salience = sign * (Int(n.text) ?? 0)
            } else if atWord(.source) {
                advance()
                guard let s = expectName("a source key", "after 'source' in rule '\(name.text)'") else { return nil }
                source = s
                // More keys may follow on the same line: `source A4 S6 S13 [P]`.
                while current.kind == .identifier, !current.startsLine, !Parser.reservedWords.contains(current.text) {
                    let more = advance()
                    sources.append(more.text)
                }
                if at(.leftBracket) {
                    advance()
                    guard let c = expectName("a confidence tag like 'P'", "in rule '\(name.text)'"),
                        expect(.rightBracket, "']'", "after the confidence tag") != nil
                    else { return nil }
                    confidence = c
                }
            } else {
                break
            }
        }
        var conditions: [ConditionSyntax] = []
        if atWord(.when) {
            advance()
            while !atEnd && !atWord(.then) && !atWord(.end) && !atDeclaration {
                let before = position
                if let c = parseCondition() { conditions.append(c) }
                if panicking || position == before { synchronize(from: before) { $0.atConditionStart } }
            }
        }
        guard expectWord(.then, "in rule '\(name.text)'") else {
            return skipRule(name)
        }
        var actions: [ActionSyntax] = []
        while !atEnd && !atWord(.end) && !atDeclaration {
            let before = position
            if let a = parseAction(rule: name.text) { actions.append(a) }
            if panicking || position == before { synchronize(from: before) { $0.atActionStart } }
        }
        if atWord(.end) {
            advance()
        } else {
            diagnostics.append(Diagnostic(.missingEnd(rule: name.text), at: name.location, length: name.length))
        }
        return .rule(
            RuleDecl(
                name: name, salience: salience, source: source, moreSources: sources, confidence: confidence,
                conditions: conditions,
                actions: actions, parsedCleanly: errorCount == errorsBefore))
    }

    /// After a rule without `then`: skip to its `end` (or the next declaration) without more errors.
    private mutating func skipRule(_ name: Name) -> Declaration? {
        while !atEnd && !atDeclaration && !atWord(.end) { advance() }
        if atWord(.end) { advance() }
        panicking = false
        return nil
    }

    mutating func parseCondition() -> ConditionSyntax? {
        let location = current.location
        var logical = false
        if atWord(.logical) {
            advance()
            logical = true
        }
        let kind: ConditionKind
        if atWord(.not) {
            advance()
            guard let p = parsePattern() else { return nil }
            kind = .negative(p)
        } else if atWord(.exists) {
            advance()
            guard let p = parsePattern() else { return nil }
            kind = .exists(p)
        } else if atWord(.test) {
            advance()
            guard let e = parseExpression(context: "after 'test'") else { return nil }
            kind = .test(e)
        } else {
            guard let p = parsePattern() else { return nil }
            kind = .positive(p)
        }
        return ConditionSyntax(kind: kind, isLogical: logical, location: location)
    }

    mutating func parsePattern() -> PatternSyntax? {
        var binder: Name?
        if current.kind == .identifier, peek(1).kind == .colon {
            binder = Name(advance())
            advance()
        }
        guard let template = expectName("a template or attribute name", "in a condition") else { return nil }
        if at(.leftParen) {
            advance()
            var slots: [SlotConstraintSyntax] = []
            while !at(.rightParen) && !atEnd {
                if at(.comma) {
                    advance()
                    continue
                }
                if missingCloser(after: "pattern '\(template.text)'") { return nil }
                guard let slot = expectName("a slot name", "in pattern '\(template.text)'"),
                    expect(.colon, "':'", "after slot '\(slot.text)' in pattern '\(template.text)'") != nil,
                    let parts = parseConstraint(context: "for slot '\(slot.text)' in pattern '\(template.text)'")
                else { return nil }
                slots.append(SlotConstraintSyntax(slot: slot, parts: parts))
            }
            guard expect(.rightParen, "')'", "to close pattern '\(template.text)'") != nil else { return nil }
            return PatternSyntax(binder: binder, template: template, slots: slots, isAttribute: false)
        }
        let valueSlot = Name(
            Token(
                kind: .identifier, text: "value", location: template.location, length: template.length,
                startsLine: false))
        var parts: [ConstraintPart]
        if atWord(.is) {
            advance()
            if atWord(.not) {
                advance()
                guard let t = parseTerm(context: "after 'is not'") else { return nil }
                parts = [.compare(.notEqual, t)]
            } else {
                guard let t = parseTerm(context: "after '\(template.text) is'") else { return nil }
                parts = [.term(t)]
            }
            while at(.ampersand) {
                advance()
                guard let p = parseConstraintPart(context: "after '&'") else { return nil }
                parts.append(p)
            }
        } else if atWord(.in) || atWord(.not) || comparisonAtCurrent != nil {
            guard let p = parseConstraint(context: "after '\(template.text)'") else { return nil }
            parts = p
        } else {
            error(
                .expected(
                    "'(' or 'is'", found: current.display.quotedIfWord(current),
                    context: "after '\(template.text)' in a condition"), at: current)
            return nil
        }
        return PatternSyntax(
            binder: binder, template: template, slots: [SlotConstraintSyntax(slot: valueSlot, parts: parts)],
            isAttribute: true)
    }

    /// A new line that does not continue a slot list (`name:`) means the list's `)` is missing: report that.
    mutating func missingCloser(after construct: @autoclosure () -> String) -> Bool {
        guard current.startsLine, !(current.kind == .identifier && peek(1).kind == .colon) else { return false }
        let previous = self.previous
        diagnosticAfter(
            previous, .expected("')'", found: current.display.quotedIfWord(current), context: "to close \(construct())")
        )
        return true
    }

    /// Reports an error just after `token` (where the missing text belongs) and starts panicking.
    mutating func diagnosticAfter(_ token: Token, _ message: DiagnosticMessage) {
        if panicking { return }
        panicking = true
        errorCount += 1
        let location = SourceLocation(
            source: token.location.source, line: token.location.line, column: token.location.column + token.length)
        diagnostics.append(Diagnostic(message, at: location, length: 1))
    }

    mutating func parseConstraint(context: @autoclosure () -> String) -> [ConstraintPart]? {
        guard let first = parseConstraintPart(context: context()) else { return nil }
        var parts = [first]
        while at(.ampersand) {
            advance()
            guard let p = parseConstraintPart(context: "after '&'") else { return nil }
            parts.append(p)
        }
        return parts
    }

    mutating func parseConstraintPart(context: @autoclosure () -> String) -> ConstraintPart? {
        if let op = comparisonAtCurrent {
            advance()
            guard let t = parseTerm(context: context()) else { return nil }
            return .compare(op, t)
        }
        var negated = false
        if atWord(.not) && peek(1).isWord("in") {
            advance()
            negated = true
        }
        if atWord(.in) {
            advance()
            guard expect(.leftBracket, "'['", "after 'in'") != nil else { return nil }
            var values: [ExprSyntax] = []
            while !at(.rightBracket) && !atEnd {
                if at(.comma) {
                    advance()
                    continue
                }
                guard let t = parseTerm(context: "in a list of values") else { return nil }
                values.append(t)
            }
            guard expect(.rightBracket, "']'", "to close the list after 'in'") != nil else { return nil }
            return .member(values, negated: negated)
        }
        guard let t = parseTerm(context: context()) else { return nil }
        return .term(t)
    }

    /// A literal, a word, a variable or a parenthesised expression.
    mutating func parseTerm(context: @autoclosure () -> String) -> ExprSyntax? {
        switch current.kind {
        case .leftParen:
            advance()
            guard let e = parseExpression(context: context()),
                expect(.rightParen, "')'", "to close the expression") != nil
            else { return nil }
            return e
        case .minus where peek(1).kind == .integer || peek(1).kind == .float:
            let minus = advance()
            guard let e = parsePrimary(context: context()) else { return nil }
            return .unary(.negate, e, minus.location)
        case .integer, .float, .string, .variable, .identifier:
            return parsePrimary(context: context())
        default:
            error(.expected("a value", found: current.display.quotedIfWord(current), context: context()), at: current)
            return nil
        }
    }

    /// `name(slot: expr, …)` or `name is expr`, with an optional `certainty expr`.
    mutating func parseFact(context: @autoclosure () -> String) -> FactSyntax? {
        guard let template = expectName("a template or attribute name", context()) else { return nil }
        var slots: [SlotValueSyntax] = []
        var attributeValue: ExprSyntax?
        if atWord(.is) {
            advance()
            guard let v = parseExpression(context: "after '\(template.text) is'") else { return nil }
            attributeValue = v
        } else {
            guard expect(.leftParen, "'(' or 'is'", "after '\(template.text)'") != nil,
                let s = parseSlotValues(template.text)
            else { return nil }
            slots = s
        }
        var certainty: ExprSyntax?
        if atWord(.certainty) {
            advance()
            guard let c = parseTerm(context: "after 'certainty'") else { return nil }
            certainty = c
        }
        return FactSyntax(template: template, slots: slots, attributeValue: attributeValue, certainty: certainty)
    }

    /// `slot: expr, … )` after the opening parenthesis.
    mutating func parseSlotValues(_ template: String) -> [SlotValueSyntax]? {
        var slots: [SlotValueSyntax] = []
        while !at(.rightParen) && !atEnd {
            if at(.comma) {
                advance()
                continue
            }
            if missingCloser(after: "'\(template)(…)'") { return nil }
            guard let slot = expectName("a slot name", "in '\(template)(…)'"),
                expect(.colon, "':'", "after slot '\(slot.text)'") != nil,
                let value = parseExpression(context: "for slot '\(slot.text)'")
            else { return nil }
            slots.append(SlotValueSyntax(slot: slot, value: value))
        }
        guard expect(.rightParen, "')'", "to close '\(template)(…)'") != nil else { return nil }
        return slots
    }

    mutating func parseAction(rule: String) -> ActionSyntax? {
        guard current.kind == .identifier, Parser.actionWords.contains(current.text) else {
            var notes: [String] = []
            if current.kind == .identifier,
                let best = EditDistance.closest(to: current.text, in: Array(Parser.actionWords))
            {
                notes.append("did you mean '\(best)'?")
            }
            error(.expectedAction(found: current.display.quotedIfWord(current), rule: rule), at: current, notes: notes)
            return nil
        }
        let keyword = advance()
        // Only an action's keyword gets here (the guard above).
        switch Keyword(rawValue: keyword.text) ?? .because {
        case .assert:
            return parseFact(context: "after 'assert'").map { .assert($0) }
        case .retract:
            return expectName("the name of a matched fact", "after 'retract'").map { .retract($0) }
        case .modify:
            guard let name = expectName("the name of a matched fact", "after 'modify'"),
                expect(.leftParen, "'('", "after 'modify \(name.text)'") != nil,
                let slots = parseSlotValues(name.text)
            else { return nil }
            return .modify(name, slots)
        case .conclude:
            guard let name = expectName("an attribute name", "after 'conclude'"),
                expect(.assign, "'='", "after 'conclude \(name.text)'") != nil,
                let value = parseExpression(context: "after 'conclude \(name.text) ='"),
                expectWord(.certainty, "after the value in 'conclude \(name.text)'"),
                let certainty = parseTerm(context: "after 'certainty'")
            else { return nil }
            return .conclude(name, value, certainty: certainty, keyword.location)
        case .score:
            guard let option = parseTerm(context: "as the option after 'score'"),
                let criterion = parseTerm(context: "as the criterion in 'score'"),
                let points = parseTerm(context: "as the points in 'score'")
            else { return nil }
            return .score(option: option, criterion: criterion, points: points, keyword.location)
        case .print:
            var parts: [ExprSyntax] = []
            // The arguments end with the line (a long one can continue inside parentheses).
            while canStartExpression && !atActionStart && !atDeclaration && !current.startsLine {
                guard let e = parseExpression(context: "after 'print'") else { return nil }
                parts.append(e)
            }
            return .print(parts)
        case .halt:
            return .halt
        case .let:
            guard let variable = expect(.variable, "a variable like '$x'", "after 'let'"),
                expect(.assign, "'='", "after 'let $\(variable.text)'") != nil,
                let value = parseExpression(context: "after 'let $\(variable.text) ='")
            else { return nil }
            return .bind(Name(variable), value)
        case .because, .rule, .template, .enum, .attribute, .ask, .instances, .goal, .facts, .function, .include,
            .module, .when, .then, .end, .not, .exists, .test, .logical, .is, .in, .salience, .source, .label, .help,
            .slot, .review, .key, .from, .to, .each, .where, .certainty, .if, .else, .and, .or, .mod:
            let texts = parseTexts()
            if texts.isEmpty {
                error(
                    .expected(
                        "a language and a text, like en \"…\"", found: current.display.quotedIfWord(current),
                        context: "after 'because'"), at: current)
                return nil
            }
            return .because(texts, keyword.location)
        }
    }

    var canStartExpression: Bool {
        switch current.kind {
        case .integer, .float, .string, .variable, .leftParen, .minus: return true
        case .identifier: return !["then", "end", "else"].contains(current.text)
        default: return false
        }
    }
}
