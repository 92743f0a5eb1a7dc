/// A partial match: the fact matched at its level plus its parent, up to a root token.
///
/// Every condition of a rule is one level, so a token of depth `d` covers conditions `0..<d`.
/// Each token sits in exactly one memory: the one shared by a group of join nodes with the same join
/// key, or that of a single `not`, `exists`, test or terminal node below the node that made it. So it
/// can carry that consumer's data: its place in the memory and, for `not` / `exists`, the count of
/// matching facts; at a terminal node it is the activation.
///
/// A token is a pointer to a record in the network's ``TokenPool``: making and deleting one costs
/// no allocation and no reference counting (the match loops make and delete millions). Records are
/// plain data; every link in them is non-owning. Tokens form a tree through `firstChild` /
/// `nextSibling`; deleting a token deletes its subtree (Doorenbos's tree-based removal), and its
/// record goes back to the pool with a new `generation`, so a holder that may outlive it (an agenda
/// entry, a firing's logical support) can tell that it is gone.
typealias Token = UnsafeMutablePointer<TokenRecord>

/// The data of one token. Only ``TokenPool`` makes and frees them.
struct TokenRecord {
    var parent: Token?
    /// The fact at this token's level, nil for `not`, `exists`, `test` and roots. Facts outlive
    /// their tokens: retracting a fact deletes its tokens first.
    var fact: Unmanaged<Fact>?
    /// The id of `fact`, or 0: read by the agenda without touching the fact.
    var factID: Int
    /// `fact`'s slot values (``Fact/values``), read by the match loops without touching the fact.
    var values: UnsafeMutablePointer<Value>?
    /// The number of levels this token covers.
    var depth: Int32
    /// For an `exists` node: the facts that match this token; for a `not` node: 1 while a fact
    /// blocks it (``blocker``), else 0.
    var count: Int32 = 0
    /// As an activation: the rule's index (-1 until the token reaches a terminal node). Its sort keys
    /// (salience, change stamp, specificity, random key) live in the agenda's heap entry.
    var rule: Int32 = -1
    /// Changes each time the record is freed.
    var generation: UInt32
    /// The consumer's left memory (-1: none).
    var memory: Int32 = -1
    /// For a `not` node, while facts match this token: the fact CLIPS says blocks it (the oldest of
    /// them; the low 32 bits of its id) and when it was put on that fact's list of blocked matches
    /// (``ReteNetwork``'s block clock), which decide the order in which retractions release matches.
    var blocker: UInt32 = 0
    var blockedAt: UInt32 = 0
    var isAlive = true
    /// Whether the activation waits on the agenda (false once fired or removed).
    var isQueued = false
    /// Whether facts asserted under `logical` name this token as support (kept by the network).
    var hasDependents = false
    /// How a `not` match got its block time (``BlockLists``): 0 alone, 1 with the other matches an
    /// assert blocked as they were made, 2 with those its new fact blocked.
    var blockTie: UInt8 = 0

    // The tree.
    var firstChild: Token?
    var nextSibling: Token?
    var previousSibling: Token?

    // The key of the token's bucket in its consumer's left memory, and its neighbours there.
    var memoryKey = 0
    var memoryNext: Token?
    var memoryPrevious: Token?

    // The list of tokens whose own fact is `fact`.
    var factNext: Token?
    var factPrevious: Token?

    init(parent: Token?, fact: Fact?, depth: Int32, generation: UInt32) {
        self.parent = parent
        self.fact = fact.map { Unmanaged.passUnretained($0) }
        self.factID = fact?.id ?? 0
        self.values = fact?.values
        self.depth = depth
        self.generation = generation
    }
}

/// The storage of tokens: records in blocks that never move, reused through a free list.
final class TokenPool {
    @exclusivity(unchecked) private var blocks: [Token] = []
    @exclusivity(unchecked) private var used = TokenPool.blockSize
    @exclusivity(unchecked) private var free: Token?
    /// The most blocks of records (``RunLimits/maxTokens`` rounded up to blocks); past it
    /// `isOverLimit` is set. Checked only when a block is added: reused records cost nothing.
    @exclusivity(unchecked) var blockLimit = Int.max
    /// Set when the records in use would need more than `blockLimit` blocks.
    @exclusivity(unchecked) private(set) var isOverLimit = false
    static let blockSize = 4096

