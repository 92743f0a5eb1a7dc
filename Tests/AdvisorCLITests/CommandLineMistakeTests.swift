import Foundation
import Testing

@testable import AdvisorCLI

/// The class "a command line that cannot be done", for explain and evaluate: each is refused with
/// exit 2 and a message saying what to write, before any work.
struct CommandLineMistakeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(
            arguments: ["explain", "--rule-graph", "--format", "json"], message: "--rule-graph is drawn in --format dot"
        ),
        Case(
            arguments: ["explain", "--how", "approach", "a.scenario", "b.scenario"],
            message: "explain takes one scenario (or --set answers), found 2"),
        Case(
            arguments: ["explain", "--why-not", "approach", "--set", "risk=high"],
            message:
                "--why-not takes TOPIC=VALUE (for example: --why-not approach=strategic-relationship), found 'approach'"
        ),
        Case(
            arguments: ["explain", "--how", "portfolio", "--set", "risk=high"],
            message: "nothing was concluded about portfolio in this situation"),
        Case(arguments: ["explain", "--how", "approach", "--rules", "{dir}/nowhere"], message: "nowhere"),
        Case(arguments: ["evaluate", "--set", "risk"], message: "--set"),
        Case(arguments: ["evaluate", "{dir}/empty"], message: "no .scenario files under '{dir}/empty'"),
        Case(
            arguments: ["evaluate", "--grid", "risk"],
            message: "--grid takes NAME=v1,v2,… (for example: --grid risk=low,medium,high), found 'risk'"),
        Case(
            arguments: ["evaluate", "--grid", "risk=low,high", "--max-combinations", "0"],
            message: "--max-combinations takes a positive whole number, found '0'"),
        Case(
            arguments: ["evaluate", "--grid", "risk=low,high", "{dir}/a.csv"],
            message: "--grid varies scenario files and --set answers, not the rows of an export"),
        Case(arguments: ["evaluate", "{dir}/missing.csv"], message: "missing.csv"),
    ]

    @Test(arguments: cases)
    func isRefused(_ c: Case) throws {
        let dir = try temporaryFolder(["a.csv": "id,risk\nx,high\n"]).path
        try FileManager.default.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
        let r = advisor(c.arguments.map { $0.replacing("{dir}", with: dir) })
        #expect(r.status == .badInput, "\(r.err)")
        #expect(r.err.contains(c.message.replacing("{dir}", with: dir)), "\(r.err)")
        #expect(r.out.isEmpty)
    }
}
