/// How CLIPS 6.30 orders the activations that one change makes.
///
/// CLIPS sends a new fact through its pattern network to each alpha memory it matches, the memory
/// made last first, and from each memory to the joins it feeds, the join made last first (both
/// lists grow at the front). An alpha memory there is a pattern's constant tests together with the
/// slots its joins hash on (the slots compared with earlier variables), so two patterns that differ
/// only in those slots have memories of their own, and a memory gets the fact only when the walk
/// reaches it. From each join the walk goes depth first through the partial matches there and, for
/// each, through the join's children (the child added last first). Under `depth` each new
/// activation goes on top, so activations fire in the reverse of the walk.
///
/// The agenda does not replay the walk; it compares two activations of one change by where their
/// walks part:
/// - where they entered: the join through the earlier-made alpha memory first, then the join made
///   first. A fact that matches several patterns of one match entered at the pattern whose memory
///   the walk reached last (the others already held the fact when the walk went down from there);
/// - at the entry join, the partial matches waiting there: CLIPS goes through its beta memories
///   newest first (they grow at the front; so does the list of matches a fact blocks in a `not`),
///   so the partial match made first fires first;
/// - below it, a fact at a shared level (CLIPS goes through alpha memories oldest first, so the
///   newer fact fires first), or the child taken where the paths split (the one the earlier rule
///   goes through first).
///
/// A `test` condition belongs to the join before it, as in CLIPS, where it is part of that join's
/// network test: two rules that share a join but only one of which tests after it do not share it.
struct ChangeOrder {
    /// Per rule, per level: the identity of the node at that level (with any test after it), and
    /// one more entry for the rule's own end.
    private let paths: [[Int32]]
    /// Per identity: the first rule through it.
    private let firstRule: [Int32]
    /// Per rule, per level: the node id (for the entry node of a change).
    private let nodePaths: [[Int32]]
    /// Per node id: its level, and the rank of its alpha memory as CLIPS would make it (by when
    /// it was made: the memory of the node's pattern and the slots the node hashes on).
    private let nodeLevels: [Int32]
    private let nodeAlphaRanks: [Int32]

    init(_ network: CompiledNetwork) {
        let nodes = network.nodes
        var identities: [[Int]: Int32] = [:]
        var firstRule: [Int32] = []
        var nodePaths = [[Int32]](repeating: [], count: network.rules.count)
        var paths = [[Int32]](repeating: [], count: network.rules.count)
        func identity(_ key: [Int], rule: Int) -> Int32 {
            if let id = identities[key] { return id }
            let id = Int32(firstRule.count)
            identities[key] = id
            firstRule.append(Int32(rule))
            return id
        }
        for terminal in nodes where terminal.kind == .terminal {
            var chain: [BetaNode] = []
            var n = terminal.parent
            while n >= 0 {
                chain.append(nodes[n])
                n = nodes[n].parent
            }
            chain.reverse()
            // A join and the tests right after it are one identity, keyed by the tests' node ids.
            var path: [Int32] = []
            var i = 0
            while i < chain.count {
                var key = [chain[i].id]
                var j = i + 1
                if chain[i].kind != .test {
                    while j < chain.count && chain[j].kind == .test {
                        key.append(chain[j].id)
                        j += 1
                    }
                } else {
                    key.append(-1)
                }
                let id = identity(key, rule: terminal.rule)
                for _ in i..<j { path.append(id) }
                i = j
            }
            path.append(identity([terminal.id], rule: terminal.rule))
            paths[terminal.rule] = path
            nodePaths[terminal.rule] = chain.map { Int32($0.id) }
        }
        self.paths = paths
        self.firstRule = firstRule
        self.nodePaths = nodePaths
        self.nodeLevels = nodes.map { Int32($0.level) }
        var alphaRanks: [[Int]: Int32] = [:]
        self.nodeAlphaRanks = nodes.map { node in
            guard node.alpha >= 0 else { return -1 }
            let key = [node.alpha] + node.rightSlots.sorted()
            if let rank = alphaRanks[key] { return rank }
            let rank = Int32(alphaRanks.count)
            alphaRanks[key] = rank
            return rank
        }
    }

    /// Marks an entry node reached by a retraction (a `not` unblocked, an `exists` emptied).
    static let retraction: Int32 = 1 << 30

