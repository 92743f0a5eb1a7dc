import AdvisorCLI
import Foundation

/// The repository root, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// What a command printed and returned.
struct CommandResult {
    let out: String
    let err: String
    let status: ExitStatus
}

/// Runs `advisor` in process with `arguments`, from the repository root.
/// A consultation reads its answers from `input` (never from the test process's standard input).
func advisor(_ arguments: [String], environment: [String: String] = [:], input: [String] = []) -> CommandResult {
    var out = ""
    var err = ""
    let terminal = Terminal(out: { out += $0 }, err: { err += $0 })
    _ = FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
    let status = Advisor.main(arguments, terminal: terminal, environment: environment, input: input)
    return CommandResult(out: out, err: err, status: status)
}

/// A fresh temporary folder holding `files` (name → text).
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
}

/// Reads a fixture from Tests/AdvisorCLITests/Fixtures.
func fixture(_ name: String) throws -> String {
    try String(
        contentsOf: repositoryRoot.appendingPathComponent("Tests/AdvisorCLITests/Fixtures/\(name)"), encoding: .utf8)
}

/// The absolute path of a file in the repository.
func repositoryPath(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

/// A knowledge base small enough to know its answers and coverage by hand: two questions, one goal
/// (`verdict`), two rules.
let miniKnowledgeBase = """
    enum level { low high }
    enum verdict-kind { go stop }
    ask size: level en "How big is the deal?"
    ask risk: level en "How risky is it?"
    attribute verdict: verdict-kind en "Verdict"
    goal verdict en "Verdict"

    rule big-and-risky
      when
        size is high
        risk is high
      then
        conclude verdict = stop certainty 0.9
    end

    rule small
      when
        size is low
      then
        conclude verdict = go certainty 0.8
    end

    """
