import Foundation
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

@testable import RuleEngine

/// Seeded mutations of the example scenarios: reading, checking and evaluating them must never
/// crash; a broken scenario is an `InputError` with a place inside the file.
@Suite struct ScenarioMutationTests {

    static let pieces = [
        "=", "\"", "#", "\n", " ", "expect", "option", "swot", "pair", "-2", "99999999999999999999", "1e308", "x=",
        "=y", "é", "\\",
        "certainty", "2.5",
        // Numeric edge cases: zero, minus one, the ends of 64-bit integers, huge, not-a-number, infinite, minus zero.
        "0", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e308", "-1e308", "nan",
        "NaN", "inf",
        "-inf", "-0", "-0.0", " rank=9223372036854775807", " score=-9223372036854775808", " score=1e308",
    ]

    /// One to four edits: a character taken out, a piece put in, two characters swapped, a run cut.
    static func mutate(_ text: String, _ random: inout SplitMix64, pieces: [String] = pieces) -> String {
        var chars = Array(text)
        for _ in 0..<(1 + random.below(4)) {
            guard !chars.isEmpty else { break }
            let i = random.below(chars.count)
            switch random.below(4) {
            case 0: chars.remove(at: i)
            case 1: chars.insert(contentsOf: Array(pieces[random.below(pieces.count)]), at: i)
            case 2: chars.swapAt(i, random.below(chars.count))
            default: chars.removeSubrange(i..<(i + min(chars.count - i, 1 + random.below(15))))
            }
        }
        return String(chars)
    }

    @Test(arguments: ["office-supplies-reseller", "hospital-equipment", "it-outsourcing"])
    func mutatedScenariosNeverCrash(_ name: String) throws {
        let original = try #require(FileSystem.contents(of: repositoryPath("rules/scenarios/\(name).scenario")))
        var random = SplitMix64(seed: UInt64(name.count))
        let rounds = ProcessInfo.processInfo.environment["MUTATION_ROUNDS"].flatMap { Int($0) } ?? 300
        var evaluated = 0
        for round in 0..<rounds {
            let text = Self.mutate(original, &random)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            do {
                let scenario = try ScenarioParser.parse(text, file: "m.scenario").get()
                let situation = try Situation(scenario, kb: bundledKB)
                let report = try Evaluation(kb: bundledKB).evaluate(situation)
                _ = TextReport(language: .nl).render(report)
                _ = JSONReport(language: .en).render(report)
                evaluated += 1
            } catch let e as Evaluation.Failure {
                // A number the rules cannot compute with (an overflow in a rule): a message, never a trap.
                #expect(!e.message.isEmpty)
            } catch let e as InputError {
                if let place = e.place {
                    #expect(place.line >= 1 && place.line <= lines, "round \(round): line \(place.line) of \(lines)")
                    #expect(place.column >= 1, "round \(round)")
                }
                #expect(!e.message.isEmpty)
            }
        }
        // About one mutation in ten still makes a valid scenario (a change in a comment, a title or a
        // text), so reports are built from mutated input too.
        #expect(evaluated > rounds / 20)
    }
}
