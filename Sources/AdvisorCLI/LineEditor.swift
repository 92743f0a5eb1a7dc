@_spi(Tooling) import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Line editing on a terminal as people expect from readline, with the C library's termios only:
/// left/right, Home/End (Ctrl-A/Ctrl-E), Backspace/Delete, Ctrl-U, history with up/down, Tab to
/// complete answer names and prompt commands, Ctrl-C to interrupt, Ctrl-D on an empty line to end.
/// The terminal is in raw mode only while a line is read, and put back after each line.
final class LineEditor: LineReader {
    private let input: Int32
    private let output: Int32
    private var history: [String] = []
    /// The row (below the prompt's) the cursor was left on by the last drawing of the line.
    private var cursorRow = 0
    private var pending: [UInt8] = []

    /// Nil when `input` is not a terminal that termios can drive.
    init?(input: Int32 = 0, output: Int32 = 2) {
        var t = termios()
        guard isatty(input) == 1, isatty(output) == 1, tcgetattr(input, &t) == 0 else { return nil }
        self.input = input
        self.output = output
    }

    func read(prompt: String, completions: [String]) -> InputEvent {
        if interruptRequested != 0 { return .interrupt }
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else {
            return PlainLineReader(fd: input, echo: false).read(prompt: prompt, completions: completions)
        }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        // TCSANOW, not TCSAFLUSH: what was typed ahead or pasted while the advisor was busy stays
        // in the input and is read as the next lines.
        tcsetattr(input, TCSANOW, &raw)
        TerminalState.remember(input, saved)
        defer {
            tcsetattr(input, TCSANOW, &saved)
            TerminalState.forget()
        }
        var state = EditState(prompt: prompt, history: history)
        // Drawn as every later drawing is, so a prompt wider than the terminal is counted in rows.
        cursorRow = 0
        redraw(state)
        while true {
            guard let key = nextKey() else {
                write("\r\n")
                return interruptRequested != 0 ? .interrupt : .end
            }
            if case .suspend = key {
                // Ctrl-Z: the terminal as it was, stop until `fg`, then raw again and the line redrawn.
                tcsetattr(input, TCSANOW, &saved)
                write("\r\n")
                kill(getpid(), SIGTSTP)
                tcsetattr(input, TCSANOW, &raw)
                cursorRow = 0
                redraw(state)
                continue
            }
            switch state.apply(key, completions: completions) {
            case .redraw:
                redraw(state)
            case .list(let candidates):
                write("\r\n" + candidates.joined(separator: "  ") + "\r\n")
                cursorRow = 0
                redraw(state)
            case .bell:
                write("\u{07}")
            case .done(let event):
                write("\r\n")
                if case .line(let l) = event, !l.trimmed.isEmpty, history.last != l { history.append(l) }
                return event
            }
        }
    }

    /// Draws the prompt and the line again. A line longer than the terminal is wide spans several
    /// rows: the drawing starts from the prompt's row (not the cursor's) and clears what is below,
    /// so no copy of an earlier drawing stays on the screen.
    private func redraw(_ s: EditState) {
        let width = TerminalSize.columns(output) ?? 80
        var out = cursorRow > 0 ? "\u{1B}[\(cursorRow)A\r" : "\r"
        out += s.prompt + String(s.line) + "\u{1B}[J"
        let promptWidth = Self.visibleWidth(s.prompt)
        let end = promptWidth + s.line.count
        let at = promptWidth + s.cursor
        let row = at / width
        if at == end && end % width == 0 {
            // At the end of a full row the terminal waits at its last column: go to the next row.
            out += "\n\r"
        } else {
            // After the text the terminal's cursor is on the row of its end; move it to the editing position.
            let endRow = end % width == 0 ? end / width - 1 : end / width
            if endRow > row { out += "\u{1B}[\(endRow - row)A" }
            out += "\r"
            if at % width > 0 { out += "\u{1B}[\(at % width)C" }
        }
        cursorRow = row
        write(out)
    }

    private func write(_ s: String) { FileSystem.writeAll(s, to: output) }

