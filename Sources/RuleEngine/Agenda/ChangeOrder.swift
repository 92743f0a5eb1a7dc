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
final class ChangeOrder: @unchecked Sendable {
    /// Per rule, per level: the identity of the node at that level (with any test after it), and
    /// one more entry for the rule's own end; `pathCounts[rule]` entries from `pathStarts[rule]`.
    private let paths: UnsafeMutablePointer<Int32>
    /// Per rule, per level: the node id, and the rule's terminal (indexed as `paths`).
    private let nodePaths: UnsafeMutablePointer<Int32>
    private let pathStarts: UnsafeMutablePointer<Int32>
    private let pathCounts: UnsafeMutablePointer<Int32>
    private let ruleCount: Int
    /// Per identity (a node id): the first rule through it.
    private let firstRule: UnsafeMutablePointer<Int32>
    /// Per node id: its level, and the rank of its alpha memory as CLIPS would make it (by when
    /// it was made: the memory of the node's pattern and the slots the node hashes on).
    private let nodeLevels: UnsafeMutablePointer<Int32>
    private let nodeAlphaRanks: UnsafeMutablePointer<Int32>
    /// Per node id: whether the node is a join whose template no other level of any rule through it
    /// reads, so an asserted fact that enters there is at that level only.
    private let nodeAlone: UnsafeMutablePointer<Bool>
    /// Per node id: the first rule through it (-1: none).
    private let nodeRules: UnsafeMutablePointer<Int32>
    private let nodeCount: Int

