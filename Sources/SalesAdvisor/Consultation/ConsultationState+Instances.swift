import RuleEngine
import RuleLanguage

extension ConsultationState {
    /// What the consultation asks next.
    public enum Pending: Sendable {
        /// A question the open rules need.
        case question(Need)
        /// Whether the user wants to enter instances of a kind.
        case offer(InstanceKind)
        /// The next instance of a kind (its number), or an empty line to end the list.
        case instance(InstanceKind, number: Int)
        /// A slot of an entered instance that an open rule needs.
        case slot(instance: Int, kind: InstanceKind, slot: InstanceSlot)
        /// A slot of a fact the rules made, to keep or restate.
        case review(kind: InstanceKind, slot: InstanceSlot)
    }

    /// The next thing to ask: the question the open rules need most; once none is left, each kind
    /// of instance the rules read and the scenario does not give, in the knowledge base's order (its
    /// offer, its list, then the slots of each instance that a rule still needs); nil when nothing
    /// is left to ask.
    public func next(_ needs: [Need], run: Evaluation.Run? = nil) -> Pending? {
        if let need = needs.first(where: \.isAskable) { return .question(need) }
        let all = instances
        for kind in kb.ruleBase.instanceKinds
        where kind.template < kb.needs.readers.count && !kb.needs.readers[kind.template].isEmpty {
            if let slot = reviewSlot(kind, run: run) { return .review(kind: kind, slot: slot) }
            // A kind without offer texts is for scenario files only; a scenario that gives
            // instances of a kind has answered its offer.
            if kind.offer.isEmpty || scenario.facts.contains(where: { $0.template == kind.name }) { continue }
            guard let accepted = offer(kind.name) else { return .offer(kind) }
            guard accepted else { continue }
            if !listEnded(kind.name) { return .instance(kind, number: all.filter { $0.kind == kind.name }.count + 1) }
            for (i, instance) in all.enumerated() where instance.kind == kind.name {
                for slot in kind.slots
                where instance.slots[slot.name] == nil && isNeeded(slot, of: instance, kind: kind) {
                    return .slot(instance: i, kind: kind, slot: slot)
                }
            }
        }
        return nil
    }

    /// The keys of the facts of a kind that the scenario file gave (for `slot … from`).
    func scenarioKeys(of kind: String, where filter: (slot: Int, values: [String])? = nil) -> [String] {
        guard let k = kb.ruleBase.instanceKinds.first(where: { $0.name == kind }), let key = k.key else { return [] }
        let slots = kb.program.templates[k.template].slots
        func written(_ f: Scenario.FactLine, _ i: Int) -> String? {
            f.slots.first { $0.name == slots[i].name || ($0.name.isEmpty && i == 0) }?.value.text
        }
        return scenario.facts.filter { $0.template == kind }.compactMap { f in
            if let filter {
                let value = written(f, filter.slot) ?? slots[filter.slot].defaultValue.rendered(kb.program.symbols)
                guard filter.values.contains(value) else { return nil }
            }
            return written(f, key)
        }
    }

    /// The answers a slot allows: the values of its enumeration, or the keys of the instances it
    /// takes its answers from (with their labels); nil for a number, a string or a symbol typed freely.
    public func choices(for slot: InstanceSlot, of kind: InstanceKind) -> [AnswerMatcher.Choice]? {
        if let from = slot.from, let source = kb.ruleBase.instanceKinds.first(where: { $0.template == from }) {
            // Only the instances the slot takes (`from swot where kind in [strength weakness]`).
            let entered = instances.filter { i in
                guard i.kind == source.name else { return false }
                guard let filter = slot.fromFilter else { return true }
                return knownValue(filter.slot, of: i, kind: source).map(filter.values.contains) ?? false
            }.map { AnswerMatcher.Choice(value: $0.key, labels: [$0.label]) }
            let given = scenarioKeys(of: source.name, where: slot.fromFilter).map {
                AnswerMatcher.Choice(value: $0, labels: [])
            }
            return given + entered
        }
        let type = kb.program.templates[kind.template].slots[slot.slot].type
        guard case .enumeration = type else { return nil }
        return kb.values(of: type).map { v in
            let texts = kb.valueTexts(v, of: type) ?? [:]
            return AnswerMatcher.Choice(value: v, labels: texts.keys.sorted().compactMap { texts[$0] })
        }
    }

