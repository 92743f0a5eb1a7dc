import RuleEngine
import RuleLanguage
import Testing

@Suite("truth maintenance")
struct TruthMaintenanceTests {
    static let chain = """
        template answer { v: symbol }
        template b { }
        template c { }
        template q { }
        template d { }
        rule ab
          when
            logical answer(v: yes)
          then
            assert b()
        end
        rule bc
          when
            logical b()
          then
            assert c()
        end
        rule no-c
          salience -10
          when
            logical q()
            logical not c()
          then
            assert d()
            print "no c"
        end
        """

    @Test("withdrawing an answer withdraws what followed, transitively, and brings back what it blocked")
    func withdrawal() throws {
        let (e, out) = try engine(Self.chain)
        e.recordsChanges = true
        #expect(e.checkInvariants() == [])
        try e.assert("q", [])
        let answer = try e.assert("answer", ["yes"])
        try e.run()
        #expect(e.checkInvariants() == [])
        #expect(e.renderedFacts == ["q()", "answer(v: yes)", "b()", "c()"])
        #expect(out.text == "")
        try e.retract(id: answer)
        #expect(e.checkInvariants() == [])
        #expect(e.renderedFacts == ["q()"])
        try e.run()
        #expect(e.checkInvariants() == [])
        #expect(e.renderedFacts == ["q()", "d()"])
        #expect(out.text == "no c\n")
        // The record of changes: b and c went because their support did.
        let lost = e.changes.filter { $0.cause == .lostSupport }.map(\.factID)
        #expect(lost.count == 2)
        #expect(e.changes.first { $0.factID == answer && $0.kind == .retract }?.cause == .external)
        #expect(
            e.changes.contains {
                $0.kind == .assert && { if case .logical = $0.cause { return true } else { return false } }($0)
            })
        // The answer again: d goes (its `not` is blocked), b and c come back.
        _ = try e.assert("answer", ["yes"])
        try e.run()
        #expect(e.checkInvariants() == [])
        #expect(e.renderedFacts.sorted() == ["answer(v: yes)", "b()", "c()", "q()"])
    }

    @Test("random asserts and retracts keep the bookkeeping sound and equal to never having asserted")
    func randomSequences() throws {
        let program = """
            template root { n: integer }
            template mid { n: integer }
            template top { }
            template lonely { }
            rule up
              when
                logical root(n: $n)
              then
                assert mid(n: $n)
            end
            rule two
              when
                logical mid(n: 0)
                logical mid(n: 1)
              then
                assert top()
            end
            rule none
              when
                logical root(n: 9)
                logical not top()
              then
                assert lonely()
            end
            rule modify-me
              when
                m: mid(n: 2)
                root(n: 5)
              then
                modify m(n: 7)
            end
            """
        var state: UInt64 = 2026
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<40 {
            let (e, _) = try engine(program)
            var roots: [Int: Int] = [:]  // n -> fact id
            for _ in 0..<12 {
                let n = next(10)
                if let id = roots[n], next(2) == 0 {
                    try e.retract(id: id)
                    roots[n] = nil
                } else if roots[n] == nil {
                    roots[n] = try e.assert("root", ["\(n)"])
                }
                try e.run()
                #expect(e.checkInvariants() == [])
                // The same roots asserted into a fresh engine give the same facts.
                let (fresh, _) = try engine(program)
                for n in roots.keys.sorted() { _ = try fresh.assert("root", ["\(n)"]) }
                try fresh.run()
                let modified = e.renderedFacts.contains("mid(n: 7)") || fresh.renderedFacts.contains("mid(n: 7)")
                if !modified { #expect(e.renderedFacts.sorted() == fresh.renderedFacts.sorted()) }
            }
        }
    }
}
