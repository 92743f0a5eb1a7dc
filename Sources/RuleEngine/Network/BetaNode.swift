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

/// A node of the beta network. Join, `not` and `exists` nodes keep their left input (tokens) and right
/// input (facts from their alpha memory), both hashed on the equality tests' values.
final class BetaNode {
    let id: Int
    let kind: BetaKind
    /// The level this node binds (join, not, exists); for a test node, the number of levels above it.
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

    var leftTokens = HashMemory<Token>()
    var entries = HashMemory<CountedEntry>()
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
    }

    /// The key of a token: the values its equality tests compare.
    @inline(__always) func leftKey(_ token: Token) -> Int {
        if leftLevels.isEmpty { return 0 }
        if leftLevels.count == 1 {
            return token.fact(at: leftLevels[0]).map { joinKey(CollectionOfOne($0.slots[leftSlots[0]])) } ?? 0
        }
        var values: [Value] = []
        values.reserveCapacity(leftLevels.count)
        for i in leftLevels.indices {
            if let f = token.fact(at: leftLevels[i]) { values.append(f.slots[leftSlots[i]]) }
        }
        return joinKey(values)
    }

    /// The key of a fact: the values of the slots the equality tests compare.
    @inline(__always) func rightKey(_ fact: Fact) -> Int {
        if rightSlots.isEmpty { return 0 }
        if rightSlots.count == 1 { return joinKey(CollectionOfOne(fact.slots[rightSlots[0]])) }
        return joinKey(rightSlots.map { fact.slots[$0] })
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
