/// A node of the beta network, as compiled (it never changes once the network is built). Join, `not`
/// and `exists` nodes read their left input (tokens, removed eagerly) and right input (facts from
/// their alpha memory, removed lazily), both hashed on the values their equality tests compare, from
/// the memories of the engine running them (``ReteNetwork``), by index.
final class BetaNode {
    let id: Int
    let kind: BetaKind
    /// The node above, or -1 for a node at the top of its rules.
    let parent: Int
    /// The level this node binds: its condition's index in the rule.
    let level: Int
    let alpha: Int
    let rightSlots: [Int]
    let leftLevels: [Int]
    let leftSlots: [Int]
    /// The join tests other than hashed equality, with `slot op earlier-slot` comparisons taken out
    /// of the evaluator.
    let checks: [JoinCheck]
    let test: Expr?
    /// See ``NodeSignature/probeSlot``.
    let probeSlot: Int
    let probeSources: [Int]
    /// For a terminal, the rule's index.
    let rule: Int
    @exclusivity(unchecked) var children: [Int] = []

    /// The token memory where tokens wait here for facts (shared with sibling joins that have the
    /// same join key), or -1.
    @exclusivity(unchecked) var memory = -1
    /// Where this node's output goes: groups of join children sharing one memory, or single nodes.
    @exclusivity(unchecked) var outputs: [Output] = []
    /// The fact index of the alpha memory's facts hashed on `rightSlots` (shared by every node on the
    /// same alpha memory with the same slots, and filled before any node is activated), or -1.
    @exclusivity(unchecked) var factIndex = -1

    init(id: Int, kind: BetaKind, level: Int, signature: NodeSignature, rule: Int) {
        self.id = id
        self.kind = kind
        self.parent = signature.parent
        self.level = level
        self.alpha = signature.alpha
        self.rightSlots = signature.rightSlots
        self.leftLevels = signature.leftLevels
        self.leftSlots = signature.leftSlots
        self.checks = signature.predicates.map { JoinCheck($0, level: level) }
        self.test = signature.test
        self.probeSlot = signature.probeSlot
        self.probeSources = signature.probeSources
        self.rule = rule
    }
}
