/// The facts in working memory: by id (ids are never reused; a retracted fact leaves an empty
/// place), by content (a fact asserted twice is the one fact), and how many are live. The engine
/// changes it only through ``add(_:)`` and ``remove(_:)``, which keep the three in step.
struct WorkingMemory {
    /// Index `id`: the live fact with that id, nil once it is retracted (index 0 is never used).
    private(set) var byID: [Fact?] = [nil]
    private var byContent: [FactKey: Fact] = [:]
    /// The number of live facts.
    private(set) var count = 0

    /// The id the next new fact gets.
    var nextID: Int { byID.count }

    /// The live fact with `id`, nil for a retracted or unknown one.
    @inline(__always) func fact(_ id: Int) -> Fact? { id > 0 && id < byID.count ? byID[id] : nil }

    /// The live fact with this content, if any.
    @inline(__always) func fact(_ key: FactKey) -> Fact? { byContent[key] }

    /// The live facts, oldest first.
    var live: [Fact] { byID.compactMap { $0 } }

    /// Adds a new fact (its id is ``nextID``, its content not yet in memory).
    @inline(__always) mutating func add(_ fact: Fact, key: FactKey) {
        byID.append(fact)
        byContent[key] = fact
        count += 1
    }

    /// Removes a live fact.
    @inline(__always) mutating func remove(_ fact: Fact) {
        byID[fact.id] = nil
        byContent[FactKey(template: fact.template, slots: fact.slots)] = nil
        count -= 1
    }

    /// What is wrong with the bookkeeping: each live fact at its id, alive, and the indexed fact for
    /// its content; the count and the index the size of the live facts. Empty when sound.
    func violations() -> [String] {
        var problems: [String] = []
        var live = 0
        for (i, slot) in byID.enumerated() {
            guard let fact = slot else { continue }
            live += 1
            if fact.id != i { problems.append("f-\(fact.id) sits at index \(i)") }
            if !fact.isAlive { problems.append("f-\(fact.id) is in the fact table but retracted") }
            if byContent[FactKey(template: fact.template, slots: fact.slots)] !== fact {
                problems.append("f-\(fact.id) is not the indexed fact for its content")
            }
        }
        if live != count { problems.append("\(live) live facts, counted \(count)") }
        if byContent.count != live { problems.append("\(byContent.count) indexed facts for \(live) live ones") }
        return problems
    }
}

/// A fact's content as a dictionary key, so an equal fact is never asserted twice.
struct FactKey: Hashable {
    let template: Int
    let slots: [Value]

    func hash(into hasher: inout Hasher) {
        var h = JoinKeyHasher()
        h.add(.integer(template))
        for v in slots { h.add(v) }
        hasher.combine(h.value)
    }
}
