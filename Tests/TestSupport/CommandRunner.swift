import AdvisorCLI
import Foundation

/// What a command printed and returned.
public struct CommandResult: Sendable {
    public let out: String
    public let err: String
    public let status: ExitStatus
}

/// The folder in-process commands run from: the repository root, set once for the whole test
/// process (every test's relative paths, `rules/scenarios/…`, are the repository's). Nothing else
/// changes the working directory.
private let workingDirectory: Bool = FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)

/// Makes the repository root the working directory (once for the process), for code that runs
/// commands in process without ``advisor(_:environment:input:)``.
public func runFromRepositoryRoot() { _ = workingDirectory }

/// A home of the tests' own: a consultation without `--session` saves under HOME or
/// XDG_STATE_HOME, which must never be the repository or the user's own.
private let testHome: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-test-home-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.path
}()

/// Runs `advisor` in process with `arguments`, from the repository root, with HOME in a temporary
/// folder unless `environment` gives HOME or XDG_STATE_HOME, and the documents dated 2026-12-07
/// (SOURCE_DATE_EPOCH) unless it gives a date, so outputs compare across days. A consultation
/// reads its answers from `input` (never from the test process's standard input).
public func advisor(_ arguments: [String], environment: [String: String] = [:], input: [String] = []) -> CommandResult {
    runFromRepositoryRoot()
    var environment = environment
    if environment["HOME"] == nil && environment["XDG_STATE_HOME"] == nil { environment["HOME"] = testHome }
    if environment["SOURCE_DATE_EPOCH"] == nil { environment["SOURCE_DATE_EPOCH"] = "1796601600" }
    var out = ""
    var err = ""
    let terminal = Terminal(out: { out += $0 }, err: { err += $0 })
    let status = Advisor.main(arguments, terminal: terminal, environment: environment, input: input)
    return CommandResult(out: out, err: err, status: status)
}
