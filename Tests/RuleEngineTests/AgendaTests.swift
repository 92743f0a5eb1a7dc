import Testing

@testable import RuleEngine

@Suite("Agenda")
struct AgendaTests {
    /// One side of the comparison: an agenda with its own tokens.
    final class Side {
        let pool = TokenPool()
        let agenda: Agenda
        let root: Token
        var facts: [Fact] = []
        var queued: [Token] = []

        init(_ strategy: ConflictStrategy, grouped: Bool) {
            agenda = Agenda(strategy: strategy, grouped: grouped)
            root = pool.make(parent: nil, fact: nil)
            facts = (1...40).map { Fact(id: $0, template: 0, slots: [], certainty: 1) }
        }

        /// A match of `depth` levels over the given facts (0: a `not` level), as an activation.
        func add(rule: Int, facts ids: [Int], salience: Int, stamp: Int) {
            var token = root
            for id in ids { token = pool.make(parent: token, fact: id == 0 ? nil : facts[id - 1]) }
            token.pointee.rule = Int32(rule)
            agenda.add(token, salience: salience, stamp: stamp, specificity: rule, randomKey: 0)
            queued.append(token)
        }

        func remove(at i: Int) {
            let token = queued.remove(at: i)
            agenda.remove(token)
            free(token)
        }

        func next() -> (rule: Int, facts: [Int])? {
            guard let token = agenda.next() else { return nil }
            queued.removeAll { $0 == token }
            let result = (token.rule, token.factIDs)
            free(token)
            return result
        }

        /// Returns the match's records to the pool, so later matches reuse them (as the network does).
        private func free(_ token: Token) {
            var t: Token? = token
            while let x = t, x != root {
                t = x.pointee.parent
                x.unlinkFromParent()
                x.pointee.fact?._withUnsafeGuaranteedRef { $0.unlink(x) }
                if x.pointee.firstChild == nil { pool.release(x) } else { break }
            }
        }
    }

    @Test(
        "depth and breadth by change groups fire in exactly the heap's order, across saliences, removals and compaction",
        arguments: [ConflictStrategy.depth, .breadth])
    func groupsMatchTheHeap(_ strategy: ConflictStrategy) {
        for seed in UInt64(1)...12 {
            var random = SplitMix64(seed: seed)
            func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
            let grouped = Side(strategy, grouped: true)
            let heap = Side(strategy, grouped: false)
            var stamp = 0
            var fired: [(Int, [Int])] = []
            var keys: Set<String> = []
            for op in 0..<12_000 {
                // Phases that fill the agenda, then empty it mostly by removals (dead entries pile up
                // until the agenda compacts).
                let filling = (op / 3_000) % 2 == 0
                switch pick(10) {
                case 0...(filling ? 6 : 1):
                    if pick(3) == 0 { stamp += 1 }
                    let rule = pick(4)
                    let ids = (0..<(1 + rule % 3)).map { _ in pick(5) == 0 ? 0 : 1 + pick(40) }
                    let salience = [0, 0, 0, 10, -5][pick(5)]
                    // Two activations alike in every key may fire in either order; the test keeps
                    // them apart, so that both sides remove the same ones.
                    let key = "\(rule) \(ids) \(salience) \(stamp)"
                    guard !keys.contains(key) else { continue }
                    keys.insert(key)
                    grouped.add(rule: rule, facts: ids, salience: salience, stamp: stamp)
                    heap.add(rule: rule, facts: ids, salience: salience, stamp: stamp)
                case (filling ? 7 : 2)...(filling ? 7 : 8):
                    guard !grouped.queued.isEmpty else { continue }
                    let i = pick(grouped.queued.count)
                    grouped.remove(at: i)
                    heap.remove(at: i)
                default:
                    let a = grouped.next()
                    let b = heap.next()
                    #expect(a?.rule == b?.rule && a?.facts == b?.facts, "seed \(seed) after \(fired.count) firings")
                    if let a { fired.append(a) }
                }
                #expect(grouped.agenda.count == heap.agenda.count)
            }
            while let b = heap.next() {
                let a = grouped.next()
                #expect(a?.rule == b.rule && a?.facts == b.facts, "seed \(seed), draining")
            }
            #expect(grouped.next() == nil)
            #expect(grouped.agenda.compactions > 0)
        }
    }
}
