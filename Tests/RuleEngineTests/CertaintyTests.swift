import RuleEngine
import Testing

@Suite("Certainty combination")
struct CertaintyTests {
    @Test("both positive: a + b(1 - a)")
    func positive() {
        #expect(abs(Certainty.combine(0.6, 0.5) - 0.8) < 1e-12)
        #expect(Certainty.combine(0, 0.7) == 0.7)
        #expect(Certainty.combine(1, 0.3) == 1)
    }

    @Test("both negative: a + b(1 + a)")
    func negative() {
        #expect(abs(Certainty.combine(-0.4, -0.5) - -0.7) < 1e-12)
    }

    @Test("mixed: (a + b) / (1 - min(|a|, |b|))")
    func mixed() {
        #expect(abs(Certainty.combine(0.8, -0.6) - 0.5) < 1e-12)
        #expect(abs(Certainty.combine(-0.8, 0.6) - -0.5) < 1e-12)
        #expect(Certainty.combine(1, -1) == 0)
    }

    @Test("combination is commutative")
    func commutative() {
        let values = [-1, -0.7, -0.2, 0, 0.3, 0.9, 1.0]
        for a in values {
            for b in values {
                #expect(abs(Certainty.combine(a, b) - Certainty.combine(b, a)) < 1e-12, "a=\(a) b=\(b)")
            }
        }
    }

    @Test("a contribution is the rule's certainty times a positive premise")
    func contribution() {
        #expect(Certainty.contribution(rule: 0.8, premise: 0.5) == 0.4)
        #expect(Certainty.contribution(rule: 0.8, premise: -0.5) == 0)
    }
}