    /// A new token with `fact` at its level, linked under `parent` and into the fact's list.
    @inline(__always) func make(parent: Token?, fact: Fact?) -> Token {
        let depth = (parent?.pointee.depth ?? -1) + 1
        let token: Token
        if let f = free {
            token = f
            free = f.pointee.nextSibling
            token.pointee = TokenRecord(parent: parent, fact: fact, depth: depth, generation: f.pointee.generation)
        } else {
            if used == TokenPool.blockSize {
                if blocks.count >= blockLimit { isOverLimit = true }
                // Aligned to a cache line: a record (128 bytes) then spans two lines, never three.
                let raw = UnsafeMutableRawPointer.allocate(
                    byteCount: TokenPool.blockSize * MemoryLayout<TokenRecord>.stride,
                    alignment: max(64, MemoryLayout<TokenRecord>.alignment))
                blocks.append(raw.bindMemory(to: TokenRecord.self, capacity: TokenPool.blockSize))
                used = 0
            }
            token = blocks[blocks.count - 1] + used
            used += 1
            token.initialize(to: TokenRecord(parent: parent, fact: fact, depth: depth, generation: 0))
        }
        if let parent {
            token.pointee.nextSibling = parent.pointee.firstChild
            parent.pointee.firstChild?.pointee.previousSibling = token
            parent.pointee.firstChild = token
        }
        fact?.link(token)
        return token
    }

    /// Returns a deleted token's record for reuse.
    @inline(__always) func release(_ token: Token) {
        token.pointee.generation &+= 1
        token.pointee.isAlive = false
        token.pointee.isQueued = false
        token.pointee.nextSibling = free
        free = token
    }

    /// Forgets every record (no token may be held past this): the first block is kept for the
    /// next run, the others are let go.
    func removeAll() {
        for block in blocks.dropFirst() { UnsafeMutableRawPointer(block).deallocate() }
        if blocks.count > 1 { blocks.removeSubrange(1...) }
        used = blocks.isEmpty ? TokenPool.blockSize : 0
        free = nil
        isOverLimit = false
    }

    deinit {
        for block in blocks { UnsafeMutableRawPointer(block).deallocate() }
    }
}

extension UnsafeMutablePointer where Pointee == TokenRecord {
    /// The rule of an activation.
    var rule: Int { Int(pointee.rule) }
    /// The number of levels this token covers.
    var depth: Int { Int(pointee.depth) }

    /// Takes this token out of its parent's children.
    func unlinkFromParent() {
        let next = pointee.nextSibling
        let previous = pointee.previousSibling
        if let next { next.pointee.previousSibling = previous }
        if let previous {
            previous.pointee.nextSibling = next
        } else if let parent = pointee.parent, parent.pointee.firstChild == self {
            parent.pointee.firstChild = next
        }
        pointee.previousSibling = nil
        pointee.nextSibling = nil
    }

    /// The token whose own level is `level` (levels start at 0; the token's own is `depth - 1`):
    /// this one or an ancestor.
    @inline(__always) func token(at level: Int) -> Token? {
        var steps = Int(pointee.depth) - 1 - level
        var token = self
        while steps > 0 {
            guard let up = token.pointee.parent else { return nil }
            token = up
            steps -= 1
        }
        return token
    }

    /// The fact matched at `level`, nil where none is bound.
    @inline(__always) func fact(at level: Int) -> Fact? { token(at: level)?.pointee.fact?.takeUnretainedValue() }

    /// The slot values of the fact matched at `level`, nil where none is bound.
    @inline(__always) func values(at level: Int) -> UnsafeMutablePointer<Value>? { token(at: level)?.pointee.values }

    /// The ancestor covering exactly `depth` levels (self when equal).
    func ancestor(depth target: Int) -> Token {
        var token = self
        while token.pointee.depth > target, let up = token.pointee.parent { token = up }
        return token
    }

    /// The fact ids by level, 0 where no fact is bound.
    var factIDs: [Int] {
        var ids = [Int](repeating: 0, count: depth)
        var token = self
        while token.pointee.depth > 0 {
            ids[Int(token.pointee.depth) - 1] = token.pointee.factID
            guard let up = token.pointee.parent else { break }
            token = up
        }
        return ids
    }

    /// The matched fact ids of an activation, by level.
    var activationFactIDs: [Int] { factIDs }
}

/// The left memory of a node: tokens bucketed by the hash of their join key, removed eagerly. Join
/// nodes under the same parent with the same join key share one memory (and so one token each).
/// A bucket is the ends of an intrusive list through the tokens, oldest first, so storing and
/// removing a token allocates nothing. Memories live in their network's buffer; a token names its
/// own by index.
///
/// The buckets are one open-addressing table (linear probing, backward-shift deletion) of key and
/// list ends side by side, so finding a bucket reads one slot, and the table is plain memory owned by
/// the memory (noncopyable, so nothing else can hold it): no copy-on-write check, no reference count.
struct TokenMemory: ~Copyable {
    private struct Slot {
        var key: Int
        /// nil: the slot is empty.
        var head: Token?
        var tail: Token?
    }

