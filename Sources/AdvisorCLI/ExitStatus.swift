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

/// A usage error as data: what was wrong with the command line, and the command whose usage to
/// show. The mistakes every command can make are cases of their own; a command's own mistakes
/// carry their sentence. ``message`` is the one place any of them is worded.
struct UsageError: Error {
    enum Kind {
        case unknownCommand(String, suggestion: String?)
        case unknownOption(String, suggestion: String?)
        case takesNoValue(option: String)
        case needsValue(option: String)
        case givenTwice(option: String, first: String, second: String)
        case unknownValue(option: String, value: String, allowed: [String], suggestion: String?)
        /// A command's own mistake, in its words.
        case other(String)
    }

    let kind: Kind
    let command: String?

    init(_ kind: Kind, command: String?) {
        self.kind = kind
        self.command = command
    }

    /// A command's own mistake.
    init(message: String, command: String?) { self.init(.other(message), command: command) }

    /// What the user reads after `advisor: `.
    var message: String {
        switch kind {
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownOption(let name, let suggestion):
            return "unknown option '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .takesNoValue(let option): return "option '\(option)' takes no value"
        case .needsValue(let option): return "option '\(option)' needs a value"
        case .givenTwice(let option, let first, let second):
            return "option '\(option)' is given twice ('\(first)' and '\(second)'); give it once"
        case .unknownValue(let option, let value, let allowed, let suggestion):
            let head = value.isEmpty ? "'\(option)' has an empty item" : "unknown value '\(value)' for '\(option)'"
            let hint = suggestion.map { "; did you mean '\($0)'? The" } ?? "; the"
            return head + hint + " values are: " + allowed.joined(separator: ", ")
        case .other(let text): return text
        }
    }
}
