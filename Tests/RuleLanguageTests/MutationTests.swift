import Foundation
import RuleLanguage
import Testing

@testable import RuleEngine

/// Seeded mutations of real rule files: the front end must never crash, and every diagnostic must
/// point at a real place (a line of the file, a column inside or just past it) with a rendering.
@Suite("Front end under mutation")
struct MutationTests {

    static let pieces = [
        "(", ")", "[", "]", "{", "}", ":", ",", "&", "$", "\"", "#", "\n", "end", "rule", "when", "then",
        "not", "in", "is", "==", "!=", "<", "-", "1e", "0.5", "$x", "logical", "include \"x.rules\"", "é",
    ]

    static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
        var chars = Array(text)
        for _ in 0..<(1 + random.below(4)) {
            guard !chars.isEmpty else { break }
            let i = random.below(chars.count)
            switch random.below(4) {
            case 0: chars.remove(at: i)
            case 1: chars.insert(contentsOf: Array(pieces[random.below(pieces.count)]), at: i)
            case 2:
                let j = random.below(chars.count)
                chars.swapAt(i, j)
            default:
                let length = min(chars.count - i, 1 + random.below(20))
                chars.removeSubrange(i..<(i + length))
            }
        }
        return String(chars)
    }

    @Test(
        "200 mutations each of manners.rules and waltz.rules load without crashing, with sound locations",
        arguments: ["manners.rules", "waltz.rules"])
    func mutations(_ name: String) throws {
        let original = try String(
            contentsOf: repositoryRoot.appendingPathComponent("rules/benchmarks/\(name)"), encoding: .utf8)
        var random = SplitMix64(seed: name == "manners.rules" ? 1 : 2)
        // MUTATION_ROUNDS=N runs more rounds when hunting for crashes; the suite's default is 200.
        let rounds = ProcessInfo.processInfo.environment["MUTATION_ROUNDS"].flatMap { Int($0) } ?? 200
        for round in 0..<rounds {
            let text = Self.mutate(original, &random)
            let result = load(text)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for d in result.diagnostics {
                #expect(d.location.line >= 1 && d.location.line <= lines.count, "round \(round): \(d.id) line")
                let width = d.location.line <= lines.count ? lines[d.location.line - 1].count : 0
                #expect(d.location.column >= 1 && d.location.column <= width + 1, "round \(round): \(d.id) column")
            }
            #expect(result.ruleBase != nil || !result.errors.isEmpty, "round \(round): no rule base and no error")
            _ = result.renderedDiagnostics
        }
    }

    @Test("mutated Manners programs that still compile run on real data without crashing, within limits")
    func runMutants() throws {
        let folder = repositoryRoot.appendingPathComponent("rules/benchmarks")
        let program = try String(contentsOf: folder.appendingPathComponent("manners.rules"), encoding: .utf8)
        let data = try String(contentsOf: folder.appendingPathComponent("manners-16.rules"), encoding: .utf8)
            .replacingOccurrences(of: "include \"manners.rules\"", with: "")
        var random = SplitMix64(seed: 3)
        var ran = 0
        let rounds = ProcessInfo.processInfo.environment["MUTATION_ROUNDS"].flatMap { Int($0) } ?? 120
        for _ in 0..<rounds {
            let result = load(Self.mutate(program, &random) + "\n" + data)
            guard let base = result.ruleBase else { continue }
            let engine = Engine(program: base.program, limits: RunLimits(maxFirings: 400, maxFacts: 2_000))
            engine.output = { _ in }
            do {
                try engine.reset()
                try engine.run()
            } catch {
                // A limit or a runtime error is a fine outcome for a broken program; a crash is not.
            }
            ran += 1
        }
        #expect(ran > 10, "too few mutants compiled to exercise the engine: \(ran)")
    }
}
