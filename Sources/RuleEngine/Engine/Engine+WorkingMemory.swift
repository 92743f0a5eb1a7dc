extension Engine {
    /// Asserts a fact (or adds support to the equal fact already present) and propagates it.
    func assertFact(template: Int, slots: [Value], certainty: Double, support: Token?) throws(EngineError) -> Fact {
        let key = FactKey(template: template, slots: slots)
        if let existing = duplicates[key] {
            if let support {
                if !existing.unconditional {
                    existing.supports.append(support)
                    network.addDependent(existing, to: support)
                }
            } else {
                existing.unconditional = true
                existing.supports = []
            }
            return existing
        }
        if liveFacts >= limits.maxFacts { throw .factLimit(limit: limits.maxFacts, last: recent) }
        let fact = Fact(id: factsByID.count, template: template, slots: slots, certainty: certainty)
        factsByID.append(fact)
        duplicates[key] = fact
        liveFacts += 1
        stats.factsAsserted += 1
        if liveFacts > stats.peakFacts { stats.peakFacts = liveFacts }
        if let support {
            fact.supports = [support]
            network.addDependent(fact, to: support)
        } else {
            fact.unconditional = true
        }
        current?.asserted.append(fact.id)
        watcher?(.factAsserted(fact.snapshot))
        network.stamp += 1
        network.assertFact(fact)
        drainUnsupported()
        return fact
    }

    /// Retracts a fact and everything that matched it; facts left without logical support follow.
    func retractFact(_ fact: Fact) {
        guard fact.isAlive else { return }
        fact.isAlive = false
        factsByID[fact.id] = nil
        duplicates[FactKey(template: fact.template, slots: fact.slots)] = nil
        liveFacts -= 1
        stats.factsRetracted += 1
        current?.retracted.append(fact.id)
        watcher?(.factRetracted(fact.snapshot))
        network.stamp += 1
        network.retractFact(fact)
        fact.supports = []
        drainUnsupported()
    }

    private func drainUnsupported() {
        while let fact = network.unsupported.popLast() {
            if fact.isAlive && fact.supports.isEmpty && !fact.unconditional { retractFact(fact) }
        }
    }
}
