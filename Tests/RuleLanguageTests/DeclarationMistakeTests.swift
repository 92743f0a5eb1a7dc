import RuleLanguage
import Testing

/// The class "a mistake in a declaration": every one is reported once, with its own diagnostic at
/// the name or expression that is wrong (line and column), and the rest of the file is still
/// checked. One case for each way a declaration can be wrong.
struct DeclarationMistakeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let id: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(
            source: "enum level { low high }\nenum level { mid }", id: "RL0305", line: 2, column: 6,
            message: "enum 'level' is declared twice"),
        Case(
            source: "enum level { low high low }", id: "RL0305", line: 1, column: 23,
            message: "value 'low' is declared twice"),
        Case(
            source: "enum level { low high }\nask risk: level\nask risk: level", id: "RL0305", line: 3, column: 5,
            message: "ask 'risk' is declared twice"),
        Case(
            source: "function f($x) = $x\nfunction f($y) = $y", id: "RL0305", line: 2, column: 10,
            message: "function 'f' is declared twice"),
        Case(
            source: "function abs($x) = $x", id: "RL0305", line: 1, column: 10,
            message: "function 'abs' is declared twice"),
        Case(
            source: "template t { a: integer  a: symbol }", id: "RL0305", line: 1, column: 26,
            message: "slot 'a' is declared twice"),
        Case(
            source: "template t { a: integer = abs(-1) }", id: "RL0201", line: 1, column: 27,
            message: "expected a constant as a default, found an expression"),
        Case(
            source: "template t { a: integer }\nattribute t: integer", id: "RL0305", line: 2, column: 11,
            message: "attribute 't' is declared twice"),
        Case(
            source: "template t { a: integer }\ngoal tt", id: "RL0301", line: 2, column: 6,
            message: "unknown template 'tt'"),
        Case(
            source: "template t { a: integer }\ngoal t", id: "RL0310", line: 2, column: 6,
            message: "'t' is not an attribute"),
        Case(
            source: "instances nosuch\n  en \"Any?\"\nend", id: "RL0301", line: 1, column: 11,
            message: "unknown template 'nosuch'"),
        Case(
            source:
                "template t { name: symbol }\ninstances t\n  en \"Any?\"\n  key name\nend\ninstances t\n  en \"More?\"\nend",
            id: "RL0305", line: 6, column: 11, message: "instances 't' is declared twice"),
        Case(
            source: "template t { name: symbol }\ninstances t\n  key nmae\nend", id: "RL0302", line: 3, column: 7,
            message: "template 't' has no slot 'nmae'"),
        Case(
            source: "template t { n: integer }\ninstances t\n  key n\nend", id: "RL0404", line: 3, column: 7,
            message: "key"),
        Case(
            source: "template t { name: symbol  k: symbol }\ninstances t\n  key name\n  slot name\nend", id: "RL0305",
            line: 4, column: 8, message: "slot 'name' is declared twice"),
        Case(
            source: "template t { name: symbol  k: symbol }\ninstances t\n  key name\n  slot k from nosuch\nend",
            id: "RL0301", line: 4, column: 15, message: "unknown template 'nosuch'"),
        Case(
            source:
                "template s { id: symbol }\ninstances s\n  key id\nend\ntemplate t { name: symbol  n: integer }\ninstances t\n  key name\n  slot n from s\nend",
            id: "RL0404", line: 8, column: 8, message: "answered from 's'"),
        Case(
            source: "template t { a: integer }\nfacts\n  t(a: 1 + 2)\nend", id: "RL0201", line: 3, column: 8,
            message: "expected a constant in 'facts', found an expression"),
        Case(
            source: "template t { a: integer }\nfacts\n  t(a: 1) certainty 2\nend", id: "RL0402", line: 3, column: 21,
            message: "2"),
        Case(
            source: "template t { name: symbol }\ninstances t\n  key name\n  colour blue\nend", id: "RL0201", line: 4,
            column: 3, message: "'each', 'key', 'label', 'slot', texts or 'end'"),
        Case(
            source:
                "template s { id: symbol  k: symbol }\ninstances s\n  key id\nend\ntemplate t { name: symbol  n: symbol }\ninstances t\n  key name\n  slot n from s where k on [a]\nend",
            id: "RL0201", line: 8, column: 25, message: "expected 'in' after 'where k', found 'on'"),
        Case(
            source: "attribute a: symbol\nrule r\n  when a is x\n  then because\nend", id: "RL0201", line: 5, column: 1,
            message: "after 'because'"),
    ]

    @Test(arguments: cases)
    func isReportedWhereItIs(_ c: Case) {
        let result = load(c.source)
        let found = result.errors.first { $0.id == c.id }
        #expect(found != nil, "\(result.renderedDiagnostics)")
        guard let found else { return }
        #expect(found.message.text.contains(c.message), "\(found.message.text)")
        #expect(found.location.line == c.line && found.location.column == c.column, "\(result.renderedDiagnostics)")
        #expect(result.ruleBase == nil)
    }

    /// Commas between enum values, list values and `where` values are allowed and change nothing;
    /// `&` joins constraints on an attribute's value.
    @Test func commasAndAmpersandsAreSeparators() throws {
        let plain = load(
            """
            enum level { low medium high }
            attribute risk: level
            template s { id: symbol  kind: level }
            instances s
              key id
              slot kind
            end
            template p { name: symbol  of: symbol }
            instances p
              key name
              slot of from s where kind in [low high]
            end
            rule r
              when risk in [low high]
              then print "x"
            end
            rule q
              when risk is not low & != high
              then print "y"
            end
            """)
        #expect(plain.errors.isEmpty, "\(plain.renderedDiagnostics)")
        let commas = load(
            """
            enum level { low, medium, high }
            attribute risk: level
            template s { id: symbol  kind: level }
            instances s
              key id
              slot kind
            end
            template p { name: symbol  of: symbol }
            instances p
              key name
              slot of from s where kind in [low, high]
            end
            rule r
              when risk in [low, high]
              then print "x"
            end
            rule q
              when risk is not low & != high
              then print "y"
            end
            """)
        #expect(commas.errors.isEmpty, "\(commas.renderedDiagnostics)")
        let a = try #require(plain.ruleBase)
        let b = try #require(commas.ruleBase)
        #expect(a.program.rules.count == b.program.rules.count)
        #expect(a.instanceKinds.map(\.slots.count) == b.instanceKinds.map(\.slots.count))
    }
}
