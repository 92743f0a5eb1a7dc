import RuleEngine

extension Compiler {
    mutating func lowerRule(_ rule: RuleDecl) {
        if let previous = ruleNames[rule.name.text] {
            report(
                .duplicateDeclaration(kind: "rule", name: rule.name.text), rule.name,
                notes: [
                    "first declared at \(previous.location.file):\(previous.location.line):\(previous.location.column)"
                ])
            return
        }
        ruleNames[rule.name.text] = rule.name
        var scope = Scope()
        var level = 0
        var conditions: [Condition] = []
        var logicalCount = 0
        factTemplates = [:]
        var sawPlain = false
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        for c in rule.conditions {
            if c.isLogical {
                if sawPlain {
                    report(.logicalNotFirst(rule: rule.name.text), at: c.location, length: 7)
                } else {
                    logicalCount += 1
                }
            } else {
                sawPlain = true
            }
            if let lowered = lowerCondition(c, level: &level, scope: &scope) { conditions.append(lowered) }
        }
        var actions: [Action] = []
        var texts: [LocalizedText] = []
        for a in rule.actions {
            if case .because(let t, _) = a {
                // A `{variable}` placeholder in a text uses the variable.
                for text in t.values {
                    for name in Compiler.placeholders(in: text) where scope.lookup(name) != nil { scope.use(name) }
                }
                let index = texts.count
                texts.append(LocalizedText(t))
                // A `because` right after `conclude` or `score` explains that action.
                if case .conclude(let template, let value, let cf, nil)? = actions.last {
                    actions[actions.count - 1] = .conclude(
                        template: template, value: value, certainty: cf, because: index)
                } else if case .score(let o, let c, let p, nil)? = actions.last {
                    actions[actions.count - 1] = .score(option: o, criterion: c, points: p, because: index)
                }
                continue
            }
            if let lowered = lowerAction(a, &scope) { actions.append(lowered) }
        }
        let clean = rule.parsedCleanly && diagnostics.filter({ $0.severity == .error }).count == errorsBefore
        if rule.actions.isEmpty && clean { report(.noActions(rule: rule.name.text), rule.name) }
        for name in scope.order where clean {
            guard let binding = scope.lookup(name), binding.isValue, scope.uses[name, default: 0] == 0,
                !name.hasPrefix("_"), let definition = scope.definitions[name]
            else { continue }
            report(.unusedVariable(name, rule: rule.name.text), definition)
        }
        guard diagnostics.filter({ $0.severity == .error }).count == errorsBefore else { return }
        let variables = scope.order.compactMap { name -> RuleVariable? in
            switch scope.lookup(name) {
            case .slot(let l, let s)?: return RuleVariable(name: name, level: l, slot: s)
            case .fact(let l)?: return RuleVariable(name: name, level: l, slot: nil)
            default: return nil
            }
        }
        let loc = rule.name.location
        base.ruleLocations.append(loc)
        base.conditionLocations.append(rule.conditions.map(\.location))
        program.rules.append(
            Rule(
                name: rule.name.text, salience: rule.salience, conditions: conditions, actions: actions,
                logicalCount: logicalCount, variables: variables,
                origin: RuleOrigin(file: loc.file, line: loc.line, column: loc.column)))
        base.ruleNotes.append(
            RuleNotes(
                texts: texts,
                provenance: rule.source.map {
                    Provenance(
                        source: ([$0.text] + rule.moreSources).joined(separator: " "), confidence: rule.confidence?.text
                    )
                }))
    }

    mutating func lowerCondition(_ c: ConditionSyntax, level: inout Int, scope: inout Scope) -> Condition? {
        switch c.kind {
        case .positive(let p):
            guard let pattern = lowerPattern(p, level: level, scope: &scope) else {
                level += 1
                return nil
            }
            if let binder = p.binder { scope.bind(binder.text, .fact(level: level), at: binder) }
            factTemplates[level] = pattern.template
            level += 1
            return .positive(pattern)
        case .negative(let p), .exists(let p):
            // Variables first bound inside `not` / `exists` are local to it.
            var inner = scope
            let pattern = lowerPattern(p, level: level, scope: &inner)
            for name in scope.order {
                for _ in 0..<max(0, inner.uses[name, default: 0] - scope.uses[name, default: 0]) { scope.use(name) }
            }
            level += 1
            guard let pattern else { return nil }
            if case .negative = c.kind { return .negative(pattern) }
            return .exists(pattern)
        case .test(let e):
            level += 1
            return lowerExpression(e, &scope).map { .test($0) }
        }
    }

