@_spi(Tooling) import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a prompt got: a line, the end of the input (Ctrl-D, the end of a pipe) or an interrupt (Ctrl-C).
enum InputEvent: Equatable {
    case line(String)
    case end
    case interrupt
}

/// Where the consultation's answers come from. A reader shows the prompt itself (a line editor
/// redraws it).
protocol LineReader: AnyObject {
    func read(prompt: String, completions: [String]) -> InputEvent
}

/// Set by the SIGINT handler while a consultation reads from a pipe or a cooked terminal.
nonisolated(unsafe) var interruptRequested: sig_atomic_t = 0
/// A pipe the SIGINT handler writes a byte to, so a reader waiting for input wakes up even when the
/// signal came just before it began to wait (the flag alone would be seen only at the next line).
nonisolated(unsafe) var interruptPipe: (read: Int32, write: Int32) = (-1, -1)

/// Waits until `fd` has input (or its end) or an interrupt is requested; false on an interrupt.
func waitForInput(_ fd: Int32) -> Bool {
    while true {
        if interruptRequested != 0 { return false }
        var fds = [
            pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
            pollfd(fd: interruptPipe.read, events: Int16(POLLIN), revents: 0),
        ]
        let n = poll(&fds, interruptPipe.read >= 0 ? 2 : 1, -1)
        if n < 0 {
            if errno == EINTR { continue }
            return true  // the read that follows says what is wrong
        }
        if interruptPipe.read >= 0 && fds[1].revents != 0 {
            var drained = [UInt8](repeating: 0, count: 64)
            _ = System.read(interruptPipe.read, &drained, 64)
            if interruptRequested != 0 { return false }
        }
        if fds[0].revents != 0 { return true }
    }
}

enum Interrupts {
    /// Installs a SIGINT handler that only sets ``interruptRequested`` (no SA_RESTART, so a blocked
    /// `read` returns EINTR and the consultation ends cleanly, saying how to resume); and for
    /// SIGTERM, SIGHUP and SIGQUIT a handler that puts the terminal back as it was (a line editor
    /// keeps it raw only while it reads) and then lets the signal do what it does by default.
    static func install() {
        if interruptPipe.read < 0 {
            var fds: [Int32] = [-1, -1]
            if pipe(&fds) == 0 {
                for fd in fds {
                    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                }
                interruptPipe = (fds[0], fds[1])
            }
        }
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { _ in Interrupts.requested() }
        #else
            action.__sigaction_u.__sa_handler = { _ in Interrupts.requested() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var restore = sigaction()
        #if canImport(Glibc)
            restore.__sigaction_handler.sa_handler = { signal in TerminalState.restoreAndRaise(signal) }
        #else
            restore.__sigaction_u.__sa_handler = { signal in TerminalState.restoreAndRaise(signal) }
        #endif
        sigemptyset(&restore.sa_mask)
        restore.sa_flags = 0
        for s in [SIGTERM, SIGHUP, SIGQUIT] { sigaction(s, &restore, nil) }
        // A parent may start us with these signals blocked (a thread of a test runner or a job
        // system that blocks them): then Ctrl-C, TERM and HUP would wait unseen. Let them through.
        var handled = sigset_t()
        sigemptyset(&handled)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT] { sigaddset(&handled, s) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
    }

    /// The SIGINT handler: only async-signal-safe work (a flag, one `write`).
    static func requested() {
        interruptRequested = 1
        if interruptPipe.write >= 0 {
            var byte: UInt8 = 1
            _ = System.write(interruptPipe.write, &byte, 1)
        }
    }
}

/// The terminal's settings while a line editor has it raw, for a signal handler to put back.
/// Only async-signal-safe calls happen in the handler (tcsetattr, signal, raise).
enum TerminalState {
    nonisolated(unsafe) static var fd: Int32 = -1
    nonisolated(unsafe) static var saved = termios()
    /// The session's lock file, removed by the handler too (a C string: no allocation in a handler).
    nonisolated(unsafe) static var lockPath: UnsafeMutablePointer<CChar>?

    static func remember(_ input: Int32, _ settings: termios) {
        saved = settings
        fd = input
    }

    static func forget() { fd = -1 }

    static func restoreAndRaise(_ signal: Int32) {
        if fd >= 0 { tcsetattr(fd, TCSANOW, &saved) }
        if let lockPath { unlink(lockPath) }
        System.restoreDefault(signal)
        raise(signal)
    }
}

/// Reads answers line by line from a file descriptor (a pipe, a file, a terminal in line mode):
/// the prompt goes to standard error, and what was read is echoed after it when the input is not a
/// terminal, so a scripted consultation reads like a typed one.
final class PlainLineReader: LineReader {
    let fd: Int32
    let echo: Bool
    let write: (String) -> Void
    private var pending: [UInt8] = []
    private var atEnd = false

    /// `write` shows the prompt and the echo; it must not go through a ``Terminal`` (whose tap
    /// records a transcript: the dialogue records prompts and inputs itself).
    init(fd: Int32 = 0, echo: Bool, write: @escaping (String) -> Void = { FileSystem.writeAll($0, to: 2) }) {
        self.fd = fd
        self.echo = echo
        self.write = write
    }

    func read(prompt: String, completions: [String]) -> InputEvent {
        write(prompt)
        let event = nextLine()
        switch event {
        // Control characters in what was piped in are shown as pictures, never sent to the terminal;
        // a mebibyte-long line is shown cut.
        case .line(let l): if echo { write(ShownInput.capped(l.visibleControls) + "\n") }
        case .end, .interrupt: write("\n")
        }
        return event
    }

    private func nextLine() -> InputEvent {
        while true {
            if let nl = pending.firstIndex(of: 10) {
                var bytes = Array(pending[..<nl])
                pending.removeSubrange(...nl)
                if bytes.last == 13 { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            if interruptRequested != 0 { return .interrupt }
            if atEnd {
                guard !pending.isEmpty else { return .end }
                let bytes = pending
                pending = []
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            guard waitForInput(fd) else { return .interrupt }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { System.read(fd, $0.baseAddress, 4096) }
            if n > 0 {
                pending += buffer[0..<n]
            } else if n == 0 {
                atEnd = true
            } else if errno == EINTR {
                if interruptRequested != 0 { return .interrupt }
            } else {
                atEnd = true
            }
        }
    }
}

/// Answers from a list (tests, `advisor replay`): each prompt takes the next line; then the input ends.
final class ScriptedLineReader: LineReader {
    private var events: [InputEvent]

    init(_ events: [InputEvent]) { self.events = events }

    func read(prompt: String, completions: [String]) -> InputEvent {
        events.isEmpty ? .end : events.removeFirst()
    }
}

/// Answers each prompt with the next line typed at a prompt of the same text (`risk> `), and ends
/// the input at a prompt with none left: replays a transcript's answers when the knowledge base
/// now asks its questions in another order (`advisor replay --update --by-prompt`).
final class PromptedLineReader: LineReader {
    private var events: [String: [InputEvent]]

    init(_ events: [String: [InputEvent]]) { self.events = events }

    func read(prompt: String, completions: [String]) -> InputEvent {
        guard var queue = events[prompt], !queue.isEmpty else { return .end }
        let event = queue.removeFirst()
        events[prompt] = queue
        return event
    }
}
