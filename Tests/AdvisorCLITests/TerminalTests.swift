import Foundation
import Testing

@testable import AdvisorCLI

#if canImport(Glibc)
    import Glibc
#endif

/// A pseudo-terminal's two sides. The C library's calls are looked up at run time (Swift's Glibc
/// module does not declare them).
func openPseudoTerminal() throws -> (master: Int32, slave: Int32) {
    func libc<T>(_ name: String, as: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else { return nil }
        return unsafeBitCast(symbol, to: T.self)
    }
    typealias IntFromInt = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    guard let openpt = libc("posix_openpt", as: IntFromInt.self), let grant = libc("grantpt", as: IntFromInt.self),
        let unlock = libc("unlockpt", as: IntFromInt.self), let ptsname = libc("ptsname", as: Name.self)
    else { throw POSIXError(.ENOSYS) }
    let master = openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, grant(master) == 0, unlock(master) == 0, let name = ptsname(master) else {
        throw POSIXError(.ENOTTY)
    }
    return (master, open(name, O_RDWR | O_NOCTTY))
}

/// The consultation on a real (pseudo-)terminal (issue 23, part 2): answers typed ahead are kept,
/// Ctrl-Z suspends and the line comes back, and a SIGTERM at a prompt leaves the terminal as it was.
@Suite(.serialized) struct TerminalTests {
    /// A pseudo-terminal with the advisor on its other side.
    final class Session {
        let master: Int32
        let slave: Int32
        let pid: pid_t
        var seen = ""

        init(_ arguments: [String], columns: UInt16 = 80) throws {
            (master, slave) = try openPseudoTerminal()
            var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
            let binary = repositoryRoot.appendingPathComponent(".build/debug/advisor").path
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for fd in [Int32(0), 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
            let argv = ([binary] + arguments).map { strdup($0) } + [nil]
            defer { for a in argv { free(a) } }
            let names: [String] = ["TERM=xterm", "NO_COLOR=1", "HOME=/tmp"]
            var env: [UnsafeMutablePointer<CChar>?] = names.map { strdup($0) } + [nil]
            defer { for e in env { free(e) } }
            // A process group of its own in this session: not orphaned, so Ctrl-Z's SIGTSTP stops it.
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            // And signals as a shell leaves them: none blocked, none ignored (the test runner may block some).
            var none = sigset_t()
            sigemptyset(&none)
            var all = sigset_t()
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setsigdefault(&attributes, &all)
            posix_spawnattr_setflags(
                &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            posix_spawnattr_setpgroup(&attributes, 0)
            var p: pid_t = 0
            guard posix_spawn(&p, binary, &actions, &attributes, argv, &env) == 0 else { throw POSIXError(.ENOEXEC) }
            pid = p
        }

        func type(_ text: String) { _ = text.withCString { write(master, $0, strlen($0)) } }

        /// Reads what the advisor wrote until `text` appears (or 20 s pass).
        @discardableResult func wait(for text: String) -> Bool {
            let deadline = Date().addingTimeInterval(20)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !seen.contains(text) && Date() < deadline {
                var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&fds, 1, 200) > 0 else { continue }
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                seen += String(decoding: buffer[0..<n], as: UTF8.self)
            }
            return seen.contains(text)
        }

        /// Reads what is left, until nothing comes for half a second.
        func drain() {
            var buffer = [UInt8](repeating: 0, count: 4096)
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while poll(&fds, 1, 500) > 0 {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                seen += String(decoding: buffer[0..<n], as: UTF8.self)
            }
        }

        /// Waits up to 10 s for the process to stop or end; its status, or nil.
        func waitForChange(stopped: Bool) -> Int32? {
            for _ in 0..<100 {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG | (stopped ? WUNTRACED : 0)) == pid { return status }
                usleep(100_000)
            }
            return nil
        }

        func localFlags() -> tcflag_t {
            var t = termios()
            tcgetattr(slave, &t)
            return t.c_lflag
        }

        deinit {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(slave)
            close(master)
        }
    }

    func binaryExists() -> Bool {
        FileManager.default.isExecutableFile(atPath: repositoryRoot.appendingPathComponent(".build/debug/advisor").path)
    }

    @Test func answersTypedAheadAreKept() throws {
        try #require(binaryExists(), "build the advisor first (swift build)")
        let dir = try temporaryFolder([:]).path
        let s = try Session(["consult", "--session", dir + "/s.session"])
        // The customer left out and three answers at once, before the first prompt is drawn.
        s.type("\r1\r2\r1\r")
        #expect(s.wait(for: "Question 4;"), "\(s.seen)")
    }

