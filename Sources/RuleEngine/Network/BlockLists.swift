/// CLIPS's lists of blocked `not` matches, kept as a few numbers per token.
///
/// CLIPS (reteutil.c, AddBlockedLink) remembers for each partial match at a `not` the one fact that
/// blocks it, and for each fact the matches it blocks, the one blocked last at the front. When the
/// fact goes (retract.c, NegEntryRetractAlpha) it takes them from the front: a match that another fact
/// still blocks goes to the front of that fact's list (the oldest such fact: the next in the alpha
/// memory), the others are released and sent on at once. So the order of releases, which under
/// `depth` is the reverse of the firing order, is the history of those lists.
///
/// A token keeps its blocker (``TokenRecord/blocker``) and when it was put on the blocker's list
/// (``TokenRecord/blockedAt``, a clock): a list is its tokens by that time, newest first. The lists
/// of one fact for the `not` nodes fed by one CLIPS alpha memory are one list in CLIPS, and the clock
/// is shared, so the times order them too.
///
/// Within one assert our network blocks matches in another order than CLIPS's walk. Working out
/// CLIPS's order then costs a comparison of paths per pair, and most blocked matches never come back
/// (their blocker outlives them), so the matches one assert blocks share its time
/// (``TokenRecord/blockTie`` says how they were blocked) and are put in CLIPS's order only when a
/// retraction releases or hands on several of them: those the new fact blocked as CLIPS reached them
/// (the alpha memory made last first, then the join made last first, then its partial matches
/// newest first), those blocked as they were made as ``ChangeOrder`` orders activations. A
/// retraction's hand-ons and blocks take a time each, in the order CLIPS makes them.
struct BlockLists {
    /// Ticks for each assert that blocks a match and each block or hand-on of a retraction; wraps
    /// (times are compared by their difference).
    private var clock: UInt32 = 0
    /// The time of the current assert's blocks, once it has blocked one.
    private var changeTime: UInt32?
    private var inRetraction = false
    /// Ticks for each release; stamped on the activations a release makes.
    private var releases: UInt32 = 0
    /// The matches a retracted fact blocked (token, its generation, its node), in the order CLIPS
    /// takes them (a stack of per-retraction runs).
    private(set) var unblocked: [(Token, UInt32, Int)] = []

    /// Whether time `a` is before time `b`.
    @inline(__always) static func isBefore(_ a: UInt32, _ b: UInt32) -> Bool { Int32(bitPattern: a &- b) < 0 }

    /// Starts a change: an assert's blocks share one time; a retraction's take one each.
    @inline(__always) mutating func beginChange(retraction: Bool) {
        changeTime = nil
        inRetraction = retraction
    }

    /// Records that `fact` blocks `token`, by arriving (`byNewFact`) or as the token was made.
    @inline(__always) mutating func block(_ token: Token, by fact: Int, byNewFact: Bool) {
        token.pointee.blocker = UInt32(truncatingIfNeeded: fact)
        if inRetraction {
            clock &+= 1
            token.pointee.blockedAt = clock
            token.pointee.blockTie = 0
            return
        }
        if let changeTime {
            token.pointee.blockedAt = changeTime
        } else {
            clock &+= 1
            changeTime = clock
            token.pointee.blockedAt = clock
        }
        token.pointee.blockTie = byNewFact ? 2 : 1
    }

    /// Puts a match handed on by a retraction at the front of its new blocker's list, now.
    @inline(__always) mutating func handOn(_ token: Token, to fact: Int) {
        clock &+= 1
        token.pointee.blocker = UInt32(truncatingIfNeeded: fact)
        token.pointee.blockedAt = clock
        token.pointee.blockTie = 0
    }

    /// The time of a release, for the activations it makes: a later release fires first under depth.
    @inline(__always) mutating func release() -> UInt32 {
        releases &+= 1
        return releases
    }

    /// Starts a retraction's run of matches to release or hand on; returns where it starts.
    @inline(__always) func beginRun() -> Int { unblocked.count }

    @inline(__always) mutating func add(_ token: Token, at node: Int) {
        unblocked.append((token, token.pointee.generation, node))
    }

    /// Sorts the run from `base` into the order CLIPS takes it: the match put on the list last first
    /// (a run holds the lists of one fact in all alpha memories: those of different memories keep
    /// their own order, which is all that counts). Matches one assert blocked are ordered by
    /// `order`.
    mutating func sortRun(from base: Int, _ order: ChangeOrder?) {
        guard unblocked.count - base > 1 else { return }
        var tied = false
        unblocked[base...].sort { a, b in
            let (ta, tb) = (a.0.pointee.blockedAt, b.0.pointee.blockedAt)
            if ta == tb { tied = true }
            return BlockLists.isBefore(tb, ta)
        }
        guard tied, let order else { return }
        var start = base
        while start < unblocked.count {
            var end = start + 1
            let time = unblocked[start].0.pointee.blockedAt
            while end < unblocked.count && unblocked[end].0.pointee.blockedAt == time { end += 1 }
            if end - start > 1 { sortTied(start..<end, order) }
            start = end
        }
    }

    /// Matches that one assert blocked, blocked last first.
    private mutating func sortTied(_ range: Range<Int>, _ order: ChangeOrder) {
        let keyed = unblocked[range].map { (entry: $0, key: MatchKey($0.0)) }
        let sorted = keyed.sorted { a, b in
            let (x, y) = (a.entry.0.pointee.blockTie, b.entry.0.pointee.blockTie)
            // Blocked by the new fact before those blocked as they were made.
            if x != y { return x < y }
            if x == 2 {
                return order.compareBlockedByNewFact(node: a.entry.2, facts: a.key, node: b.entry.2, facts: b.key) < 0
            }
            return order.compareBlocked(node: a.entry.2, facts: a.key, node: b.entry.2, facts: b.key) < 0
        }
        for (i, element) in zip(range, sorted) { unblocked[i] = element.entry }
    }

    mutating func endRun(from base: Int) { unblocked.removeSubrange(base...) }
}
