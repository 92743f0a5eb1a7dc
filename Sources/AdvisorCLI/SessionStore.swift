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

    /// Writes `text` to `path` the careful way (``FileWriter``): the reason when it fails.
    static func write(_ text: String, to path: String) -> String? {
        if case .failed(let problem) = FileWriter.write(text, to: path) { return problem }
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
