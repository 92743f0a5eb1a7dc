import Foundation
@_spi(Tooling) import RuleLanguage
import Testing

@testable import AdvisorCLI

#if canImport(Glibc)
    import Glibc
#endif

/// Every file the advisor writes goes one careful way (issue 23): never renamed over a device, a
/// pipe or a link; links followed to their target; `~` expanded; `-` standard output; stale
/// temporary files of killed runs removed.
@Suite struct FileWriterTests {
    func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func aRegularFileIsReplacedWithItsPermissionsKept() throws {
        let dir = try temporaryFolder(["a.md": "old"]).path
        chmod(dir + "/a.md", 0o600)
        #expect(FileWriter.write("new", to: dir + "/a.md") == .written(path: dir + "/a.md"))
        #expect(contents(dir + "/a.md") == "new")
        var info = stat()
        stat(dir + "/a.md", &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(
            FileWriter.write("made", to: dir + "/sub/b.md", makingFolders: true) == .written(path: dir + "/sub/b.md"))
        #expect(contents(dir + "/sub/b.md") == "made")
        // Nothing else is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.md", "sub"])
    }

    @Test func aLinkIsFollowedAndKept() throws {
        let dir = try temporaryFolder(["target.md": "old"]).path
        symlink("target.md", dir + "/notes.md")
        symlink(dir + "/notes.md", dir + "/chain.md")
        symlink("missing.md", dir + "/dangling.md")
        #expect(FileWriter.write("through", to: dir + "/chain.md") == .written(path: dir + "/target.md"))
        #expect(kind(dir + "/notes.md") == S_IFLNK && kind(dir + "/chain.md") == S_IFLNK)
        #expect(contents(dir + "/target.md") == "through")
        #expect(FileWriter.write("created", to: dir + "/dangling.md") == .written(path: dir + "/missing.md"))
        #expect(kind(dir + "/dangling.md") == S_IFLNK && contents(dir + "/missing.md") == "created")
        symlink("loop-b", dir + "/loop-a")
        symlink("loop-a", dir + "/loop-b")
        guard case .failed(let loop) = FileWriter.write("x", to: dir + "/loop-a") else {
            Issue.record("a loop of links was written")
            return
        }
        #expect(loop.contains("symbolic links") || loop.contains("Too many levels"), "\(loop)")
    }

    /// A pipe stands for every target that is not a regular file (a device, a socket): it is written
    /// into, never replaced, and refused when nothing reads it.
    @Test func aPipeIsWrittenIntoNeverReplaced() throws {
        let dir = try temporaryFolder([:]).path
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        guard case .failed(let alone) = FileWriter.write("nobody", to: fifo) else {
            Issue.record("a pipe without a reader was written")
            return
        }
        #expect(alone.contains("nothing reads"))
        #expect(kind(fifo) == S_IFIFO)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        #expect(FileWriter.write("through the pipe", to: fifo) == .written(path: fifo))
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = Glibc.read(reader, &buffer, 64)
        #expect(n > 0 && String(decoding: buffer[0..<max(0, n)], as: UTF8.self) == "through the pipe")
        #expect(kind(fifo) == S_IFIFO)
        #expect(FileWriter.write("x", to: dir) == .failed("'\(dir)' is a folder"))
    }

    @Test func homeAndStandardOutput() throws {
        let home = try temporaryFolder([:]).path
        // Relative names would land in the working directory (the repository root, set once for all
        // tests): nothing named `~` or `-` may appear there.
        let here = FileManager.default.currentDirectoryPath
        #expect(FileWriter.write("advice", to: "~/advice.md", home: home) == .written(path: home + "/advice.md"))
        #expect(contents(home + "/advice.md") == "advice")
        #expect(!FileManager.default.fileExists(atPath: here + "/~"))
        guard case .failed(let other) = FileWriter.write("x", to: "~bob/x.md", home: home) else {
            Issue.record("~bob expanded")
            return
        }
        #expect(other.contains("only '~' and '~/…'"))
        var captured = ""
        #expect(
            FileWriter.write("to standard output", to: "-", standardOutput: { captured += $0 }) == .written(path: "-"))
        #expect(captured == "to standard output" && !FileManager.default.fileExists(atPath: here + "/-"))
    }

