import Foundation
import Testing

@testable import AdvisorCLI
@testable import RuleEngine

/// A transcript's `$ advisor …` line keeps every argument whole (issue 23): an argument with a
/// space (`--customer 'Hotel De Zon'`), a quote or a control character is quoted and read back
/// as it was; older lines, all bare words, read as before.
struct ShellWordsTests {
    @Test func randomArgumentsComeBackWhole() {
        var random = SplitMix64(seed: 23)
        let alphabet: [String] = [
            "a", "Z", "0", " ", "'", "\"", "\\", "\n", "\t", "\r", "\u{1B}", "\u{7F}", "é", "💼", "=", "-", "$", "{dir}",
            "x",
        ]
        for _ in 0..<2_000 {
            let arguments = (0..<random.below(5)).map { _ in
                (0..<random.below(8)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
            }
            let line = arguments.map(ShellWords.quote).joined(separator: " ")
            #expect(!line.contains("\n") && !line.contains("\r"), "\(line.debugDescription)")
            #expect(ShellWords.split(line[...]) == arguments, "\(line.debugDescription)")
        }
    }

    @Test func plainArgumentsStayBare() {
        let arguments = ["consult", "--lang", "en", "--session", "{dir}/s.session", "--set", "risk=high"]
        #expect(arguments.map(ShellWords.quote) == arguments)
        #expect(ShellWords.quote("Hotel De Zon") == "'Hotel De Zon'")
        #expect(ShellWords.quote("it's") == "\"it's\"")
        #expect(ShellWords.quote("A\nB") == "\"A\\nB\"")
        #expect(ShellWords.quote("") == "''")
    }

    /// A consultation recorded with a customer of three words replays without a difference.
    @Test func aCustomerWithSpacesReplays() throws {
        let dir = try temporaryFolder([:]).path
        let recorded = advisor(
            [
                "consult", "--session", dir + "/s.session", "--record", dir + "/t.transcript", "--customer",
                "Hotel De Zon",
            ], input: ["1", "quit"])
        #expect(recorded.status == .success, "\(recorded.err)")
        let text = try String(contentsOfFile: dir + "/t.transcript", encoding: .utf8)
        #expect(text.hasPrefix("$ advisor consult --customer 'Hotel De Zon' --session"), "\(text.prefix(200))")
        let replayed = advisor(["replay", dir + "/t.transcript"])
        #expect(replayed.status == .success, "\(replayed.out)\(replayed.err)")
    }

    @Test func controlCharactersInACustomerOrAScenarioPathAreRefused() throws {
        let dir = try temporaryFolder(["a\nb.scenario": "risk = high\n"]).path
        let customer = advisor(
            ["consult", "--session", dir + "/s.session", "--customer", "ACME\u{1B}]0;x\u{07}"], input: ["1"])
        #expect(
            customer.status == .badInput && customer.err.contains("--customer: a name holds no control character"),
            "\(customer.err)")
        let scenario = advisor(
            ["consult", "--session", dir + "/s.session", "--scenario", dir + "/a\nb.scenario"], input: ["1"])
        #expect(
            scenario.status == .badInput && scenario.err.contains("--scenario: a path with a control character"),
            "\(scenario.err)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/s.session"))
    }
}
