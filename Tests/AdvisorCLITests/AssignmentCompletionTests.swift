import Foundation
import Testing

/// Completion of NAME=VALUE options (issue 24): `--set`/`--grid` complete question names, then
/// their values (after a comma too); `--how`/`--why-not` topics, then values; options that take
/// no file never offer files. Run in bash always, in fish when it is installed.
@Suite struct AssignmentCompletionTests {
    /// What a shell completes for `line`, with the script `advisor completions SHELL` writes.
    func complete(_ shell: String, _ line: String) throws -> [String]? {
        let path = ["/usr/bin/" + shell, "/bin/" + shell].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return nil }
        let dir = try temporaryFolder(["script": advisor(["completions", shell]).out])
        let script = dir.appendingPathComponent("script").path
        let program: String
        if shell == "bash" {
            // As bash calls it: the line, the cursor, the words split at spaces and at `=`.
            program = """
                source '\(script)'
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                read -ra COMP_WORDS <<< "$COMP_LINE"; [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
                COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _advisor; printf '%s\\n' "${COMPREPLY[@]}"
                """
        } else {
            program = "source '\(script)'; complete -C '\(line)' | cut -f1"
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["-c", program]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
    }

    /// The line, and what bash and fish offer (bash replaces what follows the `=`, fish the token).
    static let cases: [(line: String, bash: [String], fish: [String])] = [
        (
            "advisor evaluate --set comp", ["complexity=", "complementary-partner="],
            ["complementary-partner=", "complexity="]
        ),
        ("advisor evaluate --set complexity=h", ["high"], ["complexity=high"]),
        ("advisor evaluate --grid risk=low,m", ["low,medium"], ["risk=low,medium"]),
        ("advisor consult --set buy-class=new", ["new-task"], ["buy-class=new-task"]),
        ("advisor explain --how appr", ["approach="], ["approach="]),
        ("advisor explain --why-not approach=tr", ["transactional"], ["approach=transactional"]),
        ("advisor evaluate --weights ", [], []),
    ]

    @Test(arguments: ["bash", "fish"], 0..<7)
    func completes(_ shell: String, _ index: Int) throws {
        let c = Self.cases[index]
        guard let got = try complete(shell, c.line) else { return }  // the shell is not installed
        #expect(got == (shell == "bash" ? c.bash : c.fish), "\(shell): \(c.line)")
    }
}
