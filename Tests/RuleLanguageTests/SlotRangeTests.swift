import RuleEngine
import RuleLanguage
import Testing

/// `score: integer from -2 to 2`: a range on a number slot, checked where a value can reach the slot:
/// constants when the file is checked, computed values when a rule asserts or modifies, and values
/// asserted from outside (a scenario, a consultation) by the engine.
@Suite("slot ranges")
struct SlotRangeTests {
    let template =
        "template pair { name: symbol  score: integer from -2 to 2  rank: integer from 1  share: number to 1.5 }\n"

    @Test("the range is kept, and a slot without a default starts at its nearest bound")
    func declared() throws {
        let base = try #require(load(template).ruleBase)
        let pair = try #require(base.program.templateIndex("pair"))
        let slots = base.program.templates[pair].slots
        #expect(slots[1].range == SlotRange(lower: .integer(-2), upper: .integer(2)))
        #expect(slots[1].defaultValue == .integer(0))
        #expect(slots[2].defaultValue == .integer(1), "0 is below 'from 1'")
        #expect(slots[3].range == SlotRange(lower: nil, upper: .float(1.5)))
        #expect(slots[0].range == nil)
    }

    @Test("a slot may still be called 'from' or 'to'")
    func wordsStayNames() throws {
        let base = try #require(load("template move { amount: integer from: symbol to: symbol }").ruleBase)
        let move = try #require(base.program.templateIndex("move"))
        #expect(base.program.templates[move].slots.map(\.name) == ["amount", "from", "to"])
    }

    @Test(
        "a constant outside the range is an error where it is written",
        arguments: [
            "facts\n  pair(name: a, score: 3)\nend",
            "facts\n  pair(name: a, score: -3)\nend",
            "facts\n  pair(name: a, rank: 0)\nend",
            "facts\n  pair(name: a, share: 1.6)\nend",
            "rule r\n  when\n    pair(score: 9)\n  then\n    halt\nend",
            "rule r\n  when\n    pair(score: in [1 2 3])\n  then\n    halt\nend",
            "rule r\n  then\n    assert pair(name: a, score: -9223372036854775807)\nend",
        ])
    func constantOutside(_ body: String) {
        let result = load(template + body)
        #expect(result.errors.map(\.id) == ["RL0405"], "\(result.renderedDiagnostics)")
    }

    @Test(
        "a range that cannot be is an error",
        arguments: [
            "template t { s: string from 1 }",
            "template t { s: symbol to 2 }",
            "template t { n: integer from 1.5 }",
            "template t { n: integer from 3 to 2 }",
            "template t { n: number from 1 to 1e400 }",
            "template t { n: integer from 1 = 0 }",
        ])
    func impossibleRange(_ source: String) {
        let result = load(source)
        #expect(
            !result.errors.isEmpty && result.errors.allSatisfy { $0.id == "RL0406" || $0.id == "RL0405" },
            "\(result.renderedDiagnostics)")
    }

    @Test("a computed value outside the range stops the run at the rule that asserted it, naming the range")
    func computedOutside() throws {
        let (engine, _) = try engine(
            template + """
                facts
                  pair(name: a, score: 2)
                end
                rule raise
                  when
                    p: pair(score: $s & < 5)
                  then
                    modify p(score: $s + 1)
                end
                """)
        do {
            try engine.run()
            Issue.record("the run went on with a score of 3")
        } catch {
            #expect(
                error
                    == .action(
                        rule: "raise", cycle: 1, message: "3 is outside slot 'score' of 'pair', which runs from -2 to 2"
                    ))
        }
    }

    @Test("a value asserted from outside is refused; values inside, of either number kind, are taken")
    func assertedFromOutside() throws {
        let (engine, _) = try engine(template)
        let pair = try #require(engine.program.templateIndex("pair"))
        let a = Value.symbol(engine.intern("a"))
        #expect(throws: (any Error).self) {
            try engine.assert(template: pair, slots: [a, .integer(3), .integer(1), .float(0)])
        }
        #expect(throws: (any Error).self) {
            try engine.assert(template: pair, slots: [a, .integer(0), .integer(1), .float(.nan)])
        }
        #expect(throws: (any Error).self) {
            try engine.assert(template: pair, slots: [a, .integer(0), .integer(Int.min), .float(0)])
        }
        _ = try engine.assert(template: pair, slots: [a, .integer(-2), .integer(Int.max), .float(1.5)])
        _ = try engine.assert(template: pair, slots: [a, .integer(2), .integer(1), .integer(1)])
    }

    @Test("contains: bounds are inclusive, integers and floats compare by value, NaN is never inside")
    func contains() {
        let r = SlotRange(lower: .integer(-2), upper: .integer(2))
        #expect(
            r.contains(.integer(-2)) && r.contains(.integer(2)) && r.contains(.float(2.0)) && r.contains(.float(-0.0)))
        #expect(!r.contains(.integer(3)) && !r.contains(.float(2.000001)) && !r.contains(.float(.nan)))
        #expect(!r.contains(.float(.infinity)) && !r.contains(.integer(Int.min)))
        #expect(SlotRange(lower: .integer(1), upper: nil).contains(.integer(Int.max)))
    }
}
