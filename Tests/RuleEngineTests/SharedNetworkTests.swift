import RuleEngine
import RuleLanguage
import TestSupport
import Testing

/// Engines of one program share its compiled network; an engine given a network compiled from
/// another program (the same number of rules and templates, other tests) compiles its own.
struct SharedNetworkTests {
    static func program(_ threshold: Int) throws -> Program {
        let source = """
            template customer { name: symbol  risk: integer }
            rule risky
              when customer(name: $n, risk: > \(threshold))
              then print "watch " $n
            end
            facts
              customer(name: acme, risk: 5)
            end
            """
        let loaded = load(source)
        guard let base = loaded.ruleBase else { throw TestFailure.diagnostics(loaded.renderedDiagnostics) }
        return base.program
    }

    static func output(_ program: Program, network: CompiledNetwork) throws -> String {
        let engine = Engine(program: program, network: network)
        let box = Box()
        engine.output = { box.text += $0 }
        try engine.reset()
        try engine.run()
        return box.text
    }

    @Test func aNetworkOfAnotherProgramIsNotUsed() throws {
        let low = try Self.program(1)
        let high = try Self.program(9)
        let lowNetwork = CompiledNetwork(program: low)
        #expect(try Self.output(low, network: lowNetwork) == "watch acme\n")
        #expect(try Self.output(high, network: lowNetwork) == "", "the rule of 'high' needs risk > 9")
        #expect(try Self.output(high, network: CompiledNetwork(program: high)) == "")
    }
}
