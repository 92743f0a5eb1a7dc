/// The facts in working memory: by id (ids are never reused), by content (a fact asserted twice is
/// the one fact), and how many are live. The engine changes it only through ``add(_:key:)`` and
/// ``remove(_:)``, which keep the three in step.
///
/// The id table is kept in pages of ``pageSize`` places, and a page whose facts are all retracted
/// is let go: a program that retracts or modifies facts over and over keeps memory for the facts
/// alive, not for every id it ever gave out (a million modifies of one fact hold one page, plus one
/// word per page passed).
struct WorkingMemory {
    static let pageShift = 10
    static let pageSize = 1 << pageShift

    /// Page `i` of the id table (ids `i * pageSize ..< (i + 1) * pageSize`), empty once every id
    /// on it was given out and retracted.
    private var pages: [[Fact?]] = []
    /// The live facts on each page.
    private var liveOnPage: [Int] = []
    private var byContent = ContentIndex()
    /// The number of live facts.
    private(set) var count = 0

    /// The id the next new fact gets (0 is never used).
    private(set) var nextID = 1

    /// The live fact with `id`, nil for a retracted or unknown one.
    @inline(__always) func fact(_ id: Int) -> Fact? {
        guard id > 0 && id < nextID else { return nil }
        let page = pages[id >> WorkingMemory.pageShift]
        return page.isEmpty ? nil : page[id & (WorkingMemory.pageSize - 1)]
    }

    /// The live fact with this content, if any.
    @inline(__always) func fact(_ key: FactKey) -> Fact? { byContent.fact(template: key.template, slots: key.slots) }

    /// The live facts, oldest first.
    var live: [Fact] {
        var all: [Fact] = []
        all.reserveCapacity(count)
        forEachLive { all.append($0) }
        return all
    }

    /// The live facts of one template, oldest first.
    func live(of template: Int) -> [Fact] {
        var all: [Fact] = []
        forEachLive { if $0.template == template { all.append($0) } }
        return all
    }

    /// Calls `body` with each live fact, oldest first; reads only the places of ids given out.
    private func forEachLive(_ body: (Fact) -> Void) {
        guard count > 0 else { return }
        for (p, page) in pages.enumerated() where !page.isEmpty && liveOnPage[p] > 0 {
            let end = min(WorkingMemory.pageSize, nextID - p << WorkingMemory.pageShift)
            for i in 0..<end { if let fact = page[i] { body(fact) } }
        }
    }

    /// Adds a new fact (its id is ``nextID``, its content not yet in memory).
    @inline(__always) mutating func add(_ fact: Fact) {
        let id = nextID
        let page = id >> WorkingMemory.pageShift
        if page == pages.count {
            // The page just filled up may have been emptied while ids on it were still to come.
            if page > 0 && liveOnPage[page - 1] == 0 { pages[page - 1] = [] }
            pages.append([Fact?](repeating: nil, count: WorkingMemory.pageSize))
            liveOnPage.append(0)
        }
        pages[page][id & (WorkingMemory.pageSize - 1)] = fact
        liveOnPage[page] += 1
        nextID += 1
        byContent.insert(fact)
        count += 1
    }

    /// Removes every fact (each is marked retracted) and starts the ids again at 1, keeping the
    /// first page and the content index's capacity for the next run.
    mutating func removeAll() {
        forEachLive { $0.isAlive = false }
        if let first = pages.first, !first.isEmpty {
            for i in 0..<min(nextID, WorkingMemory.pageSize) { pages[0][i] = nil }
            pages.removeSubrange(1...)
            liveOnPage = [0]
        } else {
            pages = []
            liveOnPage = []
        }
        byContent.removeAll()
        count = 0
        nextID = 1
    }

    /// Removes a live fact.
    @inline(__always) mutating func remove(_ fact: Fact) {
        let page = fact.id >> WorkingMemory.pageShift
        pages[page][fact.id & (WorkingMemory.pageSize - 1)] = nil
        liveOnPage[page] -= 1
        // A page is let go once it is empty and no id on it is still to be given out.
        if liveOnPage[page] == 0 && (page + 1) << WorkingMemory.pageShift <= nextID { pages[page] = [] }
        byContent.remove(fact)
        count -= 1
    }

    /// What is wrong with the bookkeeping: each live fact at its id, alive, and the indexed fact for
    /// its content; each page's count, the count and the index the size of the live facts. Empty
    /// when sound.
    func violations() -> [String] {
        var problems: [String] = []
        var live = 0
        for (p, page) in pages.enumerated() {
            var onPage = 0
            for (offset, slot) in page.enumerated() {
                guard let fact = slot else { continue }
                let i = p << WorkingMemory.pageShift + offset
                onPage += 1
                if fact.id != i { problems.append("f-\(fact.id) sits at index \(i)") }
                if !fact.isAlive { problems.append("f-\(fact.id) is in the fact table but retracted") }
                if byContent.fact(template: fact.template, slots: fact.slots) !== fact {
                    problems.append("f-\(fact.id) is not the indexed fact for its content")
                }
            }
            if onPage != liveOnPage[p] {
                problems.append("page \(p) holds \(onPage) live facts, counted \(liveOnPage[p])")
            }
            live += onPage
        }
        if live != count { problems.append("\(live) live facts, counted \(count)") }
        if byContent.count != live { problems.append("\(byContent.count) indexed facts for \(live) live ones") }
        return problems
    }
}

/// A fact's content, to look an equal fact up (``ContentIndex``).
struct FactKey {
    let template: Int
    let slots: [Value]
}
