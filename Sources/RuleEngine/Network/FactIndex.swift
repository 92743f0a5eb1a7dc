/// The facts of an alpha memory hashed on some slots, for the joins that compare those slots.
struct FactIndex: ~Copyable {
    let slots: [Int]
    var memory = FactMemory()

    init(slots: [Int]) { self.slots = slots }

    /// The key of a fact under this index.
    @inline(__always) func key(_ fact: Fact) -> Int {
        if slots.isEmpty { return 0 }
        var h = JoinKeyHasher()
        for s in slots { h.add(fact.values[s]) }
        return h.value
    }
}
