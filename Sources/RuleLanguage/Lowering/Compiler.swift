import RuleEngine

/// Checks parsed files as one rule base and lowers them to the engine's model.
///
/// Names are resolved across all files, so a rule may use a template declared in a later file.
/// Every problem becomes a diagnostic; the compiler never stops at the first.
struct Compiler {
    var program = Program()
    var diagnostics: [Diagnostic] = []
    var enums: [String: [Symbol]] = [:]
    var enumNames: [String: Name] = [:]
    var templateNames: [String: Int] = [:]
    var functionIndex: [String: Int] = [:]
    var ruleNames: [String: Name] = [:]
    /// The template matched at each level of the rule being lowered (for `modify`).
    var factTemplates: [Int: Int] = [:]
    var base = RuleBase(program: Program())
    /// `slot … from TEMPLATE` names, checked once every `instances` is known.
    var instanceSources: [(name: Name, template: Int)] = []

    /// Compiles the files (in load order) into a rule base with its diagnostics.
    static func compile(_ files: [RuleFileSyntax]) -> (RuleBase, [Diagnostic]) {
        var compiler = Compiler()
        compiler.declare(files)
        compiler.lower(files)
        compiler.checkInstanceSources()
        compiler.base.program = compiler.program
        return (compiler.base, compiler.diagnostics)
    }

    mutating func report(_ message: DiagnosticMessage, _ name: Name, notes: [String] = []) {
        diagnostics.append(Diagnostic(message, at: name.location, length: name.length, notes: notes))
    }

    mutating func report(_ message: DiagnosticMessage, at location: SourceLocation, length: Int = 1) {
        diagnostics.append(Diagnostic(message, at: location, length: length))
    }

    mutating func reportSuggesting(_ message: DiagnosticMessage, _ name: Name, among candidates: [String]) {
        diagnostics.append(
            Diagnostic(message, at: name.location, length: name.length).suggesting(name.text, from: candidates))
    }

    /// Reports an unbound variable, suggesting the nearest bound one (`$name`).
    mutating func reportUnbound(_ v: Name, context: String, _ scope: Scope) {
        diagnostics.append(
            Diagnostic(.unboundVariable(v.text, context: context), at: v.location, length: v.length)
                .suggesting("$" + v.text, from: scope.variableNames.map { "$" + $0 }))
    }

    private mutating func checkNotReserved(_ name: Name) -> Bool {
        if Parser.reservedWords.contains(name.text) {
            report(.reservedWord(name.text), name)
            return false
        }
        return true
    }

    // MARK: Pass 1: declarations

    private mutating func declare(_ files: [RuleFileSyntax]) {
        for file in files {
            for d in file.declarations {
                if case .enumeration(let name, let values, let texts) = d {
                    guard checkNotReserved(name) else { continue }
                    if enumNames[name.text] != nil {
                        report(.duplicateDeclaration(kind: "enum", name: name.text), name)
                        continue
                    }
                    enumNames[name.text] = name
                    var symbols: [Symbol] = []
                    for (v, t) in zip(values, texts) where checkNotReserved(v) {
                        if !t.isEmpty { base.valueTexts[name.text, default: [:]][v.text] = t }
                        let s = program.symbols.intern(v.text)
                        if symbols.contains(s) {
                            report(.duplicateDeclaration(kind: "value", name: v.text), v)
                        } else {
                            symbols.append(s)
                        }
                    }
                    enums[name.text] = symbols
                }
            }
        }
        var asked: Set<String> = []
        for file in files {
            for d in file.declarations {
                switch d {
                case .template(let name, let slots, let texts):
                    declareTemplate(name, slots: slots)
                    if !texts.isEmpty, let i = templateNames[name.text] { base.attributeTexts[i] = texts }
                case .attribute(let name, let type, let texts):
                    if let i = declareAttribute(name, type: type), !texts.isEmpty { base.attributeTexts[i] = texts }
                case .ask(let ask):
                    // An ask declares its attribute unless an `attribute` line already did.
                    if asked.contains(ask.name.text) {
                        report(.duplicateDeclaration(kind: "ask", name: ask.name.text), ask.name)
                    }
                    asked.insert(ask.name.text)
                    if templateNames[ask.name.text] == nil { _ = declareAttribute(ask.name, type: ask.type) }
                case .function(let name, let parameters, _):
                    if functionIndex[name.text] != nil || Builtin(rawValue: name.text) != nil {
                        report(.duplicateDeclaration(kind: "function", name: name.text), name)
                        continue
                    }
                    // The body is lowered in pass 2, once every function is known (so functions may
                    // call each other in any order).
                    functionIndex[name.text] = program.functions.count
                    program.functions.append(
                        Function(name: name.text, arity: parameters.count, body: .constant(.integer(0))))
                default:
                    break
                }
            }
        }
    }

