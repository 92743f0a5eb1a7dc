import Foundation
import Testing

/// `-` is standard input wherever a file is read (issue 24): scenarios, exports, suites,
/// transcripts and rule files; the result is the file's.
@Suite struct StandardInputArgumentTests {
    static let cases: [(command: [String], file: String)] = [
        (["evaluate", "-", "--format", "csv"], "rules/scenarios/it-outsourcing.scenario"),
        (["explain", "-", "--how", "approach"], "rules/scenarios/it-outsourcing.scenario"),
        (["run", "-", "--rules", "rules/benchmarks"], "rules/benchmarks/manners-16.rules"),
        (["check", "-", "--rules", "rules/sales"], "rules/sales/approach.rules"),
        (["test", "-", "--rules", "rules/sales"], "rules/suites/approach.suite"),
        (["replay", "-"], "transcripts/01-en-transactional.transcript"),
    ]

    @Test(arguments: 0..<6)
    func aDashReadsStandardInput(_ index: Int) throws {
        let (command, file) = Self.cases[index]
        let text = try #require(repositoryFile(file), "\(file)")
        let piped = try advisorProcess(command, input: Array(text.utf8))
        let named = try advisorProcess(command.map { $0 == "-" ? file : $0 }, input: [])
        #expect(piped.status == named.status, "\(command): \(piped.err)")
        #expect(!piped.err.contains("cannot read"), "\(command): \(piped.err)")
        // What is written names the input differently (`<stdin>`, `-`); everything else is the same.
        let base = String(file.split(separator: "/").last?.split(separator: ".").first ?? "")
        let same = { (s: String) in
            s.replacingOccurrences(of: file, with: "-").replacingOccurrences(of: "<stdin>", with: "-")
                .replacingOccurrences(of: base, with: "-")
        }
        if command[0] != "check" && command[0] != "replay" { #expect(same(piped.out) == same(named.out), "\(command)") }
    }

    @Test func replayUpdateWantsFiles() {
        let r = advisor(["replay", "-", "--update"])
        #expect(r.status == .badInput && r.err.contains("give files, not '-'"))
    }
}
