/// What makes two nodes the same, so rules with a common prefix share it.
struct NodeSignature: Hashable {
    let kind: BetaKind
    let parent: Int
    let alpha: Int
    let rightSlots: [Int]
    let leftLevels: [Int]
    let leftSlots: [Int]
    let predicates: [Expr]
    let test: Expr?
    /// A `slot: in [$a $b …]` test among `predicates` that the node looks up in its fact index, one
    /// bucket per value, instead of reading every fact with the node's key (-1: none); the slots
    /// holding the values, as (level, slot) pairs flattened.
    var probeSlot = -1
    var probeSources: [Int] = []

    /// Hashes the shape only (equality still compares everything): hashing the predicates' and
    /// the test's expression trees cost a sixth of building a large network.
    /// The numbers are mixed into one word first, so the standard hasher runs once per signature.
    func hash(into hasher: inout Hasher) {
        var h = JoinKeyHasher()
        func add(_ list: [Int]) {
            h.add(.integer(list.count))
            for n in list { h.add(.integer(n)) }
        }
        h.add(.integer(kind.rawValue))
        h.add(.integer(parent))
        h.add(.integer(alpha))
        add(rightSlots)
        add(leftLevels)
        add(leftSlots)
        h.add(.integer(predicates.count))
        h.add(.integer(test == nil ? 0 : 1))
        h.add(.integer(probeSlot))
        hasher.combine(h.value)
    }
}