    /// At a terminal the consultation first asks who the advice is for; the name is kept in the
    /// session and titles the advice.
    @Test func theCustomerIsAskedFirst() throws {
        try #require(binaryExists(), "build the advisor first (swift build)")
        let dir = try temporaryFolder([:]).path
        let s = try Session(["consult", "--session", dir + "/s.session", "--lang", "nl"])
        #expect(s.wait(for: "Klant> "), "\(s.seen)")
        s.type("Hotel De Zon\r")
        #expect(s.wait(for: "Klantwaardestrategie> "))
        s.type("stop\r")
        #expect(s.waitForChange(stopped: false) != nil)
        let saved = try String(contentsOfFile: dir + "/s.session", encoding: .utf8)
        #expect(saved.contains("customer Hotel De Zon"), "\(saved)")
    }

    @Test func sigtermAtAPromptLeavesTheTerminalAsItWas() throws {
        try #require(binaryExists(), "build the advisor first (swift build)")
        let dir = try temporaryFolder([:]).path
        let s = try Session(["consult", "--session", dir + "/s.session"])
        s.type("\r1\r")
        // The prompt is drawn once the terminal is raw.
        #expect(s.wait(for: "Kind of purchase> "))
        #expect(s.localFlags() & tcflag_t(ICANON) == 0, "raw while reading")
        kill(s.pid, SIGTERM)
        let status = try #require(s.waitForChange(stopped: false), "SIGTERM did not end it")
        #expect(s.localFlags() & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO), "the terminal is cooked again")
        #expect((status & 0x7f) == SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.session"], "the lock file is gone")
        #expect(try String(contentsOfFile: dir + "/s.session", encoding: .utf8).contains("answer value-strategy"))
    }

    @Test func ctrlZSuspendsAndTheLineComesBack() throws {
        try #require(binaryExists(), "build the advisor first (swift build)")
        let dir = try temporaryFolder([:]).path
        let s = try Session(["consult", "--session", dir + "/s.session"])
        #expect(s.wait(for: "Customer> "))
        s.type("\r")
        #expect(s.wait(for: "Customer value strategy> "))
        s.type("pro")
        #expect(s.wait(for: "> pro"))
        s.type("\u{1A}")
        let status = try #require(s.waitForChange(stopped: true), "Ctrl-Z did not stop it")
        #expect((status & 0xff) == 0x7f, "stopped")
        #expect(s.localFlags() & tcflag_t(ICANON) != 0, "the terminal is cooked while it is stopped")
        kill(s.pid, SIGCONT)
        s.seen = ""
        #expect(s.wait(for: "Customer value strategy> pro"), "the line is drawn again: \(s.seen)")
        s.type("duct leadership\r")
        #expect(s.wait(for: "Question 2;"))
    }

    /// The dialogue, the command table and the advice follow a terminal narrower than 80 columns:
    /// no line the advisor writes is wider than the terminal (the terminal would break words).
    @Test(arguments: ["en", "nl"]) func aNarrowTerminalGetsTextItsWidth(language: String) throws {
        try #require(binaryExists(), "build the advisor first (swift build)")
        let dir = try temporaryFolder([:]).path
        let columns = 44
        let s = try Session(["consult", "--session", dir + "/s.session", "--lang", language], columns: UInt16(columns))
        s.type("\rhelp\r")
        #expect(s.wait(for: language == "nl" ? "stop  " : "quit  "))
        // The rest of the consultation: the second choice until the advice is given, then Enter.
        for _ in 0..<26 { s.type("2\r") }
        #expect(s.wait(for: language == "nl" ? "sluiten," : "finish,"), "\(s.seen.suffix(500))")
        s.type("\r")
        #expect(s.waitForChange(stopped: false) != nil)
        s.drain()
        // What each line shows: without colour and cursor sequences and carriage returns. The line
        // editor's own drawings (a prompt and what was typed) are left to the terminal to wrap.
        let lines = s.seen.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.filter { $0 != "\r" })).replacing(/\u{1B}\[[0-9;]*[A-Za-z]/, with: "")
        }.filter { !$0.hasSuffix("> 2") && !$0.hasSuffix("> help") && !$0.hasSuffix("> ") }
        #expect(lines.count > 100)
        let wide = lines.filter { $0.count > columns }
        #expect(wide.isEmpty, "\(wide)")
    }
}
