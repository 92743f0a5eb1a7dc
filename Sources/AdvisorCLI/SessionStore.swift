#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

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

    /// Writes `text` to `path` atomically: a temporary file next to it, written in full and
    /// flushed to disk (fsync), then renamed over the old file. A kill at any moment leaves either
    /// the old file or the new one. Returns the reason when it fails.
    static func write(_ text: String, to path: String) -> String? {
        let folder = FileSystem.directory(of: path)
        if let problem = makeFolders(folder) { return problem }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return reason(errno) }
        var ok = true
        var failure = 0 as Int32
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { b in b.baseAddress.map { Glibc_write(fd, $0 + offset, bytes.count - offset) } ?? -1 }
            if n < 0 {
                if errno == EINTR { continue }
                ok = false
                failure = errno
                break
            }
            offset += n
        }
        if ok && fsync(fd) != 0 {
            ok = false
            failure = errno
        }
        close(fd)
        guard ok else {
            unlink(temporary)
            return reason(failure)
        }
        guard rename(temporary, path) == 0 else {
            let e = errno
            unlink(temporary)
            return reason(e)
        }
        let dir = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
        return nil
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

@inline(__always) func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
    #else
        return Darwin.write(fd, buffer, count)
    #endif
}