    @Test func staleTemporaryFilesOfKilledRunsAreRemoved() throws {
        let dir = try temporaryFolder(["s.session": "old"]).path
        // A process id that is not running (beyond pid_max) and one that is (1, init).
        try "half".write(toFile: dir + "/.s.session.advisor-tmp-4194305", atomically: false, encoding: .utf8)
        try "alive".write(toFile: dir + "/.s.session.advisor-tmp-1", atomically: false, encoding: .utf8)
        #expect(FileWriter.write("new", to: dir + "/s.session") == .written(path: dir + "/s.session"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
                ".s.session.advisor-tmp-1", "s.session",
            ])
    }

    @Test func aFolderThatCannotBeMadeIsSaid() throws {
        let dir = try temporaryFolder(["file": "x"]).path
        guard case .failed(let why) = FileWriter.write("x", to: dir + "/file/inside.md") else {
            Issue.record("written under a file")
            return
        }
        #expect(!why.isEmpty)
        #expect(contents(dir + "/file") == "x")
        if geteuid() != 0 {
            // Permission bits hold for everyone but root.
            chmod(dir, 0o555)
            defer { chmod(dir, 0o755) }
            #expect(FileWriter.write("x", to: dir + "/new.md") != .written(path: dir + "/new.md"))
        }
    }

    /// A folder is made only for the session's own place: a file named at a prompt or with
    /// --record must be in a folder that exists (a mistyped folder is said, not made), and
    /// --record says so before the consultation starts, not after it.
    @Test func missingFoldersAreSaidNotMade() throws {
        let dir = try temporaryFolder([:]).path
        guard case .failed(let why) = FileWriter.write("x", to: dir + "/nodir/x.md") else {
            Issue.record("a folder was made")
            return
        }
        #expect(why == "the folder '\(dir)/nodir' does not exist")
        #expect(
            FileWriter.write("x", to: dir + "/made/x.session", makingFolders: true)
                == .written(path: dir + "/made/x.session"))
        let r = advisor(
            ["consult", "--session", dir + "/s.session"],
            input: ["1", "report \(dir)/typo/advice.md", "save \(dir)/typo/copy.session", "quit"])
        #expect(
            r.err.contains("Cannot write \(dir)/typo/advice.md: the folder '\(dir)/typo' does not exist"), "\(r.err)")
        #expect(r.err.contains("the folder '\(dir)/typo' does not exist"))
        let record = advisor(
            ["consult", "--session", dir + "/t.session", "--record", dir + "/typo/t.transcript"], input: ["1"])
        #expect(record.status == .badInput)
        #expect(record.err.contains("--record: the folder '\(dir)/typo' does not exist"), "\(record.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["made", "s.session"])
    }

    /// The commands that write, through a link: the link stays and its target gets the text.
    @Test func everyWritingCommandKeepsALink() throws {
        let dir = try temporaryFolder(["real-report.md": "", "real-session": "", "real-copy": "", "real-record": ""])
        let d = dir.path
        for name in ["report", "session", "copy", "record"] {
            symlink("real-\(name)" + (name == "report" ? ".md" : ""), d + "/\(name)-link")
        }
        let r = advisor(
            ["consult", "--session", d + "/session-link", "--record", d + "/record-link"],
            input: ["report \(d)/report-link", "save \(d)/copy-link", "quit"])
        #expect(r.status == .success, "\(r.err)")
        for name in ["report", "session", "copy", "record"] {
            #expect(kind(d + "/\(name)-link") == S_IFLNK, "\(name)")
            #expect((contents(d + "/real-\(name)" + (name == "report" ? ".md" : "")) ?? "").isEmpty == false, "\(name)")
        }
        // replay --update writes a transcript through its link too.
        let transcript = try String(contentsOfFile: d + "/real-record", encoding: .utf8)
        try transcript.write(toFile: d + "/t.transcript", atomically: true, encoding: .utf8)
        symlink("t.transcript", d + "/t-link.transcript")
        let replay = advisor(["replay", "--update", d + "/t-link.transcript"])
        #expect(replay.status == .success, "\(replay.out)\(replay.err)")
        #expect(kind(d + "/t-link.transcript") == S_IFLNK)
    }
}

/// Walking a folder ends and sees each file once, whatever links it holds (issue 23, part 4).
@Suite struct FolderWalkTests {
    @Test func linksToTheFolderOrItsAncestorsAreNoLoop() throws {
        let dir = try temporaryFolder(["a.scenario": "complexity = low\n"])
        let d = dir.path
        try FileManager.default.createDirectory(atPath: d + "/sub/deeper", withIntermediateDirectories: true)
        try "risk = high\n".write(toFile: d + "/sub/b.scenario", atomically: true, encoding: .utf8)
        symlink(".", d + "/self")
        symlink("..", d + "/sub/up")
        symlink("../..", d + "/sub/deeper/up2")
        let files = FileSystem.files(under: d).filter { $0.hasSuffix(".scenario") }
        #expect(files == [d + "/a.scenario", d + "/sub/b.scenario"], "\(files)")
        let r = advisor(["evaluate", d, "--format", "csv"])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.split(separator: "\n").count == 3, "\(r.out)")
        // Without following links, a link is a file and nothing behind it is listed.
        #expect(FileSystem.files(under: d, followingLinks: false).contains(d + "/self"))
    }
}
