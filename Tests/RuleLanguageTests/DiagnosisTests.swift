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
        #expect(FactPrinter(program: base.program, symbols: engine.symbols).render(by) == "customer(name: acme, blocked: yes)")
        #expect(base.conditionText(rule: 3, condition: 1) == "not customer(name: $c, blocked: yes)")
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