    /// The columns `text` takes on the screen: its characters without the colour sequences.
    static func visibleWidth(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for c in text {
            if inEscape {
                if c.isLetter { inEscape = false }
            } else if c == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    private func byte() -> UInt8? {
        if !pending.isEmpty { return pending.removeFirst() }
        var b: UInt8 = 0
        while true {
            // A SIGINT from outside (kill -INT; Ctrl-C itself comes as a byte here) ends the line.
            guard waitForInput(input) else { return nil }
            let n = System.read(input, &b, 1)
            if n == 1 { return b }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// The next key: a character (UTF-8 decoded), a control key or an escape sequence.
    private func nextKey() -> EditState.Key? {
        guard let b = byte() else { return nil }
        switch b {
        case 27:
            guard let b2 = byte() else { return .other }
            if b2 == UInt8(ascii: "[") || b2 == UInt8(ascii: "O") {
                var code: [UInt8] = []
                while let c = byte() {
                    code.append(c)
                    if c >= 0x40 && c <= 0x7E { break }
                }
                switch String(decoding: code, as: UTF8.self) {
                case "A": return .up
                case "B": return .down
                case "C": return .right
                case "D": return .left
                case "H", "1~", "7~": return .home
                case "F", "4~", "8~": return .end
                case "3~": return .delete
                default: return .other
                }
            }
            return .other
        case 1: return .home
        case 5: return .end
        case 2: return .left
        case 6: return .right
        case 3: return .interrupt
        case 4: return .endOfInput
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 21: return .killLine
        case 26: return .suspend
        case 16: return .up
        case 14: return .down
        case 0..<32: return .other
        default:
            // A UTF-8 sequence: its length from the first byte.
            var bytes = [b]
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            while bytes.count < length, let next = byte() { bytes.append(next) }
            return String(decoding: bytes, as: UTF8.self).first.map { .character($0) } ?? .other
        }
    }
}

/// The line being edited and what each key does to it (no terminal here: tests drive it).
struct EditState {
    enum Key: Equatable {
        case character(Character)
        case left, right, home, end, up, down, backspace, delete, killLine, tab, enter, interrupt, endOfInput, suspend,
            other
    }

    enum Effect: Equatable {
        case redraw
        case list([String])
        case bell
        case done(InputEvent)
    }

    let prompt: String
    var line: [Character] = []
    var cursor = 0
    private let history: [String]
    private var historyIndex: Int
    private var draft: [Character] = []

    init(prompt: String, history: [String]) {
        self.prompt = prompt
        self.history = history
        historyIndex = history.count
    }

    mutating func apply(_ key: Key, completions: [String]) -> Effect {
        switch key {
        case .character(let c):
            // A line holds at most what the consultation reads (a paste of a document rings the
            // bell instead of redrawing a growing line for every character).
            guard line.count < DialogueOutput.longestLine else { return .bell }
            line.insert(c, at: cursor)
            cursor += 1
        case .left:
            guard cursor > 0 else { return .bell }
            cursor -= 1
        case .right:
            guard cursor < line.count else { return .bell }
            cursor += 1
        case .home: cursor = 0
        case .end: cursor = line.count
        case .backspace:
            guard cursor > 0 else { return .bell }
            line.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < line.count else { return .bell }
            line.remove(at: cursor)
        case .killLine:
            line = []
            cursor = 0
        case .up:
            guard historyIndex > 0 else { return .bell }
            if historyIndex == history.count { draft = line }
            historyIndex -= 1
            line = Array(history[historyIndex])
            cursor = line.count
        case .down:
            guard historyIndex < history.count else { return .bell }
            historyIndex += 1
            line = historyIndex == history.count ? draft : Array(history[historyIndex])
            cursor = line.count
        case .tab:
            return complete(completions)
        case .enter:
            return .done(.line(String(line)))
        case .interrupt:
            return .done(.interrupt)
        case .endOfInput:
            if line.isEmpty { return .done(.end) }
            guard cursor < line.count else { return .bell }
            line.remove(at: cursor)
        case .other, .suspend:
            return .bell
        }
        return .redraw
    }

    /// Completes the text before the cursor to the candidates it starts (case-insensitive): the
    /// one candidate, or the longest common start of several (listing them when that adds nothing).
    mutating func complete(_ candidates: [String]) -> Effect {
        let typed = String(line[0..<cursor]).lowercased()
        var seen = Set<String>()
        let matches = candidates.filter { $0.lowercased().hasPrefix(typed) && seen.insert($0.lowercased()).inserted }
        guard !matches.isEmpty else { return .bell }
        var common = Array(matches[0].lowercased())
        for m in matches.dropFirst() {
            let other = Array(m.lowercased())
            var n = 0
            while n < common.count && n < other.count && common[n] == other[n] { n += 1 }
            common = Array(common[0..<n])
        }
        if matches.count == 1 { common = Array(matches[0]) + [" "] }
        guard common.count > typed.count else { return matches.count > 1 ? .list(matches) : .bell }
        let rest = Array(line[cursor...])
        line = common + rest
        cursor = common.count
        return .redraw
    }
}
