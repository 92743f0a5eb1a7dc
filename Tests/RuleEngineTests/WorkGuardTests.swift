import Foundation
import RuleEngine
import Testing

/// Guards the engine's speed without timing anything: counts the work of Manners 32 (join attempts and
/// partial matches built) and fails when either grows by more than 10% over the recorded figure.
/// When a change lowers the counts, record the new figures here.
@Suite("Work guard")
struct WorkGuardTests {
    static let recordedJoinAttempts = 85_026
    static let recordedTokensBuilt = 99_710

    @Test("Manners 32 does no more than 10% more work than recorded")
    func manners32() throws {
        let folder = repositoryRoot.appendingPathComponent("rules/benchmarks")
        let program = try String(contentsOf: folder.appendingPathComponent("manners.rules"), encoding: .utf8)
        let data = try String(contentsOf: folder.appendingPathComponent("manners-32.rules"), encoding: .utf8)
        let base = try #require(load(data, ["manners.rules": program]).ruleBase)
        let engine = Engine(program: base.program)
        engine.output = { _ in }
        try engine.reset()
        try engine.run()
        let s = engine.statistics
        #expect(s.firings == 623)
        #expect(Double(s.joinAttempts) <= Double(Self.recordedJoinAttempts) * 1.1, "join attempts: \(s.joinAttempts)")
        #expect(Double(s.tokensBuilt) <= Double(Self.recordedTokensBuilt) * 1.1, "partial matches: \(s.tokensBuilt)")
    }
}