    private var head: Token?
    private var tail: Token?
    private var table: UnsafeMutablePointer<Slot>?
    private var mask = 0
    private var count = 0
    let hashed: Bool

    init(hashed: Bool) { self.hashed = hashed }

    deinit { table?.deallocate() }

    /// Forgets every token, keeping a small table for the next run.
    mutating func removeAll() {
        head = nil
        tail = nil
        count = 0
        guard let table else { return }
        if mask < 64 {
            for i in 0...mask { table[i].head = nil }
        } else {
            table.deallocate()
            self.table = nil
            mask = 0
        }
    }

    @inline(__always) private static func home(_ key: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    /// The first token of the bucket for `key`, oldest first; follow `memoryNext`.
    @inline(__always) func first(_ key: Int) -> Token? {
        guard hashed else { return head }
        guard let table else { return nil }
        var i = TokenMemory.home(key, mask)
        while let first = table[i].head {
            if table[i].key == key { return first }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insert(_ token: Token, key: Int, index: Int) {
        token.pointee.memory = Int32(index)
        token.pointee.memoryKey = key
        token.pointee.memoryNext = nil
        guard hashed else {
            token.pointee.memoryPrevious = tail
            if let tail { tail.pointee.memoryNext = token } else { head = token }
            tail = token
            return
        }
        let table = self.table ?? allocate(8)
        var i = TokenMemory.home(key, mask)
        while table[i].head != nil {
            if table[i].key == key, let last = table[i].tail {
                token.pointee.memoryPrevious = last
                last.pointee.memoryNext = token
                table[i].tail = token
                return
            }
            i = (i + 1) & mask
        }
        token.pointee.memoryPrevious = nil
        table[i] = Slot(key: key, head: token, tail: token)
        count += 1
        if count * 4 > (mask + 1) * 3 { grow(table) }
    }

    /// Takes `token` out of its bucket; only a token at an end of its list touches the table.
    mutating func remove(_ token: Token) {
        let next = token.pointee.memoryNext
        let previous = token.pointee.memoryPrevious
        previous?.pointee.memoryNext = next
        next?.pointee.memoryPrevious = previous
        token.pointee.memoryNext = nil
        token.pointee.memoryPrevious = nil
        token.pointee.memory = -1
        guard previous == nil || next == nil else { return }
        guard hashed else {
            if previous == nil { head = next }
            if next == nil { tail = previous }
            return
        }
        guard let table else { return }
        let key = token.pointee.memoryKey
        var i = TokenMemory.home(key, mask)
        while table[i].head != nil {
            if table[i].key == key { break }
            i = (i + 1) & mask
        }
        guard table[i].head != nil else { return }
        if previous != nil || next != nil {
            if previous == nil { table[i].head = next }
            if next == nil { table[i].tail = previous }
            return
        }
        // The bucket is empty: free its slot, shifting later entries of the probe run back into the
        // hole when they belong before it.
        table[i].head = nil
        count -= 1
        var hole = i
        var j = (i + 1) & mask
        while table[j].head != nil {
            let home = TokenMemory.home(table[j].key, mask)
            if (hole - home) & mask < (j - home) & mask {
                table[hole] = table[j]
                table[j].head = nil
                hole = j
            }
            j = (j + 1) & mask
        }
    }

    private mutating func allocate(_ size: Int) -> UnsafeMutablePointer<Slot> {
        let fresh = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        fresh.initialize(repeating: Slot(key: 0, head: nil, tail: nil), count: size)
        table = fresh
        mask = size - 1
        return fresh
    }

    private mutating func grow(_ old: UnsafeMutablePointer<Slot>) {
        let oldSize = mask + 1
        let fresh = allocate(oldSize * 2)
        for i in 0..<oldSize where old[i].head != nil {
            var j = TokenMemory.home(old[i].key, mask)
            while fresh[j].head != nil { j = (j + 1) & mask }
            fresh[j] = old[i]
        }
        old.deallocate()
    }
}

extension Fact {
    /// Adds a token to this fact's list of tokens (those whose own fact this is).
    @inline(__always) func link(_ token: Token) {
        token.pointee.factNext = firstToken
        firstToken?.pointee.factPrevious = token
        firstToken = token
    }

    /// Removes a token from this fact's list.
    @inline(__always) func unlink(_ token: Token) {
        let next = token.pointee.factNext
        let previous = token.pointee.factPrevious
        if let previous { previous.pointee.factNext = next } else if firstToken == token { firstToken = next }
        if let next { next.pointee.factPrevious = previous }
        token.pointee.factNext = nil
        token.pointee.factPrevious = nil
    }
}
