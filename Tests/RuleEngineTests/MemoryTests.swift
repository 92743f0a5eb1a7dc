import Testing

@testable import RuleEngine

/// The network's two hash memories against a plain model, under random insertions, removals,
/// retractions, prunes and compactions: every bucket keeps its live members, oldest first, whatever
/// the table's growth and backward-shift deletions did to the slots around it.
@Suite("Token and fact memories")
struct MemoryTests {
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Keys as the network makes them (mixed hashes), or small integers that crowd one probe run.
    static func key(_ k: Int, crowded: Bool) -> Int {
        var h = JoinKeyHasher()
        h.add(.integer(k))
        return crowded ? k : h.value
    }

    static func live(_ memory: borrowing FactMemory, _ key: Int) -> [Int] {
        var ids: [Int] = []
        var record = memory.first(key)
        while record >= 0 {
            if let fact = memory.fact(record)?.takeUnretainedValue(), fact.isAlive { ids.append(fact.id) }
            record = memory.next(record)
        }
        return ids
    }

    @Test("fact memory buckets keep their live facts in order", arguments: [1, 2, 3, 4], [false, true])
    func factMemory(seed: UInt64, crowded: Bool) {
        var r = Random(state: seed)
        var memory = FactMemory()
        var model: [Int: [Fact]] = [:]
        var all: [Fact] = []
        let keyCount = 1 + r.next(200)
        for step in 0..<3000 {
            switch r.next(10) {
            case 0..<6:
                let fact = Fact(id: step + 1, template: 0, slots: [], certainty: 1)
                let key = MemoryTests.key(r.next(keyCount), crowded: crowded)
                memory.insert(fact, key: key)
                model[key, default: []].append(fact)
                all.append(fact)
            case 6..<9:
                if !all.isEmpty { all[r.next(all.count)].isAlive = false }
            default:
                if let key = model.keys.sorted().first(where: { _ in r.next(3) == 0 }) { memory.prune(key) }
            }
            if step % 97 == 0 || step == 2999 {
                for (key, facts) in model {
                    #expect(
                        MemoryTests.live(memory, key) == facts.filter(\.isAlive).map(\.id), "key \(key) at step \(step)"
                    )
                    #expect(memory.count(key) >= facts.filter(\.isAlive).count)
                }
                #expect(memory.first(MemoryTests.key(keyCount + 7, crowded: crowded)) == -1)
            }
        }
    }

    @Test("a prune under a scan leaves the scan's place valid")
    func pruneDuringScan() {
        var memory = FactMemory()
        let facts = (1...40).map { Fact(id: $0, template: 0, slots: [], certainty: 1) }
        for fact in facts { memory.insert(fact, key: 5) }
        for fact in facts where fact.id % 3 != 0 { fact.isAlive = false }
        var seen: [Int] = []
        var record = memory.first(5)
        while record >= 0 {
            if let fact = memory.fact(record)?.takeUnretainedValue(), fact.isAlive {
                seen.append(fact.id)
                if fact.id == 9 { memory.prune(5) }  // as a nested scan of the same bucket would
            }
            record = memory.next(record)
        }
        #expect(seen == facts.map(\.id).filter { $0 % 3 == 0 })
        #expect(memory.count(5) == 13)
    }

    /// A token record fills two cache lines exactly (the pool aligns blocks to 64 bytes): a field
    /// added past that costs every match loop a third line.
    @Test("a token record is 128 bytes")
    func tokenRecordSize() {
        #expect(MemoryLayout<TokenRecord>.stride == 128)
    }

    @Test("token memory buckets keep their tokens in order", arguments: [1, 2, 3], [false, true])
    func tokenMemory(seed: UInt64, crowded: Bool) {
        var r = Random(state: seed)
        let pool = TokenPool()
        let root = pool.make(parent: nil, fact: nil)
        var memory = TokenMemory(hashed: true)
        var model: [Int: [Token]] = [:]
        let keyCount = 1 + r.next(300)
        for step in 0..<4000 {
            if r.next(3) > 0 || model.isEmpty {
                let token = pool.make(parent: root, fact: nil)
                let key = MemoryTests.key(r.next(keyCount), crowded: crowded)
                memory.insert(token, key: key, index: 0)
                model[key, default: []].append(token)
            } else {
                let keys = model.keys.sorted()
                let key = keys[r.next(keys.count)]
                let i = r.next(model[key]?.count ?? 1)
                if let token = model[key]?.remove(at: i) {
                    memory.remove(token)
                    token.unlinkFromParent()
                    pool.release(token)
                }
                if model[key]?.isEmpty == true { model[key] = nil }
            }
            if step % 101 == 0 || step == 3999 {
                for (key, tokens) in model {
                    var found: [Token] = []
                    var next = memory.first(key)
                    while let t = next {
                        found.append(t)
                        next = t.pointee.memoryNext
                    }
                    #expect(found == tokens, "key \(key) at step \(step)")
                }
            }
        }
    }

    /// The fact table in pages, against a plain dictionary: facts added in runs and retracted at
    /// random (most of them young, as a modify loop does, some old), across many pages, some of
    /// them emptied while ids on them were still to come.
    @Test("the fact table finds every live fact and none retracted, page after page", arguments: [1, 2, 3])
    func workingMemoryPages(seed: UInt64) {
        var r = Random(state: seed)
        var memory = WorkingMemory()
        var model: [Int: Fact] = [:]
        for step in 0..<(5 * WorkingMemory.pageSize) {
            if r.next(5) < 3 || model.isEmpty {
                let fact = Fact(id: memory.nextID, template: 0, slots: [.integer(step)], certainty: 1)
                memory.add(fact)
                model[fact.id] = fact
            } else {
                let ids = model.keys.sorted()
                // Mostly the newest facts (a loop of modifies), now and then any.
                let id = r.next(4) == 0 ? ids[r.next(ids.count)] : ids[ids.count - 1 - r.next(min(3, ids.count))]
                if let fact = model.removeValue(forKey: id) {
                    fact.isAlive = false
                    memory.remove(fact)
                }
            }
            if step % 509 == 0 {
                #expect(memory.violations() == [], "step \(step)")
                #expect(memory.live.map(\.id) == model.keys.sorted(), "step \(step)")
                for id in 0...memory.nextID { #expect(memory.fact(id) === model[id], "f-\(id) at step \(step)") }
            }
        }
        #expect(memory.count == model.count)
    }

    /// The content index against a dictionary of contents: facts of few templates and values (so
    /// probe runs are long and hashes of different contents meet), added and removed at random,
    /// emptied now and then; every content is found as the model says, and the count agrees.
    @Test("the content index finds every live fact by its content and none removed", arguments: [1, 2, 3])
    func contentIndex(seed: UInt64) {
        var r = Random(state: seed)
        var index = ContentIndex()
        var model: [[Int]: Fact] = [:]
        var nextID = 1
        for step in 0..<20_000 {
            let content = [r.next(3), r.next(40), r.next(40)]
            let slots: [Value] = [.integer(content[1]), .symbol(Symbol(id: UInt32(content[2])))]
            if let fact = model[content] {
                #expect(index.fact(template: content[0], slots: slots) === fact)
                if r.next(2) == 0 {
                    index.remove(fact)
                    model[content] = nil
                }
            } else {
                #expect(index.fact(template: content[0], slots: slots) == nil)
                let fact = Fact(id: nextID, template: content[0], slots: slots, certainty: 1)
                nextID += 1
                index.insert(fact)
                model[content] = fact
            }
            if step % 5_000 == 4_999 {
                index.removeAll()
                model = [:]
            }
            #expect(index.count == model.count)
        }
        for (content, fact) in model {
            let slots: [Value] = [.integer(content[1]), .symbol(Symbol(id: UInt32(content[2])))]
            #expect(index.fact(template: content[0], slots: slots) === fact)
        }
    }
}
