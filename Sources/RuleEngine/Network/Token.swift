/// A partial match: the fact matched at its level plus its parent, up to the root token.
///
/// Tokens form a tree: a token's children were built on it, and deleting a token deletes its subtree
/// (Doorenbos's tree-based removal). Memories drop dead tokens lazily.
final class Token {
    let parent: Token?
    /// The fact at this token's level, nil for `not`, `exists` and the root.
    let fact: Fact?
    /// The number of levels this token covers (0 for the root).
    let depth: Int
    private(set) var children: [Token] = []
    private var childrenCompactAt = 16
    var isAlive = true
    var activation: Activation?
    /// Activations of further rules that share this token (rules with identical conditions).
    var moreActivations: [Activation] = []
    /// Facts asserted under `logical` with this token as support.
    var dependents: [Fact] = []

    init(parent: Token?, fact: Fact?) {
        self.parent = parent
        self.fact = fact
        self.depth = (parent?.depth ?? -1) + 1
    }

    /// Records a token built on this one; drops dead children when the list has doubled.
    @inline(__always) func addChild(_ child: Token) {
        children.append(child)
        if children.count >= childrenCompactAt {
            children.removeAll { !$0.isAlive }
            childrenCompactAt = max(16, children.count * 2)
        }
    }

    /// Forgets the children (after they were deleted).
    func clearChildren() { children = [] }

    /// The fact matched at `level` (levels start at 0; the token's own fact is at `depth - 1`).
    @inline(__always) func fact(at level: Int) -> Fact? {
        var token = self
        var steps = depth - 1 - level
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
        var token: Token? = self
        while let t = token, t.depth > 0 {
            ids[t.depth - 1] = t.fact?.id ?? 0
            token = t.parent
        }
        return ids
    }
}

/// A token waiting in a `not` or `exists` node, with the number of facts that match it.
final class CountedEntry {
    let token: Token
    var count: Int
    /// The token passed down while the condition holds.
    var output: Token?

    init(token: Token, count: Int) {
        self.token = token
        self.count = count
    }
}

/// Something a memory can drop once it is dead.
protocol MemoryItem: AnyObject {
    var isLive: Bool { get }
}

extension Token: MemoryItem {
    var isLive: Bool { isAlive }
}

extension Fact: MemoryItem {
    var isLive: Bool { isAlive }
}

extension CountedEntry: MemoryItem {
    var isLive: Bool { token.isAlive }
}
