/// The exit codes of the command line contract (the README).
public enum ExitStatus: Int32, Sendable {
    /// It worked.
    case success = 0
    /// The run worked but an expectation or check failed (or warnings under `--strict`).
    case failure = 1
    /// Bad usage or bad input: an unreadable file, a syntax error, an unknown name or value, a runaway program.
    case badInput = 2
    /// Stopped by an interrupt (Ctrl-C) after saving what there was to save: 128 + SIGINT, as shells report it.
    case interrupted = 130
}

/// A usage error: its message, and the command whose usage to show.
struct UsageError: Error {
    let message: String
    let command: String?
}