    /// Lowers a pattern at `level`: constant tests go to the alpha network, tests against earlier levels
    /// to the join (equality on a variable is hashed).
    mutating func lowerPattern(_ p: PatternSyntax, level: Int, scope: inout Scope) -> Pattern? {
        guard let t = templateNames[p.template.text] else {
            reportSuggesting(.unknownTemplate(p.template.text), p.template, among: Array(templateNames.keys))
            bindQuietly(p.slots.map(\.parts), level: level, scope: &scope)
            return nil
        }
        let template = program.templates[t]
        if p.isAttribute && !template.isAttribute {
            report(.notAnAttribute(p.template.text, use: "with 'is'"), p.template)
            return nil
        }
        var pattern = Pattern(template: t)
        var ok = true
        for sc in p.slots {
            guard let slot = template.slotIndex(sc.slot.text) else {
                reportSuggesting(
                    .unknownSlot(sc.slot.text, template: template.name), sc.slot, among: template.slots.map(\.name))
                bindQuietly([sc.parts], level: level, scope: &scope)
                ok = false
                continue
            }
            for part in sc.parts {
                if !lowerConstraintPart(
                    part, slot: slot, spec: template.slots[slot], slotName: sc.slot.text, level: level, scope: &scope,
                    into: &pattern)
                {
                    ok = false
                }
            }
        }
        return ok ? pattern : nil
    }

    private mutating func lowerConstraintPart(
        _ part: ConstraintPart, slot: Int, spec: SlotSpec, slotName: String, level: Int, scope: inout Scope,
        into pattern: inout Pattern
    ) -> Bool {
        let type = spec.type
        let here = Expr.slot(level: level, slot: slot)
        switch part {
        case .term(.variable(let v)):
            switch scope.lookup(v.text) {
            case .slot(let l, let s)?:
                scope.use(v.text)
                if l == level {
                    pattern.alphaTests.append(.slots(slot, .equal, s))
                } else {
                    pattern.joinTests.append(.equal(slot: slot, level: l, otherSlot: s))
                }
            case .fact?:
                report(.factVariableAsValue(v.text), v)
                return false
            case .parameter?, .local?:
                return false
            case nil:
                scope.bind(v.text, .slot(level: level, slot: slot), at: v)
            }
            return true
        case .term(let e):
            return lowerComparison(
                .equal, e, here: here, slot: slot, spec: spec, slotName: slotName, level: level, scope: &scope,
                into: &pattern)
        case .compare(let op, let e):
            return lowerComparison(
                op, e, here: here, slot: slot, spec: spec, slotName: slotName, level: level, scope: &scope,
                into: &pattern)
        case .member(let values, let negated):
            var constants: [Value] = []
            var exprs: [Expr] = []
            for e in values {
                if let v = constant(e) {
                    guard checkFits(v, type: type, range: spec.range, slot: slotName, at: e) else { return false }
                    constants.append(v)
                    exprs.append(.constant(v))
                } else {
                    guard let x = lowerExpression(e, &scope) else { return false }
                    exprs.append(x)
                }
            }
            if constants.count == values.count {
                pattern.alphaTests.append(.member(slot: slot, constants, negated: negated))
            } else {
                var any: Expr = .constant(.integer(0))
                for x in exprs { any = .binary(.or, any, .binary(.equal, here, x)) }
                let test: Expr = negated ? .unary(.not, any) : any
                addPredicate(test, level: level, into: &pattern)
            }
            return true
        }
    }

    private mutating func lowerComparison(
        _ op: CompareOperator, _ e: ExprSyntax, here: Expr, slot: Int, spec: SlotSpec, slotName: String, level: Int,
        scope: inout Scope, into pattern: inout Pattern
    ) -> Bool {
        if let v = constant(e) {
            if op == .equal || op == .notEqual {
                guard checkFits(v, type: spec.type, range: spec.range, slot: slotName, at: e) else { return false }
            }
            pattern.alphaTests.append(.compare(slot: slot, op, v))
            return true
        }
        if case .variable(let v) = e, scope.lookup(v.text) == nil {
            reportUnbound(v, context: "in a comparison", scope)
            return false
        }
        guard let x = lowerExpression(e, &scope) else { return false }
        addPredicate(.binary(BinaryOperator(op), here, x), level: level, into: &pattern)
        return true
    }

    private func addPredicate(_ test: Expr, level: Int, into pattern: inout Pattern) {
        if test.readsOnly(level: level) {
            pattern.alphaTests.append(.predicate(test, level: level))
        } else {
            pattern.joinTests.append(.predicate(test))
        }
    }

    /// Binds the variables of a pattern that could not be resolved, so later uses do not report again.
    private func bindQuietly(_ parts: [[ConstraintPart]], level: Int, scope: inout Scope) {
        for list in parts {
            for case .term(.variable(let v)) in list where scope.lookup(v.text) == nil {
                scope.bind(v.text, .slot(level: level, slot: 0))
                scope.use(v.text)
            }
        }
    }

    /// The names inside `{…}` in a `because` text.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for c in text {
            if c == "{" {
                current = ""
            } else if c == "}" {
                if let n = current, !n.isEmpty { names.append(n) }
                current = nil
            } else if current != nil {
                current?.append(c)
            }
        }
        return names
    }
}