    private mutating func declareTemplate(_ name: Name, slots: [SlotDecl]) {
        guard checkNotReserved(name) else { return }
        if templateNames[name.text] != nil {
            report(.duplicateDeclaration(kind: "template", name: name.text), name)
            return
        }
        var specs: [SlotSpec] = []
        for slot in slots {
            if specs.contains(where: { $0.name == slot.name.text }) {
                report(.duplicateDeclaration(kind: "slot", name: slot.name.text), slot.name)
                continue
            }
            let type = slot.type.map { resolveType($0) } ?? .any
            let range = slotRange(slot, type: type)
            var value = defaultValue(for: type)
            // Without a default, a ranged slot starts at its nearest bound (`rank: integer from 1` is 1).
            if let range, !range.contains(value) { value = range.lower ?? range.upper ?? value }
            if let d = slot.defaultValue {
                if let v = constant(d) {
                    if checkFits(v, type: type, range: range, slot: slot.name.text, at: d) { value = v }
                } else {
                    report(.expected("a constant", found: "an expression", context: "as a default"), at: d.location)
                }
            }
            specs.append(SlotSpec(name: slot.name.text, type: type, defaultValue: value, range: range))
        }
        templateNames[name.text] = program.templates.count
        program.templates.append(Template(name: name.text, slots: specs))
    }

    private mutating func declareAttribute(_ name: Name, type: Name) -> Int? {
        guard checkNotReserved(name) else { return nil }
        if templateNames[name.text] != nil {
            report(.duplicateDeclaration(kind: "attribute", name: name.text), name)
            return nil
        }
        let slotType = resolveType(type)
        let index = program.templates.count
        templateNames[name.text] = index
        program.templates.append(
            Template(
                name: name.text,
                slots: [SlotSpec(name: "value", type: slotType, defaultValue: defaultValue(for: slotType))],
                isAttribute: true))
        return index
    }

    mutating func resolveType(_ name: Name) -> SlotType {
        switch name.text {
        case "symbol": return .symbol
        case "string": return .string
        case "integer": return .integer
        case "number", "float": return .number
        case "any": return .any
        default:
            if let values = enums[name.text] { return .enumeration(name: name.text, values: values) }
            reportSuggesting(
                .unknownType(name.text), name,
                among: ["symbol", "string", "integer", "number", "any"] + Array(enums.keys))
            return .any
        }
    }

    mutating func defaultValue(for type: SlotType) -> Value {
        switch type {
        case .integer: return .integer(0)
        case .number: return .float(0)
        case .string: return .string(program.symbols.intern(""))
        case .enumeration(_, let values):
            return values.first.map { .symbol($0) } ?? .symbol(program.symbols.intern("nil"))
        case .any, .symbol: return .symbol(program.symbols.intern("nil"))
        }
    }

    /// The value of a constant expression (literals, words, negated numbers), or nil.
    mutating func constant(_ e: ExprSyntax) -> Value? {
        switch e {
        case .integer(let i, _): return .integer(i)
        case .float(let d, _): return .float(d)
        case .string(let s, _): return .string(program.symbols.intern(s))
        case .symbol(let n): return .symbol(program.symbols.intern(n.text))
        case .unary(.negate, let inner, _):
            switch constant(inner) {
            case .integer(let i)?: return .integer(-i)
            case .float(let d)?: return .float(-d)
            default: return nil
            }
        default: return nil
        }
    }

