@_spi(Tooling) import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way the advisor writes a file (a report, a session, a transcript, a golden trace): as a
/// careful Unix tool does.
///
/// - `-` is standard output; `~` and `~/…` are the home folder (`~user` is refused, as it is not
///   expanded here).
/// - A symbolic link is followed: its target is written, the link stays.
/// - A regular file (or a new one) is replaced atomically: a temporary file next to it, written in
///   full, flushed (fsync), given the old file's permissions, then renamed over it. A kill at any
///   moment leaves the old file or the new one, never half of one.
/// - Anything else that exists (a device such as `/dev/null`, a pipe, a socket) is never renamed
///   over: it is written into as it is, and a write it refuses (`/dev/full`) is an error. A pipe
///   without a reader and a folder are refused.
/// - Temporary files are named `.NAME.advisor-tmp-PID` and created exclusively; those left by a
///   run that was killed (its process gone) are removed the next time the same file is written.
enum FileWriter {
    /// When set (a replay), nothing is written outside this folder: a transcript cannot reach the
    /// user's files.
    @TaskLocal static var root: String?

    /// Whether `path` lies inside `root` (after links and `..`).
    static func isInside(_ path: String, root: String) -> Bool {
        let folder = FileSystem.canonical(FileSystem.directory(of: path).isEmpty ? "." : FileSystem.directory(of: path))
        let base = FileSystem.canonical(root)
        return folder == base || folder.hasPrefix(base + "/")
    }

    /// What was written where, for the user's message; or why not.
    enum Outcome: Equatable {
        /// Written; `path` is where (the link's target, the expanded `~`, `-` for standard output).
        case written(path: String)
        /// Not written, and why, in words.
        case failed(String)
    }

