extension Engine {
    /// Asserts a fact (or adds support to the equal fact already present) and propagates it.
    /// `recycling`: a retracted fact that nothing else holds, used again when it has the new
    /// fact's id and content (an initial fact of the last reset).
    func assertFact(
        template: Int, slots: [Value], certainty: Double, support: Token?, recycling: Fact? = nil
    ) throws(EngineError) -> Fact {
        let key = FactKey(template: template, slots: slots)
        if let existing = memory.fact(key) {
            network.truth.asserted(existing, support: support)
            return existing
        }
        if memory.count >= limits.maxFacts { throw .factLimit(limit: limits.maxFacts, last: recent) }
        let fact: Fact
        if let old = recycling, old.id == memory.nextID, old.template == template, old.slots == slots {
            old.revive(certainty: certainty)
            fact = old
        } else {
            fact = Fact(id: memory.nextID, template: template, slots: slots, certainty: certainty)
        }
        memory.add(fact)
        stats.factsAsserted += 1
        if memory.count > stats.peakFacts { stats.peakFacts = memory.count }
        network.truth.asserted(fact, support: support)
        if recordsChanges {
            record(modifying == nil ? .assert : .modify, fact.id, replaces: modifying, logical: support != nil)
        }
        current?.asserted.append(fact.id)
        watcher?(.factAsserted(fact.snapshot))
        network.stamp += 1
        network.assertFact(fact)
        drainUnsupported()
        return fact
    }

    /// Retracts a fact and everything that matched it; facts left without logical support follow.
    func retractFact(_ fact: Fact, lostSupport: Bool = false) {
        guard fact.isAlive else { return }
        if recordsChanges && modifying != fact.id {
            changes.append(
                WorkingMemoryChange(
                    kind: .retract, factID: fact.id, replaces: nil,
                    cause: lostSupport ? .lostSupport : cause(logical: false)))
        }
        fact.isAlive = false
        memory.remove(fact)
        stats.factsRetracted += 1
        current?.retracted.append(fact.id)
        watcher?(.factRetracted(fact.snapshot))
        network.stamp += 1
        network.retractFact(fact)
        network.truth.retracted(fact)
        drainUnsupported()
    }

    private func drainUnsupported() {
        while true {
            if let fact = network.truth.nextUnsupported() {
                retractFact(fact, lostSupport: true)
            } else if let (key, firing) = network.truth.nextWithdrawn() {
                withdraw(key, firing: firing)
            } else {
                return
            }
        }
    }

    private func cause(logical: Bool) -> WorkingMemoryChange.Cause {
        guard let firing = firingNow else { return .external }
        return logical ? .logical(firing.rule, cycle: firing.cycle) : .rule(firing.rule, cycle: firing.cycle)
    }

    private func record(_ kind: WorkingMemoryChange.Kind, _ id: Int, replaces: Int?, logical: Bool) {
        changes.append(WorkingMemoryChange(kind: kind, factID: id, replaces: replaces, cause: cause(logical: logical)))
    }

    /// What is wrong with working memory's bookkeeping: live facts against the fact table and the
    /// duplicate index, and truth maintenance's supports and dependents. Empty when sound; tests
    /// call it after every step.
    public func checkInvariants() -> [String] {
        memory.violations() + network.truth.violations(live: memory.live)
    }
}
