import RuleEngine
import RuleLanguage

/// The `advisor` command line: reads arguments, runs a command, returns the exit status.
/// The executable is a thin wrapper, so tests run every command in process.
public enum Advisor {
    /// Runs `advisor` with `arguments` (without the program name).
    public static func main(_ arguments: [String], terminal: Terminal, environment: [String: String] = [:]) -> ExitStatus {
        defer { terminal.flush() }
        guard let command = arguments.first else {
            terminal.out(Usage.main + "\n")
            return .success
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
            case "consult", "test", "replay":
                terminal.err(
                    "advisor: '\(command)' is not available yet: it comes with the knowledge base and later issues (see `advisor --help`)\n")
                return .badInput
            default:
                var message = "advisor: unknown command '\(command)'"
                let commands = ["run", "check", "consult", "evaluate", "explain", "test", "replay"]
                if let best = EditDistance.closest(to: command, in: commands) { message += "; did you mean '\(best)'?" }
                terminal.err(message + "\n\n" + Usage.main + "\n")
                return .badInput
            }
        } catch {
            terminal.err("advisor: \(error.message)\n\n\(Usage.of(error.command))\n")
            return .badInput
        }
    }
}
