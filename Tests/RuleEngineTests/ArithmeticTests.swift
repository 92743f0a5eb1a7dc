import RuleEngine
import RuleLanguage
import Testing

/// Integer arithmetic never traps: every overflow, impossible conversion and division by zero is
/// a runtime error that names the operation and its values, and stops the run at the rule.
@Suite("checked arithmetic")
struct ArithmeticTests {
    static let cases: [(expression: String, message: String?)] = [
        ("9223372036854775807 + 1", "integer overflow: 9223372036854775807 + 1"),
        ("(0 - 9223372036854775807) - 2", "integer overflow: -9223372036854775807 - 2"),
        ("9223372036854775807 * 2", "integer overflow: 9223372036854775807 * 2"),
        ("(0 - 9223372036854775807 - 1) / -1", "integer overflow: -9223372036854775808 / -1"),
        ("div(0 - 9223372036854775807 - 1, -1)", "integer overflow: div(-9223372036854775808, -1)"),
        ("- (0 - 9223372036854775807 - 1)", "integer overflow: -(-9223372036854775808)"),
        ("abs(0 - 9223372036854775807 - 1)", "integer overflow: abs(-9223372036854775808)"),
        ("integer(1e19)", "'integer' cannot make an integer of 1e+19"),
        ("round(1e300)", "'round' cannot make an integer of 1e+300"),
        ("floor(-1e300)", "'floor' cannot make an integer of -1e+300"),
        ("integer(sqrt(-1))", "'integer' cannot make an integer of nan"),
        ("5 / 0", "division by zero: 5 / 0"),
        ("5 mod 0", "division by zero: 5 mod 0"),
        ("5.5 / 0", "division by zero: 5.5 / 0.0"),
        ("div(5, 0)", "division by zero: div(5, 0)"),
        // These are fine: the remainder of the smallest integer by -1 exists.
        ("(0 - 9223372036854775807 - 1) mod -1", nil),
        ("9223372036854775806 + 1", nil),
        ("integer(-9.2e18)", nil),
    ]

    @Test("each case stops with a located message, or computes", arguments: 0..<ArithmeticTests.cases.count)
    func expression(_ index: Int) throws {
        let (expression, message) = Self.cases[index]
        let (e, out) = try engine(
            """
            template t { }
            facts
              t()
            end
            rule compute
              when
                t()
              then
                print (\(expression))
            end
            """)
        do {
            try e.run()
            #expect(message == nil, "\(expression) printed \(out.text)")
        } catch {
            guard case .action(let rule, _, let text) = error else {
                Issue.record("\(expression): \(error)")
                return
            }
            #expect(rule == "compute")
            #expect(message.map { text.hasPrefix($0) } ?? false, "\(expression): \(text)")
        }
    }

    @Test("a computed certainty that is not a number or outside -1...1 is an error at its rule")
    func certainty() throws {
        for (expression, shown) in [("0.7 * 2", "1.4"), ("0.0 / 0.0", nil), ("0 - 2", "-2.0")] {
            let (e, _) = try engine(
                """
                enum l { a }
                attribute x: l
                rule sure
                  when
                    test 1 == 1
                  then
                    conclude x = a certainty (\(expression))
                end
                """)
            do {
                try e.run()
                Issue.record("\(expression) was accepted")
            } catch {
                guard case .action(let rule, _, let text) = error else { return }
                #expect(rule == "sure")
                #expect(
                    text.contains("a certainty must be a number from -1 to 1") || text.contains("division by zero"),
                    "\(text)")
                if let shown { #expect(text.hasSuffix("got \(shown)")) }
            }
        }
    }
}

@Suite("cf")
struct CertaintyFunctionTests {
    @Test("cf($f) reads the certainty of the fact matched as f, as documented; cf(f) and cf(1) say what to write")
    func cf() throws {
        let r = try run(
            """
            template a { n: integer }
            facts
              a(n: 1) certainty 0.7
            end
            rule r
              when
                f: a(n: 1)
              then
                print cf($f)
            end
            """)
        #expect(r.output == "0.7\n")
        for (call, expected) in [
            ("cf(f)", "found 'f' (write $f for the fact named f)"), ("cf(1)", "found an expression"),
            ("cf($f, $f)", "takes 1 argument, found 2"),
        ] {
            let result = load(
                """
                template a { n: integer }
                rule r
                  when
                    f: a(n: 1)
                  then
                    print \(call)
                end
                """)
            #expect(result.ruleBase == nil)
            #expect(result.renderedDiagnostics.contains(expected), "\(call): \(result.renderedDiagnostics)")
        }
    }
}

@Suite("bounded strings")
struct StringLimitTests {
    @Test("a rule that doubles a string stops at 1 MiB with an error at the rule, not by running out of memory")
    func doubling() throws {
        let (e, _) = try engine(
            """
            template s { v: string }
            facts
              s(v: "ab")
            end
            rule grow
              when
                f: s(v: $v)
              then
                modify f(v: str($v, $v))
            end
            """)
        #expect {
            try e.run()
        } throws: { error in
            guard let error = error as? EngineError, case .action(let rule, _, let message) = error else {
                return false
            }
            return rule == "grow"
                && message.hasPrefix("'str' would make a string of 2097152 bytes, more than the limit of 1048576")
        }
    }
}

@Suite("errors while matching")
struct MatchErrorTests {
    @Test("a test that fails to evaluate while matching names its rule, so the command line can point at it")
    func testConditionNamesItsRule() throws {
        // The initial fact is matched while the engine is reset: the error comes from there.
        #expect {
            let (e, _) = try engine(
                """
                template a { n: integer }
                facts
                  a(n: 0)
                end
                rule first
                  when
                    a(n: 5)
                  then
                    print "x"
                end
                rule divides
                  when
                    a(n: $n)
                    test 10 / $n > 1
                  then
                    print "y"
                end
                """)
            try e.run()
        } throws: { error in
            guard let error = error as? EngineError, case .action(let rule, let cycle, let message) = error else {
                return false
            }
            return rule == "divides" && cycle == 0 && message == "division by zero: 10 / 0"
        }
    }
}
