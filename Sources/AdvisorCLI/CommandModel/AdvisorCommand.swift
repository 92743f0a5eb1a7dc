/// What a command runs with: where it writes, the environment, and (in tests and `replay`) the
/// lines a consultation reads and the transcript being recorded.
struct CommandContext {
    let terminal: Terminal
    let environment: [String: String]
    let reader: LineReader?
    let recorder: TranscriptRecorder?
}

/// A command of the `advisor` line: its declaration (``CommandSpec``: name, options, help) and how
/// it runs. Every command is listed once, in ``Commands/registry``: dispatch, `--help`, the man page
/// and the completion scripts all come from that list, so a new command is one file and one entry.
protocol AdvisorCommand {
    /// The command's declaration.
    static var spec: CommandSpec { get }
    /// Runs the command with the arguments after its name.
    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus
}
