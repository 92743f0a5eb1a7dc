@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Session files on disk: where they go by default, and saving that never leaves a half-written file.
enum SessionStore {
    /// `$XDG_STATE_HOME/advisor/consultation.session`, else `~/.local/state/advisor/consultation.session`.
    static func defaultPath(_ environment: [String: String]) -> String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? ".") + "/.local/state"
        }
        return base + "/advisor/consultation.session"
    }

    /// Writes `text` to `path` the careful way (``FileWriter``): the reason when it fails.
    static func write(_ text: String, to path: String, makingFolders: Bool = true) -> String? {
        if case .failed(let problem) = FileWriter.write(text, to: path, makingFolders: makingFolders) { return problem }
        return nil
    }

    /// A lock on a session file while a consultation uses it: `.NAME.lock` beside it, held with
    /// flock (released by the system when the process ends, also by a kill) and removed at the end.
    final class Lock {
        let path: String
        let fd: Int32
        init(path: String, fd: Int32) {
            self.path = path
            self.fd = fd
        }
        /// Releases the lock and removes its file.
        func release() {
            if let p = TerminalState.lockPath {
                TerminalState.lockPath = nil
                free(p)
            }
            unlink(path)
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    /// Takes the lock of a session file, or says why not (another consultation holds it).
    static func lock(_ sessionPath: String) -> Result<Lock, FileWriter.Problem> {
        let target = (try? FileWriter.resolve(sessionPath).get()) ?? sessionPath
        if let root = FileWriter.root, !FileWriter.isInside(target, root: root) {
            return .failure(
                FileWriter.Problem(message: "'\(sessionPath)' is outside the folder this replay may write to"))
        }
        let folder = FileSystem.directory(of: target)
        if let problem = makeFolders(folder) { return .failure(FileWriter.Problem(message: problem)) }
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let path = (folder.isEmpty ? "" : folder + "/") + "." + name + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { return .failure(FileWriter.Problem(message: reason(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return .failure(
                FileWriter.Problem(
                    message:
                        "another consultation is using '\(sessionPath)'; finish that one first, or give this one its own file with --session FILE"
                ))
        }
        return .success(Lock(path: path, fd: fd))
    }

    /// Keeps an unfinished session aside before a new consultation takes its file: the previous
    /// ones shift (`consultation.previous.session`, `…previous-2…`, `…previous-3…`, the oldest
    /// dropped). A session with no step typed at a prompt is not kept. Returns where it went.
    static func keepAside(_ path: String) -> String? {
        guard let text = FileSystem.contents(of: path), let record = try? SessionRecord.parse(text),
            record.steps.contains(where: { if case .answer(let a) = $0 { return !a.isPreset } else { return true } })
        else { return nil }
        let folder = FileSystem.directory(of: path)
        let kept = (1...3).map { n in folder + "/consultation.previous" + (n == 1 ? "" : "-\(n)") + ".session" }
        for n in stride(from: kept.count - 1, to: 0, by: -1) where FileSystem.isReadableFile(kept[n - 1]) {
            rename(kept[n - 1], kept[n])
        }
        return rename(path, kept[0]) == 0 ? kept[0] : nil
    }

    /// `mkdir -p`; the reason when it fails.
    static func makeFolders(_ folder: String) -> String? {
        guard !folder.isEmpty, !FileSystem.isDirectory(folder) else { return nil }
        let parent = FileSystem.directory(of: folder)
        if parent != folder, let problem = makeFolders(parent) { return problem }
        if mkdir(folder, 0o755) != 0 && errno != EEXIST { return reason(errno) }
        return nil
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