    /// The range of a slot (`from -2 to 2`): number bounds of the slot's type, the lower not above the upper.
    private mutating func slotRange(_ slot: SlotDecl, type: SlotType) -> SlotRange? {
        let given = [slot.lower, slot.upper]
        guard let first = given.compactMap({ $0 }).first else { return nil }
        let name = slot.name.text
        guard type == .integer || type == .number else {
            report(.badRange(slot: name, reason: "only 'integer' and 'number' slots have one"), at: first.location)
            return nil
        }
        var bounds: [Value?] = []
        for case let e? in given {
            guard let v = constant(e), v.number?.isFinite == true, type.accepts(v) else {
                let what = type == .integer ? "a whole number" : "a finite number"
                report(.badRange(slot: name, reason: "a bound must be \(what)"), at: e.location)
                return nil
            }
            bounds.append(v)
        }
        let range = SlotRange(
            lower: slot.lower == nil ? nil : bounds[0], upper: slot.upper == nil ? nil : bounds.last ?? nil)
        if let lower = range.lower, let upper = range.upper, (ValueOrder.compare(lower, upper) ?? 0) > 0,
            let e = slot.upper
        {
            report(
                .badRange(slot: name, reason: "it runs \(range.described(program.symbols)), so no value fits"),
                at: e.location)
            return nil
        }
        return range
    }

    /// Reports when a constant does not fit a slot's type or range; suggests the nearest enumeration value.
    @discardableResult
    mutating func checkFits(_ value: Value, type: SlotType, range: SlotRange? = nil, slot: String, at e: ExprSyntax)
        -> Bool
    {
        if type.accepts(value) {
            guard let range, !range.contains(value) else { return true }
            report(
                .outsideRange(
                    value: value.rendered(program.symbols), slot: slot, range: range.described(program.symbols)),
                at: e.location)
            return false
        }
        if case .enumeration(let enumName, let values) = type, case .symbol(let s) = value, case .symbol(let n) = e {
            let names = values.map { program.symbols.name(of: $0) }
            reportSuggesting(.unknownValue(program.symbols.name(of: s), type: enumName), n, among: names)
            return false
        }
        let typeName: String
        switch type {
        case .enumeration(let n, _): typeName = n
        case .any: typeName = "any"
        case .symbol: typeName = "symbol"
        case .string: typeName = "string"
        case .integer: typeName = "integer"
        case .number: typeName = "number"
        }
        var length = 1
        if case .symbol(let n) = e { length = n.length }
        report(
            .typeMismatch(value: value.rendered(program.symbols, quoted: true), slot: slot, type: typeName),
            at: e.location, length: length)
        return false
    }

    // MARK: Pass 2: bodies

    private mutating func lower(_ files: [RuleFileSyntax]) {
        for file in files {
            for d in file.declarations {
                switch d {
                case .function(let name, let parameters, let body):
                    guard let i = functionIndex[name.text], program.functions[i].arity == parameters.count else {
                        continue
                    }
                    var scope = Scope()
                    for (k, p) in parameters.enumerated() { scope.bind(p.text, .parameter(k)) }
                    if let e = lowerExpression(body, &scope) {
                        program.functions[i] = Function(name: name.text, arity: parameters.count, body: e)
                    }
                case .rule(let rule):
                    lowerRule(rule)
                case .facts(let facts):
                    for f in facts { lowerInitialFact(f) }
                case .ask(let ask):
                    lowerAsk(ask)
                case .instances(let decl):
                    lowerInstances(decl)
                case .goal(let name, let texts):
                    guard let t = templateNames[name.text] else {
                        reportSuggesting(.unknownTemplate(name.text), name, among: Array(templateNames.keys))
                        continue
                    }
                    guard program.templates[t].isAttribute else {
                        report(.notAnAttribute(name.text, use: "as a goal"), name)
                        continue
                    }
                    base.goals.append(Goal(attribute: t, name: name.text, texts: texts, location: name.location))
                default:
                    break
                }
            }
        }
    }

    private mutating func lowerAsk(_ ask: AskDecl) {
        guard let t = templateNames[ask.name.text], program.templates[t].isAttribute else { return }
        if !ask.label.isEmpty { base.attributeTexts[t] = ask.label }
        var scope = Scope()
        var level = 0
        var conditions: [Condition] = []
        for c in ask.precondition {
            if let lowered = lowerCondition(c, level: &level, scope: &scope) { conditions.append(lowered) }
        }
        base.questions.append(
            Question(
                attribute: t, name: ask.name.text, prompts: ask.prompts, help: ask.help, precondition: conditions,
                location: ask.name.location))
    }

