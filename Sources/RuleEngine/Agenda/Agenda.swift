/// The conflict set, ordered by salience, then the strategy, with lazy removal: for depth and
/// breadth, groups of activations by change (``ChangeGroups``); for the others, a binary heap.
///
/// Ties break deterministically and the way CLIPS 6.30 breaks them: for depth, activations created
/// by the same change are ordered by rule definition (earlier rule first), then by their facts
/// compared level by level (newer first), except that rules sharing joins interleave as CLIPS's
/// walk of its network makes them (``ChangeOrder``).
///
/// Heap entries carry their sort keys inline, the matched fact ids included, so sifting compares
/// integers and never touches a token. An entry outlives its token when the match goes before it
/// fires; the token's generation tells (its record may already serve another token).
final class Agenda {
    let strategy: ConflictStrategy
    @exclusivity(unchecked) private var heap: [Entry] = []
    /// Used instead of `heap` for depth and breadth.
    @exclusivity(unchecked) private var groups: ChangeGroups?
    @exclusivity(unchecked) private var dead = 0
    /// The number of live activations.
    private(set) var count = 0
    /// The largest number of live activations seen.
    private(set) var peak = 0
    /// How often dead entries were swept out.
    private(set) var compactions = 0

    /// An activation with its keys.
    struct Entry {
        let salience: Int
        let stamp: Int
        let rule: Int
        let specificity: Int
        let randomKey: UInt64
        /// The matched fact ids, for breaking ties without touching the token.
        let facts: MatchKey
        /// The node where the change that made it entered the network (-1: unknown).
        let entry: Int32
        /// For a retraction's activation: when the `not` match it released was blocked.
        let released: UInt32
        /// The fact the change asserted or retracted (0: none).
        let changeFact: Int
        let activation: Activation
        let generation: UInt32

        /// Whether the activation still waits: its token lives and is queued.
        @inline(__always) var isQueued: Bool {
            activation.pointee.generation == generation && activation.pointee.isQueued
        }
    }

    /// How activations of one change in rules sharing joins are ordered (nil: by rule).
    let order: ChangeOrder?

    /// Per rule, the levels that are `test` conditions (bit `l` for level `l`); lex and mea leave
    /// them out. Empty: every level binds a fact or is a `not`/`exists`.
    private let testLevels: [UInt64]

    /// `grouped: false` keeps depth and breadth on the heap too (tests compare the two).
    init(strategy: ConflictStrategy, grouped: Bool = true, order: ChangeOrder? = nil, testLevels: [UInt64] = []) {
        self.strategy = strategy
        self.order = order
        self.testLevels = testLevels
        if grouped && (strategy == .depth || strategy == .breadth) {
            groups = ChangeGroups(newestFirst: strategy == .depth, order: order)
        }
    }

    /// Drops every activation and the counts, as a new agenda (buffers are kept).
    func removeAll() {
        heap.removeAll(keepingCapacity: true)
        groups?.removeAll()
        dead = 0
        count = 0
        peak = 0
        compactions = 0
    }

    /// Compares two entries of one change: positive when `a` fires first under depth (breadth takes
    /// the opposite order). By rule then by facts, except where the rules share joins
    /// (``ChangeOrder``).
    @inline(__always) static func compareInChange(_ a: Entry, _ b: Entry, _ order: ChangeOrder?) -> Int {
        guard let order else {
            return a.rule != b.rule ? (a.rule < b.rule ? 1 : -1) : MatchKey.compare(a.facts, b.facts)
        }
        return order.compare(
            rule: a.rule, facts: a.facts, entry: a.entry, released: a.released, fact: a.changeFact, rule: b.rule,
            facts: b.facts, entry: b.entry, released: b.released)
    }

    /// Adds an activation with its sort keys.
    /// - Complexity: O(log n) comparisons.
    func add(
        _ activation: Activation, salience: Int, stamp: Int, specificity: Int, randomKey: UInt64, entry: Int32 = -1,
        changeFact: Int = 0, released: UInt32 = 0
    ) {
        activation.pointee.isQueued = true
        let entry = Entry(
            salience: salience, stamp: stamp, rule: activation.rule, specificity: specificity,
            randomKey: randomKey, facts: MatchKey(activation), entry: entry, released: released, changeFact: changeFact,
            activation: activation,
            generation: activation.pointee.generation)
        if groups != nil {
            groups?.add(entry)
        } else {
            heap.append(entry)
            siftUp(heap.count - 1)
        }
        count += 1
        if count > peak { peak = count }
    }

    /// Marks an activation removed; it leaves the heap when it reaches the top or at compaction.
    func remove(_ activation: Activation) {
        guard activation.pointee.isQueued else { return }
        activation.pointee.isQueued = false
        count -= 1
        dead += 1
        if dead > 1024 && dead > count { compact() }
    }

    /// Removes and returns the activation to fire next.
    func next() -> Activation? {
        if groups != nil {
            var dropped = 0
            let entry = groups?.next(dropped: &dropped)
            dead -= dropped
            guard let entry else { return nil }
            entry.activation.pointee.isQueued = false
            count -= 1
            return entry.activation
        }
        while !heap.isEmpty {
            let top = heap[0]
            popTop()
            if top.isQueued {
                top.activation.pointee.isQueued = false
                count -= 1
                return top.activation
            }
            dead -= 1
        }
        return nil
    }

    /// The live activations in firing order (for display; O(n log n)).
    var ordered: [Activation] {
        (groups?.live ?? heap.filter(\.isQueued)).sorted { before($0, $1) }.map(\.activation)
    }

