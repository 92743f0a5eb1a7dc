import RuleEngine
import RuleLanguage

/// The `advisor` command line: reads arguments, runs a command, returns the exit status.
/// The executable is a thin wrapper, so tests run every command in process.
public enum Advisor {
    /// Runs `advisor` with `arguments` (without the program name).
    public static func main(_ arguments: [String], terminal: Terminal, environment: [String: String] = [:]) -> ExitStatus {
        main(arguments, terminal: terminal, environment: environment, reader: nil)
    }

    /// Runs `advisor` with `arguments`, a consultation reading its answers from `input` (one
    /// element a line; then the input ends) instead of standard input.
    public static func main(_ arguments: [String], terminal: Terminal, environment: [String: String] = [:], input: [String]) -> ExitStatus {
        main(arguments, terminal: terminal, environment: environment, reader: ScriptedLineReader(input.map { .line($0) }))
    }

    /// The transcript (docs/transcripts.md) of running `advisor` with `arguments` and the typed
    /// `input`: everything shown, prompts and typed lines, and the exit status.
    public static func transcript(_ arguments: [String], input: [String], environment: [String: String] = [:]) -> String {
        let recorder = TranscriptRecorder(arguments: arguments)
        let terminal = Terminal(out: { _ in }, err: { _ in })
        terminal.tap = { recorder.output($0) }
        let status = main(
            arguments, terminal: terminal, environment: environment, reader: ScriptedLineReader(input.map { .line($0) }),
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
        guard let command = arguments.first, !command.hasPrefix("--") || ["--help", "--version"].contains(command) || command == "-h" else {
            do {
                return try ConsultCommand.execute(arguments, terminal: terminal, environment: environment, reader: reader, recorder: recorder)
            } catch {
                terminal.err("advisor: \(error.message)\n\(Usage.brief(error.command))")
                return .badInput
            }
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "-h", "--help", "help":
                terminal.out(Usage.of(rest.first) + "\n")
                return .success
            case "--version":
                terminal.out(Usage.version + "\n")
                return .success
            case "run":
                if rest.contains("-h") || rest.contains("--help") {
                    terminal.out(Usage.run + "\n")
                    return .success
                }
                return try RunCommand.execute(rest, terminal: terminal)
            case "check":
                if rest.contains("-h") || rest.contains("--help") {
                    terminal.out(Usage.check + "\n")
                    return .success
                }
                return try CheckCommand.execute(rest, terminal: terminal, environment: environment)
            case "evaluate":
                if rest.contains("-h") || rest.contains("--help") {
                    terminal.out(Usage.evaluate + "\n")
                    return .success
                }
                return try EvaluateCommand.execute(rest, terminal: terminal, environment: environment)
            case "explain":
                if rest.contains("-h") || rest.contains("--help") {
                    terminal.out(Usage.explain + "\n")
                    return .success
                }
                return try ExplainCommand.execute(rest, terminal: terminal, environment: environment)
            case "consult":
                if rest.contains("-h") || rest.contains("--help") {
                    terminal.out(Usage.consult + "\n")
                    return .success
                }
                return try ConsultCommand.execute(rest, terminal: terminal, environment: environment, reader: reader, recorder: recorder)
            case "replay":
                if rest.contains("-h") || rest.contains("--help") {
                    terminal.out(Usage.replay + "\n")
                    return .success
                }
                return try ReplayCommand.execute(rest, terminal: terminal, environment: environment)
            case "test":
                if rest.contains("-h") || rest.contains("--help") {
                    terminal.out(Usage.test + "\n")
                    return .success
                }
                return try TestCommand.execute(rest, terminal: terminal, environment: environment)
            default:
                var message = "advisor: unknown command '\(command)'"
                let commands = ["run", "check", "consult", "evaluate", "explain", "test", "replay"]
                if let best = EditDistance.closest(to: command, in: commands) { message += "; did you mean '\(best)'?" }
                terminal.err(message + "\n\n" + Usage.main + "\n")
                return .badInput
            }
        } catch {
            terminal.err("advisor: \(error.message)\n\(Usage.brief(error.command))")
            return .badInput
        }
    }
}