    /// Writes `text` to the file the user named.
    static func write(
        _ text: String, to named: String, home: String? = FileSystem.environment("HOME"), makingFolders: Bool = false,
        standardOutput: ((String) -> Void)? = nil
    ) -> Outcome {
        if named == "-" {
            if let standardOutput {
                standardOutput(text)
            } else if let problem = FileSystem.writeAll(text, to: 1) {
                return .failed(problem)
            }
            return .written(path: "-")
        }
        guard let expanded = expand(named, home: home) else {
            return .failed("'\(named)': only '~' and '~/…' are expanded (the home folder); write the path in full")
        }
        // What the name finally stands for (links followed): a device or a pipe is written into as
        // it is, through the name (`/dev/stdout` is a link into /proc that only the kernel follows well).
        if let root, !isInside(expanded, root: root) {
            return .failed("'\(named)' is outside the folder this replay may write to")
        }
        var info = stat()
        if stat(expanded, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: return .failed("'\(named)' is a folder")
            case S_IFIFO, S_IFCHR, S_IFSOCK: return writeInto(expanded, text, named: named)
            default: return .failed("'\(named)' is not a regular file")
            }
        } else if errno != ENOENT {
            return .failed(reason(errno))
        }
        // A regular file, or none yet: replace the file the links lead to, and keep the links.
        let target: String
        switch resolve(expanded) {
        case .success(let path): target = path
        case .failure(let problem): return .failed(problem.message)
        }
        if let root, !isInside(target, root: root) {
            return .failed("'\(named)' is outside the folder this replay may write to")
        }
        if lstat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
            return replace(target, with: text, mode: info.st_mode & 0o7777, makingFolders: makingFolders)
        }
        return replace(target, with: text, mode: 0o644, makingFolders: makingFolders)
    }

    /// "the folder 'typo' does not exist" when the folder `path` would be written in is not there;
    /// nil when it is (or `path` names no folder).
    static func missingFolder(of path: String) -> String? {
        let folder = FileSystem.directory(of: path)
        var info = stat()
        guard !folder.isEmpty, stat(folder, &info) != 0 else { return nil }
        return "the folder '\(folder)' does not exist"
    }

    /// `~` and `~/x` with the home folder; nil for `~user`.
    static func expand(_ path: String, home: String?) -> String? {
        guard path.hasPrefix("~") else { return path }
        guard let home, !home.isEmpty else { return nil }
        if path == "~" { return home }
        guard path.hasPrefix("~/") else { return nil }
        return home + path.dropFirst(1)
    }

    struct Problem: Error { let message: String }

    /// The path after following symbolic links (at most 40, as the kernel does): the file that
    /// will really be written.
    static func resolve(_ path: String) -> Result<String, Problem> {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return .success(current) }
            var buffer = [CChar](repeating: 0, count: 4097)
            let n = readlink(current, &buffer, 4096)
            guard n > 0 else { return .failure(Problem(message: reason(errno))) }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                link.hasPrefix("/")
                ? link
                : FileSystem.directory(of: current).isEmpty ? link : FileSystem.directory(of: current) + "/" + link
        }
        return .failure(Problem(message: "'\(path)': too many levels of symbolic links"))
    }

    /// Replaces a regular file (or makes a new one) atomically.
    /// A missing folder is made only with `makingFolders` (the session's own place); a file the
    /// user names must be in a folder that exists, so a mistyped folder is not made.
    /// TERM, HUP, QUIT and INT wait until the file is in place: a consultation ended by one of
    /// them leaves no temporary file behind (only SIGKILL can, and the next write removes it).
    static func replace(_ path: String, with text: String, mode: mode_t, makingFolders: Bool = false) -> Outcome {
        let folder = FileSystem.directory(of: path)
        if makingFolders {
            if let problem = SessionStore.makeFolders(folder) { return .failed(problem) }
        } else if let problem = missingFolder(of: path) {
            return .failed(problem)
        }
        var held = sigset_t()
        sigemptyset(&held)
        for s in [SIGTERM, SIGHUP, SIGQUIT, SIGINT] { sigaddset(&held, s) }
        var before = sigset_t()
        sigprocmask(SIG_BLOCK, &held, &before)
        defer { sigprocmask(SIG_SETMASK, &before, nil) }
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let prefix = (folder.isEmpty ? "" : folder + "/") + "." + base + ".advisor-tmp-"
        removeStale(prefix: prefix, folder: folder)
        let temporary = prefix + String(getpid())
        unlink(temporary)  // ours from an earlier write in this process that failed half-way
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode == 0 ? 0o644 : mode)
        guard fd >= 0 else { return .failed(reason(errno)) }
        if let problem = writeAll(fd, text) ?? (fsync(fd) == 0 ? nil : reason(errno)) {
            close(fd)
            unlink(temporary)
            return .failed(problem)
        }
        fchmod(fd, mode)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let e = errno
            unlink(temporary)
            return .failed(reason(e))
        }
        let dir = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
        return .written(path: path)
    }

    /// Writes into something that is not a regular file (a device, a pipe): never replaced.
    static func writeInto(_ path: String, _ text: String, named: String) -> Outcome {
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            return .failed(errno == ENXIO ? "'\(named)' is a pipe that nothing reads" : reason(errno))
        }
        defer { close(fd) }
        // Blocking again for the write itself: a pipe whose reader is slow is waited for.
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        if let problem = writeAll(fd, text) { return .failed(problem) }
        return .written(path: path)
    }

    static func writeAll(_ fd: Int32, _ text: String) -> String? {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { b in
                b.baseAddress.map { System.write(fd, $0 + offset, bytes.count - offset) } ?? -1
            }
            if n < 0 {
                if errno == EINTR { continue }
                return reason(errno)
            }
            offset += n
        }
        return nil
    }

    /// Removes temporary files of this target whose process no longer runs (a killed save).
    static func removeStale(prefix: String, folder: String) {
        guard let dir = opendir(folder.isEmpty ? "." : folder) else { return }
        defer { closedir(dir) }
        let namePrefix = prefix.split(separator: "/").last.map(String.init) ?? prefix
        while let entry = readdir(dir) {
            let name = FileSystem.entryName(entry)
            guard name.hasPrefix(namePrefix), let pid = Int32(name.dropFirst(namePrefix.count)), pid != getpid() else {
                continue
            }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink((folder.isEmpty ? "" : folder + "/") + name) }
        }
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
