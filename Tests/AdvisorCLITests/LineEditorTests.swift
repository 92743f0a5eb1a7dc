import Foundation
import Testing

@testable import AdvisorCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The line editor on a pseudo-terminal in this process: keys written to the master side, the
/// line read on the slave side (the terminal tests run the whole advisor in a child process).
@Suite(.serialized) struct LineEditorTests {
    /// A pseudo-terminal pair; the slave starts raw, so what is written reaches the editor byte for byte.
    final class Pair {
        let master: Int32
        let slave: Int32
        init() throws {
            (master, slave) = try openPseudoTerminal()
            var t = termios()
            tcgetattr(slave, &t)
            t.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
            t.c_iflag &= ~tcflag_t(IXON | ICRNL)
            tcsetattr(slave, TCSANOW, &t)
        }
        func type(_ text: String) { _ = text.withCString { write(master, $0, strlen($0)) } }
        /// What the editor drew, without waiting.
        func drawn() -> String {
            var out = ""
            var buffer = [UInt8](repeating: 0, count: 4096)
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while poll(&fds, 1, 50) > 0 {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                out += String(decoding: buffer[0..<n], as: UTF8.self)
            }
            return out
        }
        deinit {
            close(slave)
            close(master)
        }
    }

    @Test func editingKeys() throws {
        let p = try Pair()
        let editor = try #require(LineEditor(input: p.slave, output: p.slave))
        // a b, left, X, Home (Ctrl-A), Y, End (Ctrl-E), Z: "YaXbZ".
        p.type("ab\u{1B}[DX\u{01}Y\u{05}Z\r")
        #expect(editor.read(prompt: "> ", completions: []) == .line("YaXbZ"))
        // Escape sequences for Home, End and Delete; Backspace; Ctrl-U clears the line.
        p.type("xyz\u{1B}[H\u{1B}[3~\u{1B}[F\u{7F}q\r")
        #expect(editor.read(prompt: "> ", completions: []) == .line("yq"))
        p.type("gone\u{15}kept\r")
        #expect(editor.read(prompt: "> ", completions: []) == .line("kept"))
        // History: up brings back the last line, down the draft.
        p.type("\u{1B}[A\r")
        #expect(editor.read(prompt: "> ", completions: []) == .line("kept"))
        p.type("dr\u{1B}[A\u{1B}[B!\r")
        #expect(editor.read(prompt: "> ", completions: []) == .line("dr!"))
        #expect(p.drawn().contains("> "))
    }

    /// A paste longer than a line may be rings the bell for each character past the limit, and
    /// the line keeps its first 1000 characters (no redraw of an ever longer line).
    @Test func aLongPasteStopsAtTheLimit() throws {
        var state = EditState(prompt: "> ", history: [])
        for _ in 0..<DialogueOutput.longestLine { _ = state.apply(.character("x"), completions: []) }
        #expect(state.apply(.character("y"), completions: []) == .bell)
        #expect(state.line.count == DialogueOutput.longestLine && !state.line.contains("y"))
    }

    /// A line longer than the terminal is wide: each drawing starts from the prompt's row (moving
    /// up first) and clears below, so no earlier drawing stays on the screen.
    @Test func aLineWiderThanTheTerminal() throws {
        let p = try Pair()
        var size = winsize(ws_row: 24, ws_col: 20, ws_xpixel: 0, ws_ypixel: 0)
        #expect(ioctl(p.slave, UInt(TIOCSWINSZ), &size) == 0)
        let editor = try #require(LineEditor(input: p.slave, output: p.slave))
        p.type(String(repeating: "a", count: 30) + "\u{1B}[D" + "b\r")
        #expect(editor.read(prompt: "> ", completions: []) == .line(String(repeating: "a", count: 29) + "ba"))
        let drawn = p.drawn()
        // The 19th character fills the first row (2 for the prompt); later drawings move up a row.
        #expect(drawn.contains("\u{1B}[1A\r> "), "\(drawn.suffix(200))")
        #expect(drawn.contains("\u{1B}[J"))
        #expect(LineEditor.visibleWidth("\u{1B}[36mRisk> \u{1B}[0m") == 6)
    }