    /// The value of a slot of an instance as far as it is known: its key, its label, its answer, or
    /// the default for `unknown`; nil while unanswered.
    func knownValue(_ slot: Int, of instance: EnteredInstance, kind: InstanceKind) -> String? {
        if slot == kind.key { return instance.key }
        if slot == kind.label { return instance.label }
        let template = kb.program.templates[kind.template]
        let name = template.slots[slot].name
        guard let answer = instance.slots[name] else { return nil }
        if let value = answer { return value }
        return template.slots[slot].defaultValue.rendered(kb.program.symbols)
    }

    /// Whether a rule that reads the instance's template uses `slot`, in a pattern that the values
    /// known so far do not already rule out for this instance.
    func isNeeded(_ slot: InstanceSlot, of instance: EnteredInstance, kind: InstanceKind) -> Bool {
        let program = kb.program
        for reader in kb.needs.readers[kind.template] {
            let rule = program.rules[reader.rule]
            let pattern: Pattern
            switch rule.conditions[reader.condition] {
            case .positive(let p), .negative(let p), .exists(let p): pattern = p
            case .test: continue
            }
            guard couldMatch(pattern, instance, kind: kind) else { continue }
            if uses(pattern, slot.slot, rule: rule, level: reader.condition) { return true }
        }
        return false
    }

    /// False when a known slot value fails one of the pattern's own tests.
    func couldMatch(_ p: Pattern, _ instance: EnteredInstance, kind: InstanceKind) -> Bool {
        let symbols = kb.program.symbols
        func holds(_ op: CompareOperator, _ known: String, _ constant: Value) -> Bool? {
            switch constant {
            case .symbol, .string:
                let text = constant.rendered(symbols)
                switch op {
                case .equal: return known == text
                case .notEqual: return known != text
                default: return nil
                }
            case .integer, .float:
                guard let x = Double(known) else { return nil }
                return op.holds(.float(x), constant)
            }
        }
        for test in p.alphaTests {
            switch test {
            case .compare(let slot, let op, let value):
                if let known = knownValue(slot, of: instance, kind: kind), holds(op, known, value) == false {
                    return false
                }
            case .member(let slot, let values, let negated):
                if let known = knownValue(slot, of: instance, kind: kind) {
                    let inside = values.contains { $0.rendered(symbols) == known }
                    if inside == negated { return false }
                }
            case .slots, .predicate:
                continue
            }
        }
        return true
    }

    /// Whether a pattern tests or binds `slot`.
    func uses(_ p: Pattern, _ slot: Int, rule: Rule, level: Int) -> Bool {
        for test in p.alphaTests {
            switch test {
            case .compare(let s, _, _), .member(let s, _, _): if s == slot { return true }
            case .slots(let a, _, let b): if a == slot || b == slot { return true }
            case .predicate(let e, let l): if e.reads(level: l, slot: slot) { return true }
            }
        }
        for test in p.joinTests {
            switch test {
            case .equal(let s, _, _): if s == slot { return true }
            case .predicate(let e): if e.reads(level: level, slot: slot) { return true }
            }
        }
        return rule.variables.contains { $0.level == level && $0.slot == slot }
    }
}

extension Expr {
    /// Whether the expression reads `slot` of the fact at `level`.
    func reads(level: Int, slot: Int) -> Bool {
        switch self {
        case .slot(let l, let s): return l == level && s == slot
        case .constant, .certainty, .parameter, .local: return false
        case .unary(_, let e): return e.reads(level: level, slot: slot)
        case .binary(_, let a, let b): return a.reads(level: level, slot: slot) || b.reads(level: level, slot: slot)
        case .builtin(_, let args), .call(_, let args): return args.contains { $0.reads(level: level, slot: slot) }
        case .conditional(let a, let b, let c):
            return a.reads(level: level, slot: slot) || b.reads(level: level, slot: slot)
                || c.reads(level: level, slot: slot)
        }
    }
}
