import RuleEngine
import RuleLanguage
import Testing

/// `Engine.diagnose(rule:)`: the deepest partial match of a rule and the condition that stops it,
/// for each kind of stop, on a small program.
@Suite struct DiagnosisTests {
    let source = """
        enum level { low medium high }
        attribute risk: level
        attribute size: level
        template order { id: integer  customer: symbol  amount: number }
        template customer { name: symbol  blocked: symbol = no }

        facts
          risk is medium
          order(id: 1, customer: acme, amount: 50)
          customer(name: bolt)
          customer(name: acme, blocked: yes)
        end

        rule needs-high-risk
          when
            risk is high
          then
            print "high"
        end

        rule needs-size
          when
            size is low
          then
            print "size"
        end

        rule needs-partner
          when
            order(customer: $c)
            customer(name: $c, blocked: no)
          then
            print "partner"
        end

        rule blocked-by-not
          when
            order(customer: $c)
            not customer(name: $c, blocked: yes)
          then
            print "not"
        end

        rule failing-test
          when
            order(amount: $a)
            test $a > 100
          then
            print "test"
        end

        rule matches
          when
            risk is medium
            order(id: $i)
          then
            print "ok " $i
        end

        rule exists-without-partner
          when
            order(customer: $c)
            exists customer(name: $c, blocked: no)
          then
            print "exists partner"
        end

        rule exists-nothing
          when
            exists customer(name: nobody)
          then
            print "nobody"
        end

        rule exists-and-more
          when
            exists customer(blocked: yes)
            risk is high
          then
            print "exists, then high"
        end
        """

    func diagnose(_ rule: String) throws -> (RuleDiagnosis, Engine, RuleBase) {
        let result = load(source)
        let base = try #require(result.ruleBase, "\(result.renderedDiagnostics)")
        let engine = Engine(program: base.program)
        engine.output = { _ in }
        try engine.reset()
        _ = try engine.run()
        let index = try #require(base.program.rules.firstIndex { $0.name == rule })
        return (engine.diagnose(rule: index), engine, base)
    }

    @Test func aConstraintFailsWithTheFactThatFailedIt() throws {
        let (d, engine, base) = try diagnose("needs-high-risk")
        guard case .noFact(let level, let nearest)? = d.failure else {
            Issue.record("expected noFact, got \(String(describing: d.failure))")
            return
        }
        #expect(level == 0)
        #expect(nearest.count == 1)
        let printer = FactPrinter(program: base.program, symbols: engine.symbols)
        #expect(nearest.first.map { printer.render($0.fact) } == "risk is medium")
        #expect(base.conditionText(rule: 0, condition: 0) == "risk is high")
    }

    @Test func aMissingFactHasNoNearest() throws {
        let (d, _, _) = try diagnose("needs-size")
        guard case .noFact(0, let nearest)? = d.failure else {
            Issue.record("expected noFact at 0")
            return
        }
        #expect(nearest.isEmpty)
    }

    @Test func aJoinWithoutPartner() throws {
        let (d, _, base) = try diagnose("needs-partner")
        guard case .noPartner(1, let candidates)? = d.failure else {
            Issue.record("expected noPartner at 1, got \(String(describing: d.failure))")
            return
        }
        // bolt passes `blocked: no` but is not acme's customer record.
        #expect(candidates.count == 1)
        #expect(d.partial.count == 1)
        #expect(base.conditionText(rule: 2, condition: 1) == "customer(name: $c, blocked: no)")
    }

    @Test func aNotBlockedByAFact() throws {
        let (d, engine, base) = try diagnose("blocked-by-not")
        guard case .blocked(1, let by)? = d.failure else {
            Issue.record("expected blocked at 1, got \(String(describing: d.failure))")
            return
        }
        #expect(
            FactPrinter(program: base.program, symbols: engine.symbols).render(by)
                == "customer(name: acme, blocked: yes)")
        #expect(base.conditionText(rule: 3, condition: 1) == "not customer(name: $c, blocked: yes)")
    }

    /// `exists` stops the same ways a pattern does: no fact passes its own tests (the nearest
    /// ones named), or none joins the facts before it; when it holds, the search goes on after it.
    @Test func anExistsStopsLikeAPattern() throws {
        let (partner, _, _) = try diagnose("exists-without-partner")
        guard case .noPartner(1, let candidates)? = partner.failure else {
            Issue.record("expected noPartner at 1, got \(String(describing: partner.failure))")
            return
        }
        #expect(candidates.count == 1)
        let (nothing, _, _) = try diagnose("exists-nothing")
        guard case .noFact(0, let nearest)? = nothing.failure else {
            Issue.record("expected noFact at 0, got \(String(describing: nothing.failure))")
            return
        }
        #expect(nearest.count == 2, "both customers are near: each fails only the name")
        let (more, _, _) = try diagnose("exists-and-more")
        guard case .noFact(1, _)? = more.failure else {
            Issue.record("expected noFact at 1 after the exists held, got \(String(describing: more.failure))")
            return
        }
    }

    @Test func aFalseTest() throws {
        let (d, _, _) = try diagnose("failing-test")
        #expect(d.failure == .testFalse(level: 1))
    }

    @Test func aMatchedRuleHasNoFailure() throws {
        let (d, _, _) = try diagnose("matches")
        #expect(d.failure == nil)
        #expect(d.partial.count == 2)
    }
}

/// One equality for the network and the diagnosis: 5 and 5.0 join (by value), 5 and 5.5 do not;
/// the diagnosis agrees with what fired in both cases.
@Suite struct EqualityTests {
    func check(_ b: String, fires: Bool) throws {
        let (e, out) = try engine(
            """
            template a { x: number }
            template b { y: number }
            rule same
              when
                a(x: $x)
                b(y: $x)
              then
                print "joined {x}"
            end
            rule constant
              when
                b(y: 5)
              then
                print "constant"
            end
            rule test
              when
                a(x: $x)
                b(y: $y)
                test $x == $y
              then
                print "test"
            end
            """)
        _ = try e.assert("a", ["5"])
        _ = try e.assert("b", [b])
        try e.run()
        #expect(out.text.contains("joined") == fires, "\(out.text)")
        #expect(out.text.contains("constant") == fires)
        #expect(out.text.contains("test") == fires)
        for (i, rule) in e.program.rules.enumerated() {
            let diagnosis = e.diagnose(rule: i)
            #expect((diagnosis.failure == nil) == fires, "\(rule.name): \(String(describing: diagnosis.failure))")
        }
    }

    @Test("5 and 5.0 are equal everywhere: joins, constant tests, test expressions and the diagnosis")
    func integralFloat() throws { try check("5.0", fires: true) }

    @Test("5 and 5.5 are different everywhere")
    func otherFloat() throws { try check("5.5", fires: false) }

    @Test("the one equality: exact for numbers, NaN equal to nothing")
    func valueOrder() {
        #expect(ValueOrder.equal(.integer(5), .float(5.0)))
        #expect(ValueOrder.equal(.float(-0.0), .integer(0)))
        #expect(!ValueOrder.equal(.integer(9_007_199_254_740_993), .float(9_007_199_254_740_992)))
        #expect(!ValueOrder.equal(.float(.nan), .float(.nan)))
        #expect(!ValueOrder.equal(.integer(Int.max), .float(9.3e18)))
    }
}