    /// The class of "a drawing left on the screen": prompts narrower than, as wide as and wider than
    /// the terminal (one, two, three rows), lines that end mid-row and at a row's end, edits in the
    /// middle and backspaces across a row boundary. Whatever the case, the screen shows the
    /// prompt and the line once, wrapped as the terminal wraps them, and nothing else.
    @Test(arguments: [3, 19, 20, 21, 39, 40, 45])
    func theScreenShowsThePromptAndTheLineOnce(promptWidth: Int) throws {
        let width = 20
        let prompt = String((0..<promptWidth - 2).map { _ in "p" }) + "> "
        let keys: [(typed: String, line: String)] = [
            ("abc", "abc"),
            (String(repeating: "x", count: 18), String(repeating: "x", count: 18)),
            (String(repeating: "y", count: 25) + "\u{1B}[D\u{1B}[D" + "Z", String(repeating: "y", count: 23) + "Zyy"),
            (String(repeating: "w", count: 22) + "\u{7F}\u{7F}\u{7F}\u{7F}", String(repeating: "w", count: 18)),
            ("q\u{01}" + "start-", "start-q"),
        ]
        for (typed, line) in keys {
            let p = try Pair()
            var size = winsize(ws_row: 24, ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
            #expect(ioctl(p.slave, UInt(TIOCSWINSZ), &size) == 0)
            let editor = try #require(LineEditor(input: p.slave, output: p.slave))
            p.type(typed + "\r")
            #expect(editor.read(prompt: prompt, completions: []) == .line(line))
            var screen = ScreenModel(width: width)
            screen.feed(p.drawn())
            let whole = Array(prompt + line)
            let expected = stride(from: 0, to: whole.count, by: width).map {
                String(whole[$0..<min($0 + width, whole.count)])
            }
            .map {
                var s = $0
                while s.last == " " { s.removeLast() }
                return s
            }
            #expect(screen.lines == expected, "prompt \(promptWidth), typed \(typed.debugDescription)")
        }
    }

    @Test func completionInterruptAndEnd() throws {
        let p = try Pair()
        let editor = try #require(LineEditor(input: p.slave, output: p.slave))
        p.type("hi\t\r")
        #expect(editor.read(prompt: "> ", completions: ["high"]) == .line("high "))
        p.type("h\t\u{15}m\t\r")
        #expect(editor.read(prompt: "> ", completions: ["high", "hint", "medium"]) == .line("medium "))
        #expect(p.drawn().isEmpty == false)
        p.type("\u{03}")
        #expect(editor.read(prompt: "> ", completions: []) == .interrupt)
        p.type("\u{04}")
        #expect(editor.read(prompt: "> ", completions: []) == .end)
        // A wide character and an unknown control key (a bell) on the way.
        p.type("é\u{07}\r")
        #expect(editor.read(prompt: "> ", completions: []) == .line("é"))
    }

    @Test func aPlainReaderOnAPipe() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = "first\r\nsecond\n\u{1B}]0;title\u{07}\nlast without a newline"
        _ = text.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        var shown = ""
        let reader = PlainLineReader(fd: fds[0], echo: true, write: { shown += $0 })
        #expect(reader.read(prompt: "a> ", completions: []) == .line("first"))
        #expect(reader.read(prompt: "b> ", completions: []) == .line("second"))
        if case .line = reader.read(prompt: "c> ", completions: []) {
        } else {
            Issue.record("the escape line was not read")
        }
        #expect(reader.read(prompt: "d> ", completions: []) == .line("last without a newline"))
        #expect(reader.read(prompt: "e> ", completions: []) == .end)
        close(fds[0])
        #expect(shown.hasPrefix("a> first\nb> second\nc> "))
        #expect(!shown.contains("\u{1B}"), "no control character echoed raw: \(shown.debugDescription)")
    }
}