    private func popTop() {
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(0)
        }
    }

    private func compact() {
        dead = 0
        compactions += 1
        if groups != nil {
            groups?.compact()
            return
        }
        heap.removeAll { !$0.isQueued }
        var i = heap.count / 2 - 1
        while i >= 0 {
            siftDown(i)
            i -= 1
        }
    }

    private func siftUp(_ start: Int) {
        heap.withUnsafeMutableBufferPointer { buffer in
            var child = start
            while child > 0 {
                let parent = (child - 1) / 2
                if !before(buffer, child, parent) { break }
                buffer.swapAt(child, parent)
                child = parent
            }
        }
    }

    private func siftDown(_ start: Int) {
        heap.withUnsafeMutableBufferPointer { buffer in
            var parent = start
            let n = buffer.count
            while true {
                var child = 2 * parent + 1
                if child >= n { break }
                if child + 1 < n && before(buffer, child + 1, child) { child += 1 }
                if !before(buffer, child, parent) { break }
                buffer.swapAt(child, parent)
                parent = child
            }
        }
    }

    /// Whether entry `i` fires before entry `j`, reading the keys in place.
    @inline(__always) private func before(_ buffer: UnsafeMutableBufferPointer<Entry>, _ i: Int, _ j: Int) -> Bool {
        // Safe: only the heap's sift loops call this, with `i` and `j` below the heap's count, so the
        // buffer is not empty (its base address exists) and both entries are in it.
        let a = buffer.baseAddress.unsafelyUnwrapped + i
        let b = buffer.baseAddress.unsafelyUnwrapped + j
        if a.pointee.salience != b.pointee.salience { return a.pointee.salience > b.pointee.salience }
        switch strategy {
        case .depth:
            if a.pointee.stamp != b.pointee.stamp { return a.pointee.stamp > b.pointee.stamp }
            return Agenda.compareInChange(a.pointee, b.pointee, order) > 0
        case .breadth:
            if a.pointee.stamp != b.pointee.stamp { return a.pointee.stamp < b.pointee.stamp }
            return Agenda.compareInChange(a.pointee, b.pointee, order) < 0
        case .lex, .mea, .simplicity, .complexity, .random:
            return before(a.pointee, b.pointee)
        }
    }

    /// Whether `a` fires before `b`: a total order. Checked against CLIPS 6.30 on a small program for
    /// every strategy but random (Tests/RuleEngineTests/StrategyTests.swift).
    private func before(_ a: Entry, _ b: Entry) -> Bool {
        if a.salience != b.salience { return a.salience > b.salience }
        switch strategy {
        case .depth:
            return newerFirst(a, b)
        case .breadth:
            return olderFirst(a, b)
        case .lex:
            return lexBefore(a, b)
        case .mea:
            // CLIPS: the first pattern's time tag (0 when it is not a fact), then as lex.
            let fa = a.facts.first
            let fb = b.facts.first
            if fa != fb { return fa > fb }
            return lexBefore(a, b)
        case .simplicity:
            if a.specificity != b.specificity { return a.specificity < b.specificity }
            return olderFirst(a, b)
        case .complexity:
            if a.specificity != b.specificity { return a.specificity > b.specificity }
            return olderFirst(a, b)
        case .random:
            if a.randomKey != b.randomKey { return a.randomKey < b.randomKey }
            return newerFirst(a, b)
        }
    }

    private func newerFirst(_ a: Entry, _ b: Entry) -> Bool {
        if a.stamp != b.stamp { return a.stamp > b.stamp }
        return Agenda.compareInChange(a, b, order) > 0
    }

    /// CLIPS's breadth order: the older change first; activations of one change in the reverse of
    /// depth's order.
    private func olderFirst(_ a: Entry, _ b: Entry) -> Bool {
        if a.stamp != b.stamp { return a.stamp < b.stamp }
        return Agenda.compareInChange(a, b, order) < 0
    }

    /// Compares fact ids level by level: the first difference decides (positive when `a` is newer).
    static func compareLevels(_ a: [Int], _ b: [Int]) -> Int {
        for (x, y) in zip(a, b) where x != y { return x > y ? 1 : -1 }
        return a.count == b.count ? 0 : (a.count > b.count ? 1 : -1)
    }

    /// CLIPS's lex (crstrtgy.c, `ComparePartialMatches` and `PlaceLEXActivation`): the time tags of
    /// the levels that bind a fact or are a `not`/`exists` (0 for those), sorted newest first and
    /// compared pairwise, the longer list first when one is the start of the other; then the more
    /// complex rule; then the older activation (the one made first).
    private func lexBefore(_ a: Entry, _ b: Entry) -> Bool {
        let c = Agenda.compareRecency(tags(a), tags(b))
        if c != 0 { return c > 0 }
        if a.specificity != b.specificity { return a.specificity > b.specificity }
        return olderFirst(a, b)
    }

    /// An activation's time tags as lex compares them: its `test` levels left out.
    private func tags(_ entry: Entry) -> [Int] {
        let ids = entry.facts.ids
        let mask = entry.rule < testLevels.count ? testLevels[entry.rule] : 0
        guard mask != 0 else { return ids }
        return ids.indices.compactMap { l in l < 64 && mask & (1 << UInt64(l)) != 0 ? nil : ids[l] }
    }

    /// OPS5 recency: both id lists sorted newest first, compared pairwise; a longer list wins a tie.
    static func compareRecency(_ a: [Int], _ b: [Int]) -> Int {
        let x = a.sorted(by: >)
        let y = b.sorted(by: >)
        return compareLevels(x, y)
    }
}
