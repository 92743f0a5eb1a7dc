extension Engine {
    /// Fires one activation: runs its actions in order, each change propagated at once (as CLIPS does).
    func fire(_ activation: Activation) throws(EngineError) {
        cycle += 1
        stats.firings += 1
        let rule = program.rules[activation.rule]
        // The matched facts go into the engine's scratch buffer (no allocation per firing); it is
        // handed back at the end, when nothing holds it any more.
        var facts = factScratch
        factScratch = []
        Engine.matchedFacts(activation, into: &facts)
        defer { factScratch = facts }
        let remembered = (cycle: cycle, rule: activation.rule, facts: MatchKey(activation))
        if recentFirings.count < 10 {
            recentFirings.append(remembered)
        } else {
            recentFirings[recentNext] = remembered
            recentNext = (recentNext + 1) % 10
        }
        watcher?(.ruleFired(cycle: cycle, rule: activation.rule, factIDs: activation.activationFactIDs))
        // The variables' values, for the trace and for each contribution to a conclusion or a
        // score: worked out once per firing, when first needed.
        var bindings: [Value?]?
        func boundValues() -> [Value?] {
            if let bindings { return bindings }
            let values = Engine.bindings(rule, facts)
            bindings = values
            return values
        }
        if recordsTrace {
            current = Firing(
                cycle: cycle, rule: activation.rule, bindings: boundValues(), matched: activation.activationFactIDs)
        }
        firingNow = (activation.rule, cycle)
        defer {
            if let firing = current { trace.append(firing) }
            current = nil
            firingNow = nil
        }
        let support = rule.logicalCount > 0 ? activation.ancestor(depth: logicalLevels(rule)) : nil
        let supportGeneration = support?.pointee.generation
        /// Whether the logical support went during this firing (a fact it matched was retracted): what
        /// the rule would still assert under it has no support and is not asserted.
        var supportLost: Bool {
            guard let support else { return false }
            return support.pointee.generation != supportGeneration || !support.pointee.isAlive
        }
        var source = FactsSource(facts: facts)
        let evaluator = network.evaluator
        func value(_ e: Expr) throws(EngineError) -> Value {
            do {
                return try evaluator.evaluate(e, source)
            } catch {
                throw .action(rule: rule.name, cycle: cycle, message: error.message)
            }
        }
        func number(_ e: Expr, _ what: String) throws(EngineError) -> Double {
            let v = try value(e)
            guard let d = v.number else {
                throw .action(
                    rule: rule.name, cycle: cycle,
                    message: "\(what) must be a number, got '\(v.rendered(symbols, quoted: true))'")
            }
            return d
        }
        for action in rule.actions {
            switch action {
            case .assert(let template, let slotExprs):
                var slots: [Value] = []
                slots.reserveCapacity(slotExprs.count)
                for e in slotExprs { slots.append(try value(e)) }
                try checkSlots(template, slots, rule: rule.name)
                if supportLost { continue }
                _ = try assertFact(template: template, slots: slots, certainty: 1, support: support)
            case .retract(let level):
                if level < facts.count, let fact = facts[level] { retractFact(fact) }
            case .modify(let level, let changes):
                guard level < facts.count, let fact = facts[level], fact.isAlive else { continue }
                var slots = fact.slots
                for change in changes { slots[change.slot] = try value(change.value) }
                try checkSlots(fact.template, slots, rule: rule.name)
                let certainty = fact.certainty
                modifying = fact.id
                defer { modifying = nil }
                retractFact(fact)
                if supportLost {
                    if recordsChanges {
                        self.changes.append(
                            WorkingMemoryChange(
                                kind: .retract, factID: fact.id, replaces: nil,
                                cause: .rule(activation.rule, cycle: cycle)))
                    }
                    continue
                }
                _ = try assertFact(template: fact.template, slots: slots, certainty: certainty, support: support)
            case .conclude(let template, let valueExpr, let certaintyExpr, let because):
                let v = try value(valueExpr)
                let ruleCF = try number(certaintyExpr, "a certainty")
                guard ruleCF.isFinite, ruleCF >= -1, ruleCF <= 1 else {
                    throw .action(
                        rule: rule.name, cycle: cycle,
                        message: "a certainty must be a number from -1 to 1, got \(Value.format(ruleCF))")
                }
                let premise = facts.reduce(1.0) { min($0, $1?.certainty ?? 1) }
                try conclude(
                    template: template, value: v, ruleCF: ruleCF, premise: premise, rule: activation.rule,
                    because: because, bindings: boundValues(),
                    support: supportLost ? nil : support, supportLost: supportLost)
            case .score(let optionExpr, let criterionExpr, let pointsExpr, let because):
                let option = try value(optionExpr)
                let criterion = try value(criterionExpr)
                let points = try number(pointsExpr, "score points")
                let key = ScoreKey(option: option, criterion: criterion)
                let contribution = ScoreContribution(
                    firing: cycle, rule: activation.rule, points: points, because: because,
                    bindings: boundValues())
                beliefs.score(key, contribution)
            case .print(let parts):
                var line = ""
                for p in parts { line += try value(p).rendered(symbols) }
                output(line + "\n")
            case .halt:
                isHalted = true
            case .bind(let local, let e):
                let v = try value(e)
                if local == source.locals.count { source.locals.append(v) }
            }
        }
    }

    private func conclude(
        template: Int, value: Value, ruleCF: Double, premise: Double, rule: Int, because: Int?, bindings: [Value?],
        support: Token?, supportLost: Bool
    ) throws(EngineError) {
        // Under a logical support that went during this firing, a conclusion is not made (as an
        // assertion is not).
        if supportLost { return }
        let key = ConclusionKey(template: template, value: value)
        let added = Certainty.contribution(rule: ruleCF, premise: premise)
        if let support { network.truth.contributed(key, firing: cycle, support: support) }
        let (before, after) = beliefs.conclude(key, added: added) { before, after in
            Contribution(
                firing: cycle, rule: rule, ruleCertainty: ruleCF, premise: premise, certainty: added, before: before,
                after: after, because: because, bindings: bindings)
        }
        current?.concluded.append(ConclusionChange(template: template, value: value, before: before, after: after))
        // The belief as a fact: present while the combined certainty is positive (beyond rounding:
        // +0.5 and -0.5 combine to a few units in the last place, in either order).
        var slots = program.templates[template].slots.map(\.defaultValue)
        if slots.isEmpty { return }
        slots[0] = value
        let existing = memory.fact(FactKey(template: template, slots: slots))
        if after > Certainty.rounding {
            if let fact = existing {
                fact.certainty = after
                // Each contribution's support keeps the belief (a contribution without `logical` keeps it for good).
                network.truth.asserted(fact, support: support)
            } else {
                try assertBelief(key, slots: slots, certainty: after)
            }
        } else if let fact = existing {
            retractFact(fact)
        }
    }

    /// Asserts a belief's fact, kept by the support of every contribution it has (or for good when
    /// one of them was made without `logical`).
    private func assertBelief(_ key: ConclusionKey, slots: [Value], certainty: Double) throws(EngineError) {
        let contributions = beliefs.contributions(key)
        guard !contributions.isEmpty else { return }
        let supports = contributions.map { network.truth.support(of: key, firing: $0.firing) }
        let fact = try assertFact(
            template: key.template, slots: slots, certainty: certainty, support: supports.first ?? nil)
        for s in supports.dropFirst() { network.truth.asserted(fact, support: s) }
    }

    /// Takes back the contributions of `firing` to a conclusion (their logical support went) and
    /// combines the rest again, in the order they came; the belief's fact follows the new certainty.
    func withdraw(_ key: ConclusionKey, firing: Int) {
        guard let certainty = beliefs.withdraw(key, firing: firing) else { return }
        var slots = program.templates[key.template].slots.map(\.defaultValue)
        guard !slots.isEmpty else { return }
        slots[0] = key.value
        guard let fact = memory.fact(FactKey(template: key.template, slots: slots)) else {
            // Withdrawing a negative contribution can make a belief positive again.
            if certainty > Certainty.rounding { try? assertBelief(key, slots: slots, certainty: certainty) }
            return
        }
        if certainty > Certainty.rounding { fact.certainty = certainty } else { retractFact(fact) }
    }

    /// Refuses a value that does not fit its slot's type (a variable can carry any value at run time).
    private func checkSlots(_ template: Int, _ slots: [Value], rule: String) throws(EngineError) {
        if let problem = misfit(template, slots) { throw .action(rule: rule, cycle: cycle, message: problem) }
    }

    /// Fills `facts` with the facts of a complete match, by level (nil where none), keeping its
    /// capacity.
    static func matchedFacts(_ token: Token, into facts: inout [Fact?]) {
        facts.removeAll(keepingCapacity: true)
        let depth = token.depth
        for _ in 0..<depth { facts.append(nil) }
        var t: Token? = token
        while let x = t, x.pointee.depth > 0 {
            facts[x.depth - 1] = x.pointee.fact?.takeUnretainedValue()
            t = x.pointee.parent
        }
    }

    /// The number of levels covered by a rule's `logical` conditions.
    func logicalLevels(_ rule: Rule) -> Int { rule.logicalCount }

    static func bindings(_ rule: Rule, _ facts: [Fact?]) -> [Value?] {
        rule.variables.map { v in
            guard let slot = v.slot, v.level < facts.count, let f = facts[v.level] else { return nil }
            return f.slots[slot]
        }
    }
}
