import Foundation
@_spi(Tooling) import RuleLanguage
import Testing

@testable import AdvisorCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The reader of piped answers, in process: lines split at LF and CRLF, a last line without a line
/// break, the end of the input, the echo of what was read, and the wait that an interrupt would
/// wake (`waitForInput`, with the handlers of `Interrupts.install`).
@Suite(.serialized) struct PlainLineReaderTests {
    /// A reader of `text`, written into a pipe and closed; and what it shows.
    func reader(_ text: String, echo: Bool) -> (PlainLineReader, () -> String) {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        FileSystem.writeAll(text, to: fds[1])
        close(fds[1])
        let shown = Box()
        let reader = PlainLineReader(fd: fds[0], echo: echo) { shown.text += $0 }
        return (reader, { shown.text })
    }

    final class Box: @unchecked Sendable { var text = "" }

    @Test func linesEndsAndEcho() {
        let (r, shown) = reader("high\r\nlow 0.7\nlast", echo: true)
        #expect(r.read(prompt: "a> ", completions: []) == .line("high"))
        #expect(r.read(prompt: "b> ", completions: []) == .line("low 0.7"))
        #expect(r.read(prompt: "c> ", completions: []) == .line("last"))
        #expect(r.read(prompt: "d> ", completions: []) == .end)
        #expect(shown() == "a> high\nb> low 0.7\nc> last\nd> \n")
        let (quiet, said) = reader("\u{1B}]0;title\u{07}\n", echo: false)
        #expect(quiet.read(prompt: "> ", completions: []) == .line("\u{1B}]0;title\u{07}"))
        #expect(said() == "> ")
    }

    @Test func theWaitForInputWithTheInterruptPipe() {
        Interrupts.install()
        defer {
            // Back to the test runner's own handling of these signals.
            for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { signal(s, SIG_DFL) }
        }
        #expect(interruptPipe.read >= 0 && interruptPipe.write >= 0)
        let (r, _) = reader("yes\n", echo: false)
        #expect(r.read(prompt: "> ", completions: []) == .line("yes"))
        // A stray byte in the interrupt pipe without an interrupt is drained, and reading goes on.
        var byte: UInt8 = 1
        _ = System.write(interruptPipe.write, &byte, 1)
        let (again, _) = reader("no\n", echo: false)
        #expect(again.read(prompt: "> ", completions: []) == .line("no"))
        // A real SIGINT (kill -INT from outside) while a line is awaited: the handler sets the flag
        // and wakes the wait through the pipe, and the read ends as an interrupt.
        defer { interruptRequested = 0 }
        raise(SIGINT)
        #expect(interruptRequested != 0)
        let (waiting, _) = reader("", echo: false)
        #expect(waiting.read(prompt: "> ", completions: []) == .interrupt)
    }
}
