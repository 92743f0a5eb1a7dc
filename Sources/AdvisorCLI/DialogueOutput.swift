/// Where a consultation writes: the dialogue (questions, help, explanations) on standard error,
/// the advice on standard output, so `advisor consult > advice.txt` keeps only the advice; and,
/// when recording, everything in order into a transcript (the terminal's tap records what is
/// written; ``read(_:prompt:completions:)`` records prompts and what was typed).
final class DialogueOutput {
    let terminal: Terminal
    let colour: Bool
    var recorder: TranscriptRecorder?

    init(terminal: Terminal, colour: Bool) {
        self.terminal = terminal
        self.colour = colour
    }

    /// Dialogue text (standard error).
    func say(_ text: String) { terminal.err(text) }

    /// The advice (standard output).
    func result(_ text: String) {
        terminal.out(text)
        terminal.flush()
    }

    /// Reads a line at `prompt` (shown plain), recording both when a transcript is made.
    func read(_ reader: LineReader, prompt: String, completions: [String]) -> InputEvent {
        recorder?.output(prompt)
        let event = reader.read(prompt: colour ? accent(prompt) : prompt, completions: completions)
        recorder?.input(event)
        return event
    }

    // Styles for a terminal that shows colour; plain text otherwise (and in transcripts).
    func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { colour ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    func warn(_ s: String) -> String { colour ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
    func accent(_ s: String) -> String { colour ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
}
