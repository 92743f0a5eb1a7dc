/// The kinds of node below the alpha network.
enum BetaKind: Hashable {
    case join, negative, exists, test, terminal
}

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
}

/// A node of the beta network. Join, `not` and `exists` nodes keep their left input (tokens, removed
/// eagerly) and right input (facts from their alpha memory, removed lazily), both hashed on the values
/// their equality tests compare.
final class BetaNode {
    let id: Int
    let kind: BetaKind
    /// The level this node binds: its condition's index in the rule.
    let level: Int
    let alpha: Int
    let rightSlots: [Int]
    let leftLevels: [Int]
    let leftSlots: [Int]
    let predicates: [Expr]
    let test: Expr?
    /// For a terminal, the rule's index.
    let rule: Int
    var children: [Int] = []

    var leftTokens: LeftMemory
    var rightFacts = HashMemory<Fact>()

    /// Work counters for the regression guard: join attempts and tokens built.
    var joinAttempts = 0
    var tokensBuilt = 0

    init(id: Int, kind: BetaKind, level: Int, signature: NodeSignature, rule: Int) {
        self.id = id
        self.kind = kind
        self.level = level
        self.alpha = signature.alpha
        self.rightSlots = signature.rightSlots
        self.leftLevels = signature.leftLevels
        self.leftSlots = signature.leftSlots
        self.predicates = signature.predicates
        self.test = signature.test
        self.rule = rule
        self.leftTokens = LeftMemory(hashed: !signature.leftLevels.isEmpty)
    }

    /// The key of a token: the values its equality tests compare.
    @inline(__always) func leftKey(_ token: Token) -> Int {
        if leftLevels.isEmpty { return 0 }
        if leftLevels.count == 1 {
            return token.fact(at: leftLevels[0]).map { joinKey(CollectionOfOne($0.slots[leftSlots[0]])) } ?? 0
        }
        var h = JoinKeyHasher()
        for i in leftLevels.indices {
            if let f = token.fact(at: leftLevels[i]) { h.add(f.slots[leftSlots[i]]) }
        }
        return h.value
    }

    /// The key of a fact: the values of the slots the equality tests compare.
    @inline(__always) func rightKey(_ fact: Fact) -> Int {
        if rightSlots.isEmpty { return 0 }
        var h = JoinKeyHasher()
        for s in rightSlots { h.add(fact.slots[s]) }
        return h.value
    }

    /// Whether the equality tests hold exactly (the hash may collide).
    @inline(__always) func keysEqual(_ token: Token, _ fact: Fact) -> Bool {
        for i in rightSlots.indices {
            guard let other = token.fact(at: leftLevels[i]) else { return false }
            if other.slots[leftSlots[i]] != fact.slots[rightSlots[i]] { return false }
        }
        return true
    }
}

/// An alpha memory: the tests of one pattern on one fact, and the nodes fed by facts passing them.
final class AlphaMemory {
    let template: Int
    let tests: [AlphaTest]
    var successors: [Int] = []

    init(template: Int, tests: [AlphaTest]) {
        self.template = template
        self.tests = tests
    }
}
