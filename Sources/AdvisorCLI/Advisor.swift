import RuleEngine
import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `advisor` command line: reads arguments, runs a command, returns the exit status.
/// The executable is a thin wrapper, so tests run every command in process.
public enum Advisor {
    /// Runs `advisor` with `arguments` (without the program name).
    public static func main(_ arguments: [String], terminal: Terminal, environment: [String: String] = [:])
        -> ExitStatus
    {
        main(arguments, terminal: terminal, environment: environment, reader: nil)
    }

    /// Runs `advisor` with `arguments`, a consultation reading its answers from `input` (one
    /// element a line; then the input ends) instead of standard input.
    public static func main(
        _ arguments: [String], terminal: Terminal, environment: [String: String] = [:], input: [String]
    ) -> ExitStatus {
        main(
            arguments, terminal: terminal, environment: environment, reader: ScriptedLineReader(input.map { .line($0) })
        )
    }

    /// The transcript (docs/transcripts.md) of running `advisor` with `arguments` and the typed
    /// `input`: everything shown, prompts and typed lines, and the exit status.
    public static func transcript(_ arguments: [String], input: [String], environment: [String: String] = [:]) -> String
    {
        let recorder = TranscriptRecorder(arguments: arguments)
        let terminal = Terminal(out: { _ in }, err: { _ in })
        terminal.tap = { recorder.output($0) }
        let status = main(
            arguments, terminal: terminal, environment: environment,
            reader: ScriptedLineReader(input.map { .line($0) }),
            recorder: recorder)
        terminal.flush()
        recorder.finish(status)
        return recorder.text
    }

    /// `reader`, when given, supplies a consultation's answers (tests and `replay`); else standard input.
    static func main(
        _ arguments: [String], terminal: Terminal, environment: [String: String], reader: LineReader?,
        recorder: TranscriptRecorder? = nil
    ) -> ExitStatus {
        let status = run(arguments, terminal: terminal, environment: environment, reader: reader, recorder: recorder)
        terminal.flush()
        // Results that did not reach standard output (a full disk, a closed pipe) are a failure.
        if let reason = terminal.outputFailure {
            // A reader that went away (`| head -1`) has what it wanted: quiet, and success, as a
            // Unix filter ends.
            if reason == String(cString: strerror(EPIPE)) { return .success }
            terminal.err("advisor: cannot write the results to standard output: \(reason)\n")
            return .badInput
        }
        return status
    }

    static func run(
        _ arguments: [String], terminal: Terminal, environment: [String: String], reader: LineReader?,
        recorder: TranscriptRecorder?
    ) -> ExitStatus {
        // `advisor` alone, or with only consultation options, is `advisor consult`.
        guard let command = arguments.first,
            !command.hasPrefix("--") || ["--help", "--version"].contains(command) || command == "-h"
        else {
            do {
                return try ConsultCommand.execute(
                    arguments, terminal: terminal, environment: environment, reader: reader, recorder: recorder)
            } catch {
                terminal.err("advisor: \(error.message)\n\(Usage.brief(error.command))")
                return .badInput
            }
        }
        let rest = Array(arguments.dropFirst())
        do throws(UsageError) {
            switch command {
            case "-h", "--help", "help":
                // `advisor help COMMAND`; an unknown one is a usage mistake.
                guard let name = rest.first else {
                    terminal.out(Usage.main + "\n")
                    return .success
                }
                guard Commands.named(name) != nil, rest.count == 1 else {
                    throw unknownCommand(rest.count == 1 ? name : rest.joined(separator: " "))
                }
                terminal.out(Usage.of(name) + "\n")
                return .success
            case "--version":
                terminal.out(Usage.version + "\n")
                return .success
            default:
                break
            }
            guard let found = Commands.command(named: command) else { throw unknownCommand(command) }
            if rest.contains("-h") || rest.contains("--help") {
                terminal.out(Usage.of(command) + "\n")
                return .success
            }
            let context = CommandContext(
                terminal: terminal, environment: environment, reader: reader, recorder: recorder)
            return try found.invoke(rest, in: context)
        } catch {
            terminal.err("advisor: \(error.message)\n\(Usage.brief(error.command))")
            return .badInput
        }
    }

    /// `unknown command 'evalute'; did you mean 'evaluate'?` and the short usage.
    static func unknownCommand(_ name: String) -> UsageError {
        let suggestion = EditDistance.closest(to: name, in: Commands.all.map(\.name) + ["help"])
        return UsageError(.unknownCommand(name, suggestion: suggestion), command: nil)
    }
}
