/// A recorded consultation (docs/transcripts.md): comment lines, then one section per command,
/// each the command line, everything shown (standard output and standard error in order), what
/// was typed, and the exit status.
///
/// ```
/// # What this transcript shows.
/// $ advisor consult --lang en --session {dir}/s.session
/// SalesAdvisor: a consultation …
/// complexity>
/// ⌨ high
/// …
/// [exit 0]
/// ```
/// A typed line is `⌨ ` and the text; the end of input is `⌨ ^D`, an interrupt `⌨ ^C`. `{dir}` in a
/// command or a typed line stands for a fresh folder that `advisor replay` makes for the transcript
/// (sessions and reports go there), and is written back for that folder's path in the output.
struct Transcript: Equatable {
    struct Section: Equatable {
        var arguments: [String]
        var inputs: [InputEvent]
        /// The section as written (command line, output, inputs, exit status).
        var text: String

        /// What was typed at each prompt (`complexity> `), in order: for re-recording a
        /// consultation whose questions now come in another order.
        var inputsByPrompt: [String: [InputEvent]] {
            var result: [String: [InputEvent]] = [:]
            var previous = ""
            var i = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(Transcript.inputMark), i < inputs.count {
                    result[previous, default: []].append(inputs[i])
                    i += 1
                }
                previous = String(line)
            }
            return result
        }
    }

    var comments: [String]
    var sections: [Section]

    static let inputMark = "⌨ "

    static func parse(_ text: String) -> Transcript {
        var comments: [String] = []
        var sections: [Section] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if line.hasPrefix("$ advisor") {
                let args = ShellWords.split(line.dropFirst("$ advisor".count))
                sections.append(Section(arguments: args, inputs: [], text: line + "\n"))
                continue
            }
            guard !sections.isEmpty else {
                comments.append(line)
                continue
            }
            sections[sections.count - 1].text += line + "\n"
            if line.hasPrefix(inputMark) {
                let typed = String(line.dropFirst(inputMark.count))
                sections[sections.count - 1].inputs.append(
                    typed == "^D" ? .end : typed == "^C" ? .interrupt : .line(typed))
            }
        }
        return Transcript(comments: comments, sections: sections)
    }

    var text: String { comments.map { $0 + "\n" }.joined() + sections.map(\.text).joined() }
}

/// Collects a section while a command runs: output as shown, each input on a line of its own.
final class TranscriptRecorder {
    private(set) var text = ""
    /// Applied to output and typed lines before they are kept (replay writes its folder back as `{dir}`).
    var rewrite: (String) -> String = { $0 }

    init(arguments: [String]) {
        text = "$ advisor" + arguments.map { " " + ShellWords.quote($0) }.joined() + "\n"
    }

    func output(_ s: String) { text += rewrite(s) }

    func input(_ event: InputEvent) {
        if !text.hasSuffix("\n") { text += "\n" }
        switch event {
        case .line(let l): text += Transcript.inputMark + rewrite(l) + "\n"
        case .end: text += Transcript.inputMark + "^D\n"
        case .interrupt: text += Transcript.inputMark + "^C\n"
        }
    }

    func finish(_ status: ExitStatus) {
        if !text.hasSuffix("\n") { text += "\n" }
        text += "[exit \(status.rawValue)]\n"
    }
}
