import RuleEngine
import RuleLanguage
import Testing

/// Properties of the engine on random small programs (deterministic seeds): stratified programs
/// whose rules assert under `logical` only, so the facts after any sequence of asserts and retracts
/// equal those of a fresh run on the facts that remain; truth maintenance's bookkeeping stays sound
/// after every step; every conclusion's certainty stays within -1...1; every strategy orders the
/// same agenda the same way on every run.
@Suite("engine properties on random programs")
struct EnginePropertyTests {
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Templates t0 < t1 < t2 < t3; each rule reads lower templates (positively, or under `not`)
    /// and asserts into a higher one, under `logical`; some rules also conclude with a random certainty.
    static func program(_ r: inout Random) -> String {
        var text = """
            enum level { low high }
            attribute verdict: level
            template t0 { n: integer }
            template t1 { n: integer }
            template t2 { n: integer }
            template t3 { n: integer }

            """
        for i in 0..<(3 + r.next(6)) {
            let target = 1 + r.next(3)
            let source = r.next(target)
            var conditions = ["logical t\(source)(n: $n)"]
            if r.next(2) == 0 {
                let other = r.next(target)
                conditions.append(
                    r.next(2) == 0 ? "logical not t\(other)(n: $n)" : "logical t\(other)(n: \(r.next(4)))")
            }
            let certainty = Double(r.next(21) - 10) / 10
            let salience = r.next(3) - 1
            text += """
                rule r\(i)
                  salience \(salience)
                  when
                    \(conditions.joined(separator: "\n    "))
                  then
                    assert t\(target)(n: $n)
                    conclude verdict = \(r.next(2) == 0 ? "low" : "high") certainty \(certainty)
                end

                """
        }
        return text
    }

    @Test(
        "incremental asserts and retracts end where a fresh run on the remaining facts does",
        arguments: [1, 2, 3, 4, 5])
    func incrementalEqualsFresh(seed: Int) throws {
        var r = Random(state: UInt64(seed) &* 7919)
        for _ in 0..<20 {
            let source = Self.program(&r)
            let strategies: [ConflictStrategy] = [.depth, .breadth, .lex, .mea, .simplicity, .complexity]
            let strategy = strategies[r.next(strategies.count)]
            let (e, _) = try engine(source, strategy: strategy)
            var roots: [Int: Int] = [:]
            for _ in 0..<10 {
                let n = r.next(4)
                if let id = roots[n] {
                    try e.retract(id: id)
                    roots[n] = nil
                } else {
                    roots[n] = try e.assert("t0", ["\(n)"])
                }
                try e.run()
                #expect(e.checkInvariants() == [], "\(source)")
                for c in e.conclusions { #expect(c.certainty >= -1 && c.certainty <= 1, "\(c.certainty)") }
                let (fresh, _) = try engine(source, strategy: strategy)
                for n in roots.keys.sorted() { _ = try fresh.assert("t0", ["\(n)"]) }
                try fresh.run()
                #expect(e.renderedFacts.sorted() == fresh.renderedFacts.sorted(), "\(source)")
            }
        }
    }

    @Test("every strategy orders the same activations the same way on every run")
    func strategiesAreTotalAndDeterministic() throws {
        var r = Random(state: 4242)
        for _ in 0..<10 {
            let source = Self.program(&r)
            for strategy: ConflictStrategy in [.depth, .breadth, .lex, .mea, .simplicity, .complexity, .random] {
                var orders: [[String]] = []
                for _ in 0..<2 {
                    let (e, _) = try engine(source, strategy: strategy)
                    for n in 0..<4 { _ = try e.assert("t0", ["\(n)"]) }
                    orders.append(e.agendaRules)
                }
                #expect(orders[0] == orders[1], "\(strategy)")
            }
        }
    }
}
