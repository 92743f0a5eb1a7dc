import RuleEngine

extension Compiler {
    mutating func lowerExpression(_ e: ExprSyntax, _ scope: inout Scope) -> Expr? {
        switch e {
        case .integer, .float, .string, .symbol:
            return constant(e).map { .constant($0) }
        case .variable(let v):
            switch scope.lookup(v.text) {
            case .slot(let l, let s)?:
                scope.use(v.text)
                return .slot(level: l, slot: s)
            case .parameter(let i)?:
                return .parameter(i)
            case .local(let i)?:
                scope.use(v.text)
                return .local(i)
            case .fact?:
                report(.factVariableAsValue(v.text), v)
                return nil
            case nil:
                reportUnbound(v, context: "in an expression", scope)
                return nil
            }
        case .unary(let op, let inner, _):
            if let c = constant(e) { return .constant(c) }
            return lowerExpression(inner, &scope).map { .unary(op, $0) }
        case .binary(let op, let a, let b, _):
            guard let x = lowerExpression(a, &scope), let y = lowerExpression(b, &scope) else { return nil }
            return .binary(op, x, y)
        case .conditional(let c, let a, let b, _):
            guard let x = lowerExpression(c, &scope), let y = lowerExpression(a, &scope),
                let z = lowerExpression(b, &scope)
            else { return nil }
            return .conditional(x, y, z)
        case .call(let name, let args):
            // `cf($f)`: the certainty of the fact this rule matched as `f` (its argument names a
            // fact, so it is not lowered as a value).
            if name.text == "cf" {
                guard args.count == 1 else {
                    report(.wrongArgumentCount(function: "cf", expected: 1, found: args.count), name)
                    return nil
                }
                guard case .variable(let v) = args[0], case .fact(let l)? = scope.lookup(v.text) else {
                    let found: String
                    switch args[0] {
                    case .variable(let v): found = "'$\(v.text)', which is not a fact's name"
                    case .symbol(let n): found = "'\(n.text)' (write $\(n.text) for the fact named \(n.text))"
                    default: found = "an expression"
                    }
                    report(
                        .expected(
                            "a fact named in this rule's conditions, such as $f for 'f: a(…)',", found: found,
                            context: "in cf(…)"), name)
                    return nil
                }
                return .certainty(level: l)
            }
            var lowered: [Expr] = []
            var ok = true
            for a in args {
                if let x = lowerExpression(a, &scope) { lowered.append(x) } else { ok = false }
            }
            if let builtin = Builtin(rawValue: name.text) {
                if let arity = builtin.arity, arity != args.count {
                    report(.wrongArgumentCount(function: name.text, expected: arity, found: args.count), name)
                    return nil
                }
                if builtin.arity == nil && args.isEmpty {
                    report(.wrongArgumentCount(function: name.text, expected: 1, found: 0), name)
                    return nil
                }
                return ok ? .builtin(builtin, lowered) : nil
            }
            guard let index = functionIndex[name.text] else {
                reportSuggesting(
                    .unknownFunction(name.text), name,
                    among: Array(functionIndex.keys) + Builtin.allCases.map(\.rawValue))
                return nil
            }
            let arity = program.functions[index].arity
            guard arity == args.count else {
                report(.wrongArgumentCount(function: name.text, expected: arity, found: args.count), name)
                return nil
            }
            return ok ? .call(index, lowered) : nil
        }
    }

    /// Lowers a fact written in `assert` or `facts`: the template and one expression per slot (defaults filled in).
    mutating func lowerFact(_ f: FactSyntax, _ scope: inout Scope) -> (Int, [Expr])? {
        guard let t = templateNames[f.template.text] else {
            reportSuggesting(.unknownTemplate(f.template.text), f.template, among: Array(templateNames.keys))
            return nil
        }
        let template = program.templates[t]
        var exprs = template.slots.map { Expr.constant($0.defaultValue) }
        if let v = f.attributeValue {
            guard template.isAttribute else {
                report(.notAnAttribute(f.template.text, use: "with 'is'"), f.template)
                return nil
            }
            guard let x = lowerValue(v, spec: template.slots[0], slot: "value", &scope) else { return nil }
            exprs[0] = x
            return (t, exprs)
        }
        var ok = true
        for sv in f.slots {
            guard let i = template.slotIndex(sv.slot.text) else {
                reportSuggesting(
                    .unknownSlot(sv.slot.text, template: template.name), sv.slot, among: template.slots.map(\.name))
                ok = false
                continue
            }
            if let x = lowerValue(sv.value, spec: template.slots[i], slot: sv.slot.text, &scope) {
                exprs[i] = x
            } else {
                ok = false
            }
        }
        return ok ? (t, exprs) : nil
    }

