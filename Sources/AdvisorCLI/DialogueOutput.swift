/// Where a consultation writes: the dialogue (questions, help, explanations) on standard error,
/// the advice on standard output, so `advisor consult > advice.txt` keeps only the advice; and,
/// when recording, everything in order into a transcript (the terminal's tap records what is
/// written; ``read(_:prompt:completions:)`` records prompts and what was typed).
final class DialogueOutput {
    let terminal: Terminal
    let colour: Bool
    var recorder: TranscriptRecorder?
    /// The columns the dialogue (standard error) and the advice (standard output) are wrapped to:
    /// 78, unless the consultation runs on a narrower terminal (asked at each use, so a resized
    /// window is followed). Transcripts and tests keep 78, so what they record does not depend on
    /// the window.
    var dialogueWidth: () -> Int = { 78 }
    var adviceWidth: () -> Int = { 78 }

    init(terminal: Terminal, colour: Bool) {
        self.terminal = terminal
        self.colour = colour
    }

    /// The save running on another thread (``BackgroundSave``), and what is said until it ends.
    private var saving: (save: BackgroundSave, ended: (String?) -> Void)?
    private var held = ""

    /// Dialogue text (standard error); held while a save runs, and shown when it has ended.
    func say(_ text: String) {
        if saving != nil { held += text } else { terminal.err(text) }
    }

    /// The advice (standard output), once a running save has ended.
    func result(_ text: String) {
        settle()
        terminal.out(text)
        terminal.flush()
    }

    /// Starts `work` on another thread; `ended` is told what went wrong (or nil) when it is waited
    /// for, before anything held is shown. A save still running is waited for first.
    func save(_ work: @escaping @Sendable () -> String?, ended: @escaping (String?) -> Void) {
        settle()
        saving = (BackgroundSave(work), ended)
    }

    /// Waits for a running save, then shows what was said meanwhile.
    func settle() {
        guard let (save, ended) = saving else { return }
        let problem = save.wait()
        saving = nil
        ended(problem)
        if !held.isEmpty {
            terminal.err(held)
            held = ""
        }
    }

    /// The longest line read as an answer or a command; a longer one is refused before any work
    /// is done on it (a pasted document, a mebibyte from a pipe).
    static let longestLine = 1000
    /// What is said for a line longer than ``longestLine`` (in the consultation's language).
    var tooLong: (Int) -> String = {
        "That line has \($0) characters: an answer or a command has at most \(DialogueOutput.longestLine).\n"
    }

    /// Reads a line at `prompt` (shown plain), recording both when a transcript is made; a line
    /// longer than ``longestLine`` gets a short re-prompt.
    func read(_ reader: LineReader, prompt: String, completions: [String]) -> InputEvent {
        settle()
        while true {
            recorder?.output(prompt)
            let event = reader.read(prompt: colour ? accent(prompt) : prompt, completions: completions)
            recorder?.input(event)
            if case .line(let typed) = event, typed.utf8.count > Self.longestLine, typed.count > Self.longestLine {
                say(warn(tooLong(typed.count)))
                continue
            }
            return event
        }
    }

    // Styles for a terminal that shows colour; plain text otherwise (and in transcripts).
    func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { colour ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    func warn(_ s: String) -> String { colour ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
    func accent(_ s: String) -> String { colour ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
}