    init(nodes: [BetaNode], ruleCount: Int, alphas: [AlphaMemory]) {
        // A node's identity: the node, or for a join with tests after it, the last of those tests
        // (nodes are shared only below the same parent, so that test stands for the join and its
        // tests). Per identity, the first rule through it: rules are compiled in order, so the
        // first terminal below it.
        var firstRule = [Int32](repeating: -1, count: nodes.count)
        var nodePaths = [[Int32]](repeating: [], count: ruleCount)
        var paths = [[Int32]](repeating: [], count: ruleCount)
        var aloneByRule = [[Bool]](repeating: [], count: ruleCount)
        let alphaTemplates = alphas.map(\.template)
        for terminal in nodes where terminal.kind == .terminal {
            var chain: [Int] = []
            var n = terminal.parent
            while n >= 0 {
                chain.append(n)
                n = nodes[n].parent
            }
            chain.reverse()
            var path = [Int32](repeating: 0, count: chain.count + 1)
            var i = 0
            while i < chain.count {
                var j = i + 1
                if nodes[chain[i]].kind != .test {
                    while j < chain.count && nodes[chain[j]].kind == .test { j += 1 }
                }
                let id = chain[j - 1]
                if firstRule[id] < 0 { firstRule[id] = Int32(terminal.rule) }
                for k in i..<j { path[k] = Int32(id) }
                i = j
            }
            path[chain.count] = Int32(terminal.id)
            firstRule[terminal.id] = Int32(terminal.rule)
            paths[terminal.rule] = path
            nodePaths[terminal.rule] = chain.map { Int32($0) } + [Int32(terminal.id)]
            // A rule has a few levels: count each template by a scan, no dictionary.
            let templates = chain.map { nodes[$0].alpha >= 0 ? alphaTemplates[nodes[$0].alpha] : -1 }
            aloneByRule[terminal.rule] =
                templates.map { t in t < 0 || templates.lazy.filter { $0 == t }.count == 1 } + [true]
        }
        var nodeAlone = nodes.map { $0.kind == .join }
        for (path, alone) in zip(nodePaths, aloneByRule) {
            for (n, isAlone) in zip(path, alone) where !isAlone { nodeAlone[Int(n)] = false }
        }
        // Per alpha memory, the slot sets its joins hash on, each with its rank (a memory has few).
        var alphaRanks = [[(slots: [Int], rank: Int32)]](repeating: [], count: alphas.count)
        var rankCount: Int32 = 0
        let ranks = nodes.map { node -> Int32 in
            guard node.alpha >= 0 && node.alpha < alphaRanks.count else { return -1 }
            let slots = node.rightSlots.count > 1 ? node.rightSlots.sorted() : node.rightSlots
            if let known = alphaRanks[node.alpha].first(where: { $0.slots == slots }) { return known.rank }
            alphaRanks[node.alpha].append((slots, rankCount))
            rankCount += 1
            return rankCount - 1
        }
        func buffer(_ array: [Int32]) -> UnsafeMutablePointer<Int32> {
            let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(array.count, 1))
            _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
            return pointer
        }
        var starts: [Int32] = []
        var total: Int32 = 0
        for path in paths {
            starts.append(total)
            total += Int32(path.count)
        }
        self.paths = buffer(paths.flatMap { $0 })
        self.nodePaths = buffer(nodePaths.flatMap { $0 })
        self.pathStarts = buffer(starts)
        self.pathCounts = buffer(paths.map { Int32($0.count) })
        self.ruleCount = paths.count
        self.firstRule = buffer(firstRule)
        self.nodeLevels = buffer(nodes.map { Int32($0.level) })
        self.nodeAlphaRanks = buffer(ranks)
        self.nodeAlone = UnsafeMutablePointer<Bool>.allocate(capacity: max(nodeAlone.count, 1))
        _ = UnsafeMutableBufferPointer(start: self.nodeAlone, count: nodeAlone.count).initialize(from: nodeAlone)
        var nodeRules = [Int32](repeating: -1, count: nodes.count)
        for (rule, path) in nodePaths.enumerated() {
            for n in path where nodeRules[Int(n)] < 0 { nodeRules[Int(n)] = Int32(rule) }
        }
        self.nodeRules = buffer(nodeRules)
        self.nodeCount = nodes.count
    }

    deinit {
        paths.deallocate()
        nodePaths.deallocate()
        pathStarts.deallocate()
        pathCounts.deallocate()
        firstRule.deallocate()
        nodeLevels.deallocate()
        nodeAlphaRanks.deallocate()
        nodeAlone.deallocate()
        nodeRules.deallocate()
    }

    /// Compares two partial matches that one assert blocked at `not` nodes (`na`, `nb`) as they were
    /// made, by when CLIPS's walk reached them: positive when it reached `a` first. The walk is the
    /// one that makes activations (it fires them in reverse under `depth`), each match taken as an
    /// activation of the first rule through its node; the asserted fact is the newest in both, and
    /// our network took it in at the join of its level.
    func compareBlocked(node na: Int, facts fa: MatchKey, node nb: Int, facts fb: MatchKey) -> Int {
        guard na >= 0, nb >= 0, na < nodeCount, nb < nodeCount else { return 0 }
        let ra = Int(nodeRules[na])
        let rb = Int(nodeRules[nb])
        guard ra >= 0, rb >= 0 else { return 0 }
        let fact = max(MatchKey.newest(fa, levels: 0...max(0, fa.depth - 1)), 0)
        guard fact > 0 else { return 0 }
        return -compare(
            rule: ra, facts: fa, entry: joinTakingIn(fact, rule: ra, facts: fa), fact: fact, rule: rb, facts: fb,
            entry: joinTakingIn(fact, rule: rb, facts: fb))
    }

    /// The node of `rule` at the first level of `facts` that holds `fact` (-1: none).
    private func joinTakingIn(_ fact: Int, rule: Int, facts: MatchKey) -> Int32 {
        let start = Int(pathStarts[rule])
        for level in 0..<min(Int(pathCounts[rule]) - 1, facts.depth) where facts.id(at: level) == fact {
            return nodePaths[start + level]
        }
        return -1
    }

    /// Compares two partial matches that a change's new fact blocked at `not` nodes: positive when
    /// CLIPS's walk reached `a` first (the alpha memory made last first, then the join made last
    /// first, then its partial matches newest first).
    func compareBlockedByNewFact(node na: Int, facts fa: MatchKey, node nb: Int, facts fb: MatchKey) -> Int {
        guard na >= 0, nb >= 0, na < nodeCount, nb < nodeCount else { return 0 }
        if na != nb {
            let ra = nodeAlphaRanks[na]
            let rb = nodeAlphaRanks[nb]
            if ra != rb { return ra > rb ? 1 : -1 }
            return na > nb ? 1 : -1
        }
        return -ChangeOrder.madeFirst(fa, fb, levels: min(fa.depth, fb.depth))
    }

    /// Marks an entry node reached by a retraction (a `not` unblocked, an `exists` emptied).
    static let retraction: Int32 = 1 << 30

    /// The node where CLIPS's walk made an activation that our network made from `ours` (with
    /// ``retraction`` set for a retraction: then `ours`). For an assert, of the levels holding the asserted fact,
    /// the one whose alpha memory the walk reached last (made first), the shallowest of those;
    /// `ours` (where our network took the change in) when the fact is at no level (an `exists`).
    @inline(__always)
    func entry(rule: Int, facts: MatchKey, ours: Int32, fact: Int) -> Int32 {
        guard ours >= 0, ours & ChangeOrder.retraction == 0, Int(ours) < nodeCount, fact > 0, rule >= 0,
            rule < ruleCount
        else { return ours }
        // A join holds the asserted fact at its own level, and there only.
        if nodeAlone[Int(ours)] { return ours }
        let start = Int(pathStarts[rule])
        let count = Int(pathCounts[rule]) - 1
        var best: Int32 = -1
        var bestRank: Int32 = .max
        for level in 0..<min(count, facts.depth) where facts.id(at: level) == fact {
            let node = nodePaths[start + level]
            let rank = nodeAlphaRanks[Int(node)]
            if rank >= 0 && rank < bestRank {
                best = node
                bestRank = rank
            }
        }
        return best >= 0 ? best : ours
    }

    /// Compares two activations of one change: positive when `a` fires first under `depth` (breadth
    /// fires them the other way round). `entry` is the node where our network took the change in (-1:
    /// none known; with ``retraction`` set for a retraction), `fact` the fact the change asserted or
    /// retracted, `rule` their rules.
    @inline(__always)
    func compare(
        rule a: Int, facts fa: MatchKey, entry ea: Int32, released ta: UInt32 = 0, fact: Int, rule b: Int,
        facts fb: MatchKey, entry eb: Int32, released tb: UInt32 = 0
    ) -> Int {
        // The common case first: one rule, one entry at its first level (no waiting matches), where
        // CLIPS's entry is ours.
        if a == b && ea == eb && ea >= 0 && ea & ChangeOrder.retraction == 0 && Int(ea) < nodeCount
            && nodeLevels[Int(ea)] == 0 && nodeAlone[Int(ea)]
        {
            return MatchKey.compare(fa, fb)
        }
        return compareInDetail(
            rule: a, facts: fa, entry: ea, released: ta, fact: fact, rule: b, facts: fb, entry: eb, released: tb)
    }

    private func compareInDetail(
        rule a: Int, facts fa: MatchKey, entry ea: Int32, released ta: UInt32, fact: Int, rule b: Int,
        facts fb: MatchKey, entry eb: Int32, released tb: UInt32
    ) -> Int {
        let byRule = a == b ? MatchKey.compare(fa, fb) : (a < b ? 1 : -1)
        guard ea >= 0, eb >= 0, a >= 0, b >= 0, a < ruleCount, b < ruleCount else { return byRule }
        let retracted = ea & ChangeOrder.retraction != 0
        guard retracted == (eb & ChangeOrder.retraction != 0) else { return byRule }
        let node = Int(entry(rule: a, facts: fa, ours: ea, fact: fact) & ~ChangeOrder.retraction)
        let other = Int(entry(rule: b, facts: fb, ours: eb, fact: fact) & ~ChangeOrder.retraction)
        guard node < nodeCount, other < nodeCount else { return byRule }
        if retracted {
            if let c = compareUnblocked(at: node, released: ta, at: other, released: tb) { return c }
        } else if node != other {
            let ra = nodeAlphaRanks[node]
            let rb = nodeAlphaRanks[other]
            if ra != rb { return ra < rb ? 1 : -1 }
            return node < other ? 1 : -1
        }
        let e = Int(nodeLevels[node])
        let sa = Int(pathStarts[a])
        let sb = Int(pathStarts[b])
        let ca = Int(pathCounts[a])
        let cb = Int(pathCounts[b])
        // Both went through the entry node, and CLIPS would share it (the same tests after it).
        guard e < ca - 1, e < cb - 1, nodePaths[sa + e] == Int32(node), nodePaths[sb + e] == Int32(node),
            paths[sa + e] == paths[sb + e]
        else { return byRule }
        if !retracted {
            // The partial matches waiting at the entry node: the one made first fires first.
            let c = ChangeOrder.madeFirst(fa, fb, levels: e)
            if c != 0 { return c }
        }
        // The change's own fact at the entry level, then the levels below it.
        var d = e
        while d < ca && d < cb {
            let pa = paths[sa + d]
            let pb = paths[sb + d]
            if pa != pb { return firstRule[Int(pa)] < firstRule[Int(pb)] ? 1 : -1 }
            let x = fa.id(at: d)
            let y = fb.id(at: d)
            if x != y { return x > y ? 1 : -1 }
            d += 1
        }
        return byRule
    }

    /// Orders two partial matches that a retraction releases at `not` nodes (nil: the same match,
    /// released once). CLIPS goes through the fact's alpha memories in the order opposite to an
    /// assert (the memory made first first), and for each through the list of matches the fact
    /// blocks, the one put there last first; each released match is sent on at once, so under
    /// `depth` the one released last fires first. `ta`, `tb`: when each was released (``BlockLists``
    /// keeps the lists as CLIPS does, handing a match on to its next blocker).
    private func compareUnblocked(at na: Int, released ta: UInt32, at nb: Int, released tb: UInt32) -> Int? {
        if na != nb && nodeAlphaRanks[na] != nodeAlphaRanks[nb] {
            return nodeAlphaRanks[na] > nodeAlphaRanks[nb] ? 1 : -1
        }
        if ta != tb { return BlockLists.isBefore(tb, ta) ? 1 : -1 }
        return na != nb ? (na < nb ? 1 : -1) : nil
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