    /// Lowers a value for a slot, checking a constant against the slot's type and range.
    mutating func lowerValue(_ e: ExprSyntax, spec: SlotSpec, slot: String, _ scope: inout Scope) -> Expr? {
        if let v = constant(e) {
            guard checkFits(v, type: spec.type, range: spec.range, slot: slot, at: e) else { return nil }
            return .constant(v)
        }
        return lowerExpression(e, &scope)
    }

    mutating func lowerAction(_ a: ActionSyntax, _ scope: inout Scope) -> Action? {
        switch a {
        case .assert(let f):
            if let c = f.certainty {
                report(
                    .expected("no 'certainty'", found: "'certainty'", context: "in 'assert' (use 'conclude')"),
                    at: c.location)
            }
            return lowerFact(f, &scope).map { .assert(template: $0.0, slots: $0.1) }
        case .retract(let name):
            guard let level = factLevel(name, &scope) else { return nil }
            return .retract(level: level)
        case .modify(let name, let slots):
            guard let level = factLevel(name, &scope) else { return nil }
            let template = factTemplates[level].map { program.templates[$0] }
            var changes: [SlotChange] = []
            var ok = true
            for sv in slots {
                guard let t = template, let i = t.slotIndex(sv.slot.text) else {
                    if let t = template {
                        reportSuggesting(
                            .unknownSlot(sv.slot.text, template: t.name), sv.slot, among: t.slots.map(\.name))
                    }
                    ok = false
                    continue
                }
                if let x = lowerValue(sv.value, spec: t.slots[i], slot: sv.slot.text, &scope) {
                    changes.append(SlotChange(slot: i, value: x))
                } else {
                    ok = false
                }
            }
            return ok ? .modify(level: level, changes: changes) : nil
        case .conclude(let name, let value, let certainty, _):
            guard let t = templateNames[name.text] else {
                reportSuggesting(.unknownTemplate(name.text), name, among: Array(templateNames.keys))
                return nil
            }
            guard program.templates[t].isAttribute else {
                report(.notAnAttribute(name.text, use: "with 'conclude'"), name)
                return nil
            }
            if let c = constant(certainty), let d = c.number, d < -1 || d > 1 {
                report(.certaintyOutOfRange(c.rendered(program.symbols)), at: certainty.location)
                return nil
            }
            guard let v = lowerValue(value, spec: program.templates[t].slots[0], slot: name.text, &scope),
                let cf = lowerExpression(certainty, &scope)
            else { return nil }
            return .conclude(template: t, value: v, certainty: cf, because: nil)
        case .score(let option, let criterion, let points, _):
            guard let o = lowerExpression(option, &scope), let c = lowerExpression(criterion, &scope),
                let p = lowerExpression(points, &scope)
            else { return nil }
            return .score(option: o, criterion: c, points: p, because: nil)
        case .print(let parts):
            var exprs: [Expr] = []
            for p in parts {
                guard let x = lowerExpression(p, &scope) else { return nil }
                exprs.append(x)
            }
            return .print(exprs)
        case .halt:
            return .halt
        case .bind(let name, let value):
            guard let x = lowerExpression(value, &scope) else { return nil }
            if scope.lookup(name.text) != nil {
                let notes =
                    scope.definitions[name.text].map {
                        ["first bound at \($0.location.file):\($0.location.line):\($0.location.column)"]
                    } ?? []
                report(.duplicateDeclaration(kind: "variable", name: "$" + name.text), name, notes: notes)
                return nil
            }
            let index = scope.locals
            scope.bind(name.text, .local(index), at: name)
            return .bind(local: index, value: x)
        case .because:
            return nil
        }
    }

    private mutating func factLevel(_ name: Name, _ scope: inout Scope) -> Int? {
        if case .fact(let level)? = scope.lookup(name.text) {
            scope.use(name.text)
            return level
        }
        reportSuggesting(.unknownFactVariable(name.text), name, among: scope.factNames)
        return nil
    }
}