    /// Compares two activations of one change: positive when `a` fires first under `depth` (breadth
    /// fires them the other way round). `entry` is the node where our network took the change in
    /// (-1: none known; with ``retraction`` set for a retraction), `fact` the fact the change
    /// asserted or retracted, `rule` their rules.
    func compare(
        rule a: Int, facts fa: MatchKey, entry ea: Int32, fact: Int, rule b: Int, facts fb: MatchKey, entry eb: Int32
    ) -> Int {
        let byRule = a == b ? MatchKey.compare(fa, fb) : (a < b ? 1 : -1)
        guard ea >= 0, eb >= 0, a < paths.count, b < paths.count else { return byRule }
        let retracted = ea & ChangeOrder.retraction != 0
        guard retracted == (eb & ChangeOrder.retraction != 0) else { return byRule }
        let ours = (Int(ea & ~ChangeOrder.retraction), Int(eb & ~ChangeOrder.retraction))
        guard ours.0 < nodeLevels.count, ours.1 < nodeLevels.count else { return byRule }
        let node: Int
        if retracted {
            if let c = compareUnblocked(fa, at: ours.0, fb, at: ours.1, retracted: fact) { return c }
            node = ours.0
        } else {
            node = clipsEntry(rule: a, facts: fa, fact: fact, ours: ours.0)
            let other = clipsEntry(rule: b, facts: fb, fact: fact, ours: ours.1)
            if node != other {
                let ra = nodeAlphaRanks[node]
                let rb = nodeAlphaRanks[other]
                if ra != rb { return ra < rb ? 1 : -1 }
                return node < other ? 1 : -1
            }
        }
        let e = Int(nodeLevels[node])
        let pa = paths[a]
        let pb = paths[b]
        // Both went through the entry node, and CLIPS would share it (the same tests after it).
        guard e < nodePaths[a].count, e < nodePaths[b].count, nodePaths[a][e] == Int32(node),
            nodePaths[b][e] == Int32(node), pa[e] == pb[e]
        else { return byRule }
        if !retracted {
            // The partial matches waiting at the entry node: the one made first fires first.
            let c = ChangeOrder.madeFirst(fa, fb, levels: e)
            if c != 0 { return c }
        }
        // The change's own fact at the entry level, then the levels below it.
        var d = e
        while d < pa.count && d < pb.count {
            if pa[d] != pb[d] { return firstRule[Int(pa[d])] < firstRule[Int(pb[d])] ? 1 : -1 }
            let c = MatchKey.compare(fa, fb, levels: d...d)
            if c != 0 { return c }
            d += 1
        }
        return byRule
    }

    /// Orders two partial matches that a retraction releases at `not` nodes (nil: they were
    /// released at the same node and are the same match up to it). CLIPS goes through the fact's
    /// alpha memories in the order opposite to an assert (the memory made first first), and for each
    /// through the list of matches the fact blocked, the one blocked last first. A match older than
    /// the fact was blocked when the fact arrived (at the node made last first, then the newest match
    /// first); a newer one when it was made. Each released match is sent on at once, so the match
    /// blocked first fires first.
    private func compareUnblocked(_ fa: MatchKey, at na: Int, _ fb: MatchKey, at nb: Int, retracted fact: Int) -> Int? {
        if na != nb && nodeAlphaRanks[na] != nodeAlphaRanks[nb] { return nodeAlphaRanks[na] > nodeAlphaRanks[nb] ? 1 : -1 }
        let ea = Int(nodeLevels[na])
        let eb = Int(nodeLevels[nb])
        let olderA = ea == 0 || MatchKey.newest(fa, levels: 0...(ea - 1)) < fact
        let olderB = eb == 0 || MatchKey.newest(fb, levels: 0...(eb - 1)) < fact
        if olderA != olderB { return olderA ? 1 : -1 }
        if olderA {
            // Blocked while the fact was asserted: the node made last first, then the newest match.
            if na != nb { return na > nb ? 1 : -1 }
            let c = ChangeOrder.madeFirst(fa, fb, levels: ea)
            return c != 0 ? -c : nil
        }
        // Blocked when they were made.
        let c = ChangeOrder.madeFirst(fa, fb, levels: min(ea, eb))
        if c != 0 { return c }
        return na != nb ? (na < nb ? 1 : -1) : nil
    }

    /// The node where CLIPS's walk made this match: of the levels holding the asserted fact, the one
    /// whose alpha memory the walk reached last (made first), the shallowest of those; `ours` when the
    /// fact is at no level (an `exists`).
    private func clipsEntry(rule: Int, facts: MatchKey, fact: Int, ours: Int) -> Int {
        guard fact > 0 else { return ours }
        let path = nodePaths[rule]
        var best = -1
        var bestRank: Int32 = .max
        for level in 0..<min(path.count, facts.depth) where facts.id(at: level) == fact {
            let node = Int(path[level])
            let rank = nodeAlphaRanks[node]
            if rank >= 0 && rank < bestRank {
                best = node
                bestRank = rank
            }
        }
        return best >= 0 ? best : ours
    }

    /// Which of two partial matches over levels `0..<n` of one node CLIPS made first (positive:
    /// `a`), from their facts: the one whose newest fact is older; for the same newest fact, the one
    /// that fact entered deeper (CLIPS enters the deepest node first); at the same node, the one
    /// built on the partial match made last there (it goes through a memory newest first), then on
    /// the older facts below it (it goes through an alpha memory oldest first).
    static func madeFirst(_ a: MatchKey, _ b: MatchKey, levels n: Int) -> Int {
        guard n > 0 else { return 0 }
        var newestA = 0
        var newestB = 0
        var levelA = 0
        var levelB = 0
        for level in 0..<n {
            let x = a.id(at: level)
            let y = b.id(at: level)
            if x > newestA { (newestA, levelA) = (x, level) }
            if y > newestB { (newestB, levelB) = (y, level) }
        }
        if newestA != newestB { return newestA < newestB ? 1 : -1 }
        if levelA != levelB { return levelA > levelB ? 1 : -1 }
        let c = madeFirst(a, b, levels: levelA)
        if c != 0 { return -c }
        for level in (levelA + 1)..<max(levelA + 1, n) {
            let x = a.id(at: level)
            let y = b.id(at: level)
            if x != y { return x < y ? 1 : -1 }
        }
        return 0
    }
}
