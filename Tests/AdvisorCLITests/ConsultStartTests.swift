import Foundation
import Testing

@testable import AdvisorCLI

/// The class "a consultation started with a mistake on its command line": a file argument, a
/// scenario that cannot be read or has a mistake, a preset that does not fit, bad weights, a bad
/// `--set`. Each ends before the first question with exit 2 and a message that names the
/// mistake, and no session file is made.
struct ConsultStartTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let files = [
        "typo.scenario": "risk = hgih\n",
        "broken.scenario": "risk high\n",
        "good.scenario": "risk = high\n",
    ]

    static let cases: [Case] = [
        Case(
            arguments: ["answers.txt"],
            message: "consult takes no file arguments (use --scenario FILE or --resume FILE), found 'answers.txt'"),
        Case(
            arguments: ["--scenario", "{dir}/missing.scenario"],
            message: "cannot read scenario '{dir}/missing.scenario' (no such file)"),
        Case(arguments: ["--scenario", "{dir}/broken.scenario"], message: "broken.scenario:1:"),
        Case(
            arguments: ["--scenario", "{dir}/typo.scenario"],
            message: "typo.scenario:1:8: error: 'hgih' is not a value of"),
        Case(arguments: ["--set", "risk=hgih"], message: "--set risk=hgih: 'hgih' is not a value of"),
        Case(arguments: ["--set", "risk"], message: "--set"),
        Case(
            arguments: ["--scenario", "{dir}/good.scenario", "--weights", "feasability=1"],
            message: "unknown criterion 'feasability' in --weights"),
    ]

    @Test(arguments: cases)
    func endsBeforeTheFirstQuestion(_ c: Case) throws {
        let dir = try temporaryFolder(Self.files).path
        let arguments =
            ["consult", "--session", dir + "/s.session"] + c.arguments.map { $0.replacing("{dir}", with: dir) }
        let r = advisor(arguments, input: ["1"])
        #expect(r.status == .badInput, "\(r.err)")
        #expect(r.err.contains(c.message.replacing("{dir}", with: dir)), "\(r.err)")
        #expect(!r.err.contains("Question 1"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/s.session"))
    }

    /// Weights given to a consultation rank its options as evaluate ranks them.
    @Test func weightsAreTakenByTheConsultation() throws {
        let dir = try temporaryFolder([:]).path
        let r = advisor(
            [
                "consult", "--session", dir + "/s.session", "--weights",
                "feasibility=0.9,suitability=0.05,acceptability=0.05",
            ], input: ["quit"])
        #expect(r.status == .success, "\(r.err)")
    }
}
