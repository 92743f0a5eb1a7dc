/// The kinds of node below the alpha network.
enum BetaKind: Int, Hashable {
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

/// An alpha memory: the tests of one pattern on one fact, its fact indexes, and the nodes fed by
/// facts passing them (deepest first, so a fact that feeds two levels of one rule joins once).
final class AlphaMemory {
    let template: Int
    let tests: [AlphaTest]
    @exclusivity(unchecked) var successors: [Int] = []
    /// The fact indexes this memory fills.
    @exclusivity(unchecked) var indexes: [Int] = []

    init(template: Int, tests: [AlphaTest]) {
        self.template = template
        self.tests = tests
    }
}

/// A join test in the form the match loop runs fastest.
enum JoinCheck {
    /// `candidate.slot op fact(at: level).otherSlot`.
    case compare(CompareOperator, slot: Int, level: Int, otherSlot: Int)
    /// `candidate.slot in [fact(at: l1).s1, fact(at: l2).s2, …]` (or `not in`); the sources as
    /// (level, slot) pairs flattened.
    case member(slot: Int, sources: [Int], negated: Bool)
    /// Anything else, through the evaluator.
    case expression(Expr)

    init(_ e: Expr, level: Int) {
        if case .binary(let op, .slot(let l1, let s1), .slot(let l2, let s2)) = e, l1 == level, l2 < level,
            let compare = CompareOperator(op)
        {
            self = .compare(compare, slot: s1, level: l2, otherSlot: s2)
        } else if let (slot, sources, negated) = JoinCheck.membership(e, level: level) {
            self = .member(slot: slot, sources: sources, negated: negated)
        } else {
            self = .expression(e)
        }
    }

    /// `slot in [$a $b …]` as the compiler writes it (`0 or slot == a or slot == b …`, under `not`
    /// for `not in`), every value a slot of an earlier level: the slot and the sources.
    static func membership(_ e: Expr, level: Int) -> (slot: Int, sources: [Int], negated: Bool)? {
        var negated = false
        var e = e
        if case .unary(.not, let inner) = e {
            negated = true
            e = inner
        }
        var slot = -1
        var sources: [Int] = []
        func collect(_ e: Expr) -> Bool {
            switch e {
            case .binary(.or, let a, let b):
                return collect(a) && collect(b)
            case .constant(.integer(0)):
                return true
            case .binary(.equal, .slot(let l1, let s1), .slot(let l2, let s2)) where l1 == level && l2 < level:
                if slot >= 0 && slot != s1 { return false }
                slot = s1
                sources += [l2, s2]
                return true
            default:
                return false
            }
        }
        guard case .binary(.or, _, _) = e, collect(e), slot >= 0 else { return nil }
        return (slot, sources, negated)
    }
}

/// A consumer of a node's output tokens.
enum Output {
    /// Join nodes with the same join key: one token, stored once in their shared memory.
    case joins(JoinGroup)
    /// Any other node (`not`, `exists`, test, terminal): a token of its own.
    case node(Int)
}

/// Join children of one parent that compare the same earlier slots, so one index serves them all.
final class JoinGroup {
    /// The token memory they share.
    let memory: Int
    let leftLevels: [Int]
    let leftSlots: [Int]
    @exclusivity(unchecked) var joins: [Int] = []

    init(memory: Int, leftLevels: [Int], leftSlots: [Int]) {
        self.memory = memory
        self.leftLevels = leftLevels
        self.leftSlots = leftSlots
    }
}
