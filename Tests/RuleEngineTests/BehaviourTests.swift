import RuleEngine
import RuleLanguage
import Testing

@Suite("Engine behaviour")
struct BehaviourTests {
    static let blocking = """
        template item { n: integer }
        template block { n: integer }
        rule free
          when
            item(n: $n)
            not block(n: $n)
          then
            print "free " $n
        end
        """

    @Test("a fact that blocks a not is retracted: the rule becomes active; asserted again: the activation goes")
    func negationEdges() throws {
        let (e, out) = try engine(Self.blocking)
        try e.assert("item", ["1"])
        let blocker = try e.assert("block", ["1"])
        #expect(e.agendaRules == [])
        try e.retract(id: blocker)
        #expect(e.agendaRules == ["free"])
        try e.assert("block", ["1"])
        #expect(e.agendaRules == [])
        try e.run()
        #expect(out.text == "")
        try e.retract(id: try #require(e.factID("block(n: 1)")))
        try e.run()
        #expect(out.text == "free 1\n")
    }

    @Test("two blockers: the rule waits for both to go")
    func twoBlockers() throws {
        let (e, _) = try engine(Self.blocking + "\ntemplate other { n: integer }\n")
        try e.assert("item", ["2"])
        let b1 = try e.assert("block", ["2"])
        try e.retract(id: b1)
        #expect(e.agendaRules == ["free"])
        let b2 = try e.assert("block", ["2"])
        #expect(e.agendaRules == [])
        try e.retract(id: b2)
        #expect(e.agendaRules == ["free"])
    }

    @Test("modify inside a firing retracts, asserts a new fact and re-matches")
    func modifyInFiring() throws {
        let r = try run(
            """
            template counter { n: integer }
            facts
              counter(n: 0)
            end
            rule step
              when
                c: counter(n: $n & < 3)
              then
                print "at " $n
                modify c(n: $n + 1)
            end
            """)
        #expect(r.output == "at 0\nat 1\nat 2\n")
        #expect(r.engine.renderedFacts == ["counter(n: 3)"])
        #expect(r.engine.facts.map(\.id) == [4])
    }

    @Test("refraction: a rule fires once per match, and again only for a new match")
    func refraction() throws {
        let (e, out) = try engine(
            """
            template a { x: integer }
            facts
              a(x: 1)
            end
            rule seen
              when
                a(x: $x)
              then
                print "seen " $x
            end
            """)
        try e.run()
        try e.run()
        #expect(out.text == "seen 1\n")
        try e.assert("a", ["1"])  // equal fact: not asserted again
        try e.run()
        #expect(out.text == "seen 1\n")
        try e.assert("a", ["2"])
        try e.run()
        #expect(out.text == "seen 1\nseen 2\n")
    }

    @Test("truth maintenance: a chain of depth 3 is withdrawn when its root goes")
    func logicalChain() throws {
        let (e, _) = try engine(
            """
            template a { }
            template b { }
            template c { }
            template d { }
            rule ab
              when
                logical a()
              then
                assert b()
            end
            rule bc
              when
                logical b()
              then
                assert c()
            end
            rule cd
              when
                logical c()
              then
                assert d()
            end
            """)
        let a = try e.assert("a", [])
        try e.run()
        #expect(e.renderedFacts == ["a()", "b()", "c()", "d()"])
        try e.retract(id: a)
        #expect(e.renderedFacts == [])
    }

    @Test("truth maintenance: a fact with two supports stays until both go; unconditional facts stay")
    func logicalSupports() throws {
        let (e, _) = try engine(
            """
            template a { n: integer }
            template b { }
            template keep { }
            rule support
              when
                logical a(n: $n)
              then
                assert b()
            end
            rule plain
              when
                a(n: 1)
              then
                assert keep()
            end
            """)
        let one = try e.assert("a", ["1"])
        let two = try e.assert("a", ["2"])
        try e.run()
        try e.retract(id: one)
        #expect(e.renderedFacts == ["a(n: 2)", "b()", "keep()"])
        try e.retract(id: two)
        #expect(e.renderedFacts == ["keep()"])
    }

    @Test("truth maintenance: a rule that retracts its own logical support asserts nothing under it (as CLIPS)")
    func logicalSupportLostWhileFiring() throws {
        let (e, _) = try engine(
            """
            template a { n: integer }
            template b { n: integer }
            template c { }
            rule consume
              when
                logical f: a(n: $n)
              then
                retract f
                assert b(n: $n)
                assert b(n: $n + 10)
            end
            rule other
              when
                logical a(n: 2)
              then
                assert c()
            end
            """)
        try e.assert("a", ["1"])
        try e.assert("a", ["2"])
        try e.run()
        // Each `consume` lost its support with the retract; the records of the tokens it matched are
        // reused by later matches, and must not count as that support.
        #expect(e.renderedFacts == [])
    }

    @Test("let names a value once for the actions after it; each firing has its own")
    func letBinding() throws {
        let r = try run(
            """
            template n { v: integer }
            template out { v: integer  w: integer }
            facts
              n(v: 2)
              n(v: 5)
            end
            rule double
              when
                n(v: $v)
              then
                let $d = $v * 2
                let $e = $d + 1
                assert out(v: $d, w: $e)
                print $v " " $d " " $e
            end
            """)
        #expect(r.output == "5 10 11\n2 4 5\n")
    }

    @Test("conclude combines certainties as MYCIN and keeps every contribution")
    func certainty() throws {
        let r = try run(
            """
            enum v { yes no maybe }
            attribute t: v
            template e { }
            facts
              e()
            end
            rule p1
              when
                e()
              then
                conclude t = yes certainty 0.6
            end
            rule p2
              when
                e()
              then
                conclude t = yes certainty 0.5
            end
            rule n1
              when
                e()
              then
                conclude t = no certainty -0.4
            end
            rule n2
              when
                e()
              then
                conclude t = no certainty -0.5
            end
            rule m1
              when
                e()
              then
                conclude t = maybe certainty 0.8
            end
            rule m2
              when
                e()
              then
                conclude t = maybe certainty -0.6
            end
            """)
        let values = Dictionary(
            uniqueKeysWithValues: r.engine.conclusions.map { ($0.value.rendered(r.engine.symbols), $0) })
        #expect(abs((values["yes"]?.certainty ?? 0) - 0.8) < 1e-12)  // 0.6 + 0.5 × 0.4
        #expect(abs((values["no"]?.certainty ?? 0) - -0.7) < 1e-12)  // -0.4 + -0.5 × 0.6
        #expect(abs((values["maybe"]?.certainty ?? 0) - 0.5) < 1e-12)  // 0.2 / (1 - 0.6)
        #expect(values["yes"]?.contributions.map(\.certainty) == [0.6, 0.5])
        #expect(values["yes"]?.contributions.map(\.before) == [0, 0.6])
        // Positive beliefs are facts; the negative one is not.
        #expect(r.engine.renderedFacts.sorted() == ["e()", "t is maybe certainty 0.5", "t is yes certainty 0.8"])
    }

    @Test("a rule's contribution is its certainty times the least certain fact it matched")
    func premiseCertainty() throws {
        let r = try run(
            """
            attribute a: symbol
            attribute b: symbol
            attribute t: symbol
            facts
              a is x certainty 0.5
              b is y certainty 0.9
            end
            rule r
              when
                a is x
                b is y
              then
                conclude t = z certainty 0.8
            end
            """)
        #expect(r.engine.conclusions.first?.contributions.first?.premise == 0.5)
        #expect(abs((r.engine.conclusions.first?.certainty ?? 0) - 0.4) < 1e-12)
    }

    @Test("score adds points per option and criterion with every contribution")
    func scores() throws {
        let r = try run(
            """
            template o { name: symbol }
            facts
              o(name: a)
              o(name: b)
            end
            rule all
              when
                o(name: $n)
              then
                score $n suitability 2
            end
            rule a-extra
              when
                o(name: a)
              then
                score a suitability 1.5
            end
            """)
        let a = r.engine.scores.first { $0.option.rendered(r.engine.symbols) == "a" }
        #expect(a?.total == 3.5)
        #expect(a?.contributions.count == 2)
    }

    @Test("the same program gives the same trace, byte for byte")
    func determinism() throws {
        let source = try String(
            contentsOf: repositoryRoot.appendingPathComponent("rules/benchmarks/manners.rules"), encoding: .utf8)
        let data = try String(
            contentsOf: repositoryRoot.appendingPathComponent("rules/benchmarks/manners-16.rules"), encoding: .utf8)
        func traced() throws -> [Firing] {
            let result = load(data, ["manners.rules": source])
            let base = try #require(result.ruleBase)
            let e = Engine(program: base.program)
            e.recordsTrace = true
            e.output = { _ in }
            try e.reset()
            try e.run()
            return e.trace
        }
        let first = try traced()
        let second = try traced()
        #expect(first.count == 183)
        #expect(first == second)
    }

    @Test("the firing limit stops a runaway program and shows the last firings")
    func firingLimit() throws {
        let (e, _) = try engine(
            """
            template n { v: integer }
            facts
              n(v: 0)
            end
            rule forever
              when
                f: n(v: $v)
              then
                modify f(v: $v + 1)
            end
            """, limits: RunLimits(maxFirings: 25, maxFacts: 1000))
        #expect(throws: EngineError.self) { try e.run() }
        do {
            try e.run()
        } catch {
            guard case .firingLimit(let limit, let last) = error else {
                Issue.record("expected a firing limit, got \(error)")
                return
            }
            #expect(limit == 25)
            #expect(last.count == 10)
            #expect(last.last?.rule == "forever")
            // The ten last firings, oldest first, each on the fact the one before it made.
            let end = try #require(last.last?.cycle)
            #expect(last.map(\.cycle) == Array((end - 9)...end))
            let firstFact = try #require(last.first?.factIDs.first)
            #expect(last.map(\.factIDs) == (0..<10).map { [firstFact + $0] })
        }
    }

    @Test("the fact limit stops a program that floods working memory")
    func factLimit() throws {
        let (e, _) = try engine(
            """
            template n { v: integer }
            facts
              n(v: 0)
            end
            rule grow
              when
                n(v: $v)
              then
                assert n(v: $v + 1)
            end
            """, limits: RunLimits(maxFirings: 1000, maxFacts: 50))
        #expect(throws: EngineError.self) { try e.run() }
    }

    /// A join that explodes (four patterns over 40 facts: 2.56 million combinations) stops at the
    /// match limit with an error, during the reset that asserts the facts and during a run; memory
    /// stays bounded by the limit, and the same program under a generous limit runs.
    @Test("the match limit stops a join that explodes")
    func matchLimit() throws {
        let facts = (0..<40).map { "  n(v: \($0))" }.joined(separator: "\n")
        let source = """
            template n { v: integer }
            template go { }
            facts
            \(facts)
            end
            rule four
              when
                go()
                n(v: $a)
                n(v: $b)
                n(v: $c & > $b)
                n(v: $d & > $c)
              then
                print $a
            end
            """
        let (e, _) = try engine(source, limits: RunLimits(maxTokens: 5_000))
        let go = try #require(e.program.templates.firstIndex { $0.name == "go" })
        do {
            _ = try e.assert(template: go, slots: [])
            Issue.record("the explosion was not stopped")
        } catch {
            guard case .tokenLimit(let limit, _) = error else {
                Issue.record("expected the match limit, got \(error)")
                return
            }
            #expect(limit == 5_000)
            #expect(error.description.contains("partial matches (the match limit)"))
        }
        let (small, _) = try engine(
            "template n { v: integer }\nfacts\n  n(v: 1)\n  n(v: 2)\nend\nrule pair\n  when\n    n(v: $a)\n    n(v: $b)\n  then\n    print $a\nend\n",
            limits: RunLimits(maxTokens: 100))
        #expect(try small.run() == 4)
    }

    @Test("halt stops after the current rule")
    func halt() throws {
        let r = try run(
            """
            template n { v: integer }
            facts
              n(v: 1)
              n(v: 2)
            end
            rule stop
              when
                n(v: $v)
              then
                print "at " $v
                halt
                print "still in the rule"
            end
            """)
        #expect(r.output == "at 2\nstill in the rule\n")
    }

    @Test("a runtime error in an action names the rule and stops the run")
    func actionError() throws {
        let (e, _) = try engine(
            """
            template n { v: integer }
            facts
              n(v: 0)
            end
            rule divide
              when
                n(v: $v)
              then
                print 10 / $v
            end
            """)
        #expect(throws: EngineError.action(rule: "divide", cycle: 1, message: "division by zero: 10 / 0")) {
            try e.run()
        }
    }

    @Test("a rule that asserts a value outside its slot's type stops with an error naming the slot")
    func runtimeTypeCheck() throws {
        let (e, _) = try engine(
            """
            enum level { low high }
            attribute risk: level
            template answer { text: symbol }
            facts
              answer(text: medium)
            end
            rule copy
              when
                answer(text: $t)
              then
                assert risk is $t
            end
            """)
        #expect(
            throws: EngineError.action(rule: "copy", cycle: 1, message: "'medium' does not fit slot 'value' of 'risk'")
        ) {
            try e.run()
        }
    }
}
