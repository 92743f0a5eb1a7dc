import RuleLanguage

/// `advisor completions bash|zsh|fish`: a completion script made from the commands' declarations.
enum CompletionsCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.completions }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal)
    }

    static func execute(_ args: [String], terminal: Terminal) throws(UsageError) -> ExitStatus {
        let a = try Arguments(args, spec: Commands.completions)
        guard a.positional.count == 1, let shell = a.positional.first else {
            throw UsageError(message: "say which shell: bash, zsh or fish", command: "completions")
        }
        switch shell {
        case "bash": terminal.out(CompletionScripts.bash())
        case "zsh": terminal.out(CompletionScripts.zsh())
        case "fish": terminal.out(CompletionScripts.fish())
        default:
            var message = "unknown shell '\(shell)'"
            if let best = EditDistance.closest(to: shell, in: ["bash", "zsh", "fish"]) {
                message += "; did you mean '\(best)'?"
            }
            throw UsageError(message: message + " The shells are: bash, zsh, fish", command: "completions")
        }
        return .success
    }
}
