import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the built `advisor` binary printed and returned.
public struct ProcessResult: Sendable {
    public let out: String
    public let err: String
    /// The exit status (0–255).
    public let status: Int32
}

/// Runs the built binary (.build/debug/advisor) with `input` as its standard input, for what only
/// a real process has: standard input as a file descriptor, signals, exit codes.
public func advisorProcess(_ arguments: [String], input: [UInt8], environment: [String: String] = [:]) throws
    -> ProcessResult
{
    let binary = repositoryRoot.appendingPathComponent(".build/debug/advisor").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { throw NotBuilt() }
    let dir = try temporaryFolder([:])
    let inputPath = dir.appendingPathComponent("in").path
    try Data(input).write(to: URL(fileURLWithPath: inputPath))
    let outPath = dir.appendingPathComponent("out").path
    let errPath = dir.appendingPathComponent("err").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    // The test process's environment, with `environment`'s variables set over it.
    var variables = ProcessInfo.processInfo.environment
    variables.merge(environment) { _, given in given }
    let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for e in envp { free(e) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else { throw NotBuilt() }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return ProcessResult(out: out, err: err, status: (status >> 8) & 0xFF)
}

/// The binary is not built (run `swift build` first) or cannot be started.
public struct NotBuilt: Error, CustomStringConvertible {
    public var description: String { "build the advisor first (swift build)" }
}
