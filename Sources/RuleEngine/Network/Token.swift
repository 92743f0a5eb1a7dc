/// A partial match: the fact matched at its level plus its parent, up to a root token.
///
/// Every condition of a rule is one level, so a token of depth `d` covers conditions `0..<d`.
/// Each token sits in exactly one memory: the one shared by a group of join nodes with the same join
/// key, or that of a single `not`, `exists`, test or terminal node below the node that made it. So it
/// can carry that consumer's data: its place in the memory and, for `not` / `exists`, the count of
/// matching facts; at a terminal node it is the activation.
///
/// Tokens form a tree owned through `firstChild` / `nextSibling`; deleting a token deletes its
/// subtree (Doorenbos's tree-based removal). The other links are non-owning and are always unlinked
/// before a token is released, so they never dangle.
final class Token {
    let parent: Token?
    /// The fact at this token's level, nil for `not`, `exists`, `test` and roots.
    let fact: Fact?
    /// The id of `fact`, or 0: read by the agenda without touching the fact.
    let factID: Int
    /// The number of levels this token covers.
    let depth: Int
    var isAlive = true
    /// For a `not` / `exists` node: the facts that match this token.
    var count = 0
    /// Facts asserted under `logical` with this token as support.
    var dependents: [Fact] = []

    // As an activation: a token that reached a rule's terminal node is the rule instance on the agenda.
    /// The rule's index (-1 until the token reaches a terminal node). Its sort keys (salience, change
    /// stamp, specificity, random key) live in the agenda's heap entry.
    var rule = -1
    /// Whether the activation waits on the agenda (false once fired or removed).
    var isQueued = false
    /// The matched fact ids by level (0 where no fact is bound), made when first needed.
    private(set) lazy var activationFactIDs: [Int] = factIDs

    // The tree (owning).
    private(set) var firstChild: Token?
    private var nextSibling: Token?
    private unowned(unsafe) var previousSibling: Token?

    // The consumer's left memory (non-owning).
    unowned(unsafe) var bucket: TokenBucket?
    unowned(unsafe) var memoryNext: Token?
    unowned(unsafe) var memoryPrevious: Token?

    // The list of tokens whose own fact is `fact` (non-owning).
    unowned(unsafe) var factNext: Token?
    unowned(unsafe) var factPrevious: Token?

    init(parent: Token?, fact: Fact?) {
        self.parent = parent
        self.fact = fact
        self.factID = fact?.id ?? 0
        self.depth = (parent?.depth ?? -1) + 1
        if let parent {
            nextSibling = parent.firstChild
            parent.firstChild?.previousSibling = self
            parent.firstChild = self
        }
        fact?.link(self)
    }

    /// Releases the children one by one, so a long sibling list is not released recursively.
    deinit {
        var child = firstChild
        firstChild = nil
        while let c = child {
            child = c.nextSibling
            c.nextSibling = nil
        }
    }

    /// A root token: depth 0, no parent.
    init() {
        parent = nil
        fact = nil
        factID = 0
        depth = 0
    }

    /// Takes this token out of its parent's children (which may release it).
    func unlinkFromParent() {
        if let next = nextSibling { next.previousSibling = previousSibling }
        if let previous = previousSibling {
            previous.nextSibling = nextSibling
        } else if let parent, parent.firstChild === self {
            parent.firstChild = nextSibling
        }
        previousSibling = nil
        nextSibling = nil
    }

    /// The fact matched at `level` (levels start at 0; the token's own fact is at `depth - 1`).
    /// Walks up without reference counting: every ancestor is kept alive by its descendants.
    @inline(__always) func fact(at level: Int) -> Fact? {
        var steps = depth - 1 - level
        if steps == 0 { return fact }
        unowned(unsafe) var token: Token = self
        while steps > 0 {
            guard let up = token.parent else { return nil }
            token = up
            steps -= 1
        }
        return token.fact
    }

    /// The ancestor covering exactly `depth` levels (self when equal).
    func ancestor(depth target: Int) -> Token {
        var token = self
        while token.depth > target, let up = token.parent { token = up }
        return token
    }

    /// The fact ids by level, 0 where no fact is bound.
    var factIDs: [Int] {
        var ids = [Int](repeating: 0, count: depth)
        unowned(unsafe) var token: Token = self
        while token.depth > 0 {
            ids[token.depth - 1] = token.factID
            guard let up = token.parent else { break }
            token = up
        }
        return ids
    }
}

/// One bucket of a token memory: an intrusive list of tokens, oldest first.
final class TokenBucket {
    let key: Int
    unowned(unsafe) let memory: TokenMemory
    unowned(unsafe) var head: Token?
    unowned(unsafe) var tail: Token?

    init(key: Int, memory: TokenMemory) {
        self.key = key
        self.memory = memory
    }

    var isEmpty: Bool { head == nil }

    func append(_ token: Token) {
        token.bucket = self
        token.memoryPrevious = tail
        token.memoryNext = nil
        if let t = tail { t.memoryNext = token } else { head = token }
        tail = token
    }

    func remove(_ token: Token) {
        if let p = token.memoryPrevious { p.memoryNext = token.memoryNext } else { head = token.memoryNext }
        if let n = token.memoryNext { n.memoryPrevious = token.memoryPrevious } else { tail = token.memoryPrevious }
        token.memoryNext = nil
        token.memoryPrevious = nil
        token.bucket = nil
    }
}

/// The left memory of a node: tokens bucketed by the hash of their join key, removed eagerly. Join
/// nodes under the same parent with the same join key share one memory (and so one token each).
final class TokenMemory {
    private var single: TokenBucket?
    private var buckets = IntMap<TokenBucket>()
    let hashed: Bool

    init(hashed: Bool) { self.hashed = hashed }

    /// The first token of the bucket for `key`, oldest first; follow `memoryNext`.
    @inline(__always) func first(_ key: Int) -> Token? {
        hashed ? buckets[key]?.head : single?.head
    }

    func insert(_ token: Token, key: Int) {
        if !hashed {
            if single == nil { single = TokenBucket(key: 0, memory: self) }
            single?.append(token)
            return
        }
        if let b = buckets[key] {
            b.append(token)
        } else {
            let b = TokenBucket(key: key, memory: self)
            buckets.set(key, b)
            b.append(token)
        }
    }

    func remove(_ token: Token) {
        guard let b = token.bucket else { return }
        b.remove(token)
        if hashed && b.isEmpty { buckets.set(b.key, nil) }
    }
}

extension Fact {
    /// Adds a token to this fact's list of tokens (those whose own fact this is).
    @inline(__always) func link(_ token: Token) {
        token.factNext = firstToken
        firstToken?.factPrevious = token
        firstToken = token
    }

    /// Removes a token from this fact's list.
    @inline(__always) func unlink(_ token: Token) {
        if let p = token.factPrevious { p.factNext = token.factNext } else if firstToken === token { firstToken = token.factNext }
        if let n = token.factNext { n.factPrevious = token.factPrevious }
        token.factNext = nil
        token.factPrevious = nil
    }
}

/// Something a fact memory can drop once it is dead.
protocol MemoryItem: AnyObject {
    var isLive: Bool { get }
}

extension Fact: MemoryItem {
    var isLive: Bool { isAlive }
}