    private mutating func lowerInstances(_ decl: InstancesDecl) {
        guard let t = templateNames[decl.template.text] else {
            reportSuggesting(.unknownTemplate(decl.template.text), decl.template, among: Array(templateNames.keys))
            return
        }
        let template = program.templates[t]
        guard !template.isAttribute else {
            report(.instancesOfAttribute(decl.template.text), decl.template)
            return
        }
        if base.instanceKinds.contains(where: { $0.template == t }) {
            report(.duplicateDeclaration(kind: "instances", name: decl.template.text), decl.template)
            return
        }
        func slot(_ name: Name) -> Int? {
            guard let i = template.slotIndex(name.text) else {
                reportSuggesting(
                    .unknownSlot(name.text, template: template.name), name, among: template.slots.map(\.name))
                return nil
            }
            return i
        }
        var key: Int?
        if let k = decl.key, let i = slot(k) {
            if case .symbol = template.slots[i].type {
                key = i
            } else {
                report(.instanceSlotType(slot: k.text, template: template.name, role: "key", needs: "a symbol"), k)
            }
        }
        var label: Int?
        if let l = decl.label, let i = slot(l) {
            if case .string = template.slots[i].type {
                label = i
            } else {
                report(.instanceSlotType(slot: l.text, template: template.name, role: "label", needs: "a string"), l)
            }
        }
        var slots: [InstanceSlot] = []
        for s in decl.slots {
            guard let i = slot(s.name) else { continue }
            if slots.contains(where: { $0.slot == i }) || i == key || i == label {
                report(.duplicateDeclaration(kind: "slot", name: s.name.text), s.name)
                continue
            }
            var from: Int?
            var filter: (slot: Int, values: [String])?
            if let f = s.from {
                guard let ft = templateNames[f.text] else {
                    reportSuggesting(.unknownTemplate(f.text), f, among: Array(templateNames.keys))
                    continue
                }
                guard case .symbol = template.slots[i].type else {
                    report(
                        .instanceSlotType(
                            slot: s.name.text, template: template.name, role: "answered from '\(f.text)'",
                            needs: "a symbol"), s.name)
                    continue
                }
                from = ft
                instanceSources.append((f, ft))
                if let w = s.whereSlot {
                    let source = program.templates[ft]
                    guard let wi = source.slotIndex(w.text) else {
                        reportSuggesting(
                            .unknownSlot(w.text, template: source.name), w, among: source.slots.map(\.name))
                        continue
                    }
                    if case .enumeration(let e, let values) = source.slots[wi].type {
                        let allowed = values.map { program.symbols.name(of: $0) }
                        for v in s.whereValues where !allowed.contains(v.text) {
                            reportSuggesting(.unknownValue(v.text, type: e), v, among: allowed)
                        }
                    }
                    filter = (wi, s.whereValues.map(\.text))
                }
            }
            var compiled = InstanceSlot(slot: i, name: s.name.text, from: from, prompts: s.prompts, help: s.help)
            compiled.fromFilter = filter
            slots.append(compiled)
        }
        var kind = InstanceKind(
            template: t, name: template.name, offer: decl.offer, each: decl.each, key: key, label: label, slots: slots,
            location: decl.template.location)
        kind.review = decl.review
        base.instanceKinds.append(kind)
    }

    mutating func checkInstanceSources() {
        for (name, t) in instanceSources
        where !base.instanceKinds.contains(where: { $0.template == t && $0.key != nil }) {
            report(.instancesWithoutKey(name.text), name)
        }
    }

    private mutating func lowerInitialFact(_ f: FactSyntax) {
        var scope = Scope()
        guard let (template, exprs) = lowerFact(f, &scope) else { return }
        var values: [Value] = []
        values.reserveCapacity(exprs.count)
        for (e, syntax) in zip(exprs, factSlotSyntax(f, template)) {
            guard case .constant(let v) = e else {
                report(
                    .expected("a constant", found: "an expression", context: "in 'facts'"),
                    at: syntax?.location ?? f.template.location)
                return
            }
            values.append(v)
        }
        var certainty = 1.0
        if let c = f.certainty {
            guard let v = constant(c)?.number, v >= -1, v <= 1 else {
                report(
                    .certaintyOutOfRange(String(describing: constant(c).map { $0.rendered(program.symbols) } ?? "?")),
                    at: c.location)
                return
            }
            certainty = v
        }
        program.initialFacts.append(InitialFact(template: template, slots: values, certainty: certainty))
    }

    /// The syntax written for each slot of the template (nil where the default is used).
    func factSlotSyntax(_ f: FactSyntax, _ template: Int) -> [ExprSyntax?] {
        let slots = program.templates[template].slots
        if let v = f.attributeValue { return [v] + Array(repeating: nil, count: max(0, slots.count - 1)) }
        return slots.map { spec in f.slots.first { $0.slot.text == spec.name }?.value }
    }
}
