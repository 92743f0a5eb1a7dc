#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system calls the loader and the command line need, straight from the C library, so
/// the `advisor` executable does not load Foundation (which costs several milliseconds at start-up).
@_spi(Tooling) public enum FileSystem {
    /// The contents of a file as UTF-8 text (invalid bytes replaced), or nil when it cannot be read.
    /// Only regular files are read: a pipe or a device (an `include` of a FIFO) would block or
    /// never end.
    public static func contents(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return readAll(fd)
    }

    /// Everything standard input holds, to its end (`-` for a scenario).
    public static func standardInput() -> String? { readAll(0) }

    /// Standard input after `prefix`, the bytes already read from it.
    public static func standardInput(after prefix: [UInt8]) -> String? { readAll(0, prefix: prefix) }

    /// Why `contents(of:)` gives nothing for a path: in words for a message.
    public static func readProblem(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == ENOENT ? "no such file" : String(cString: strerror(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return "it is a folder"
        case S_IFREG: break
        default: return "it is not a regular file (a pipe, a device or a socket)"
        }
        if access(path, R_OK) != 0 { return "no permission to read it" }
        return "it cannot be read"
    }

    private static func readAll(_ fd: Int32, prefix: [UInt8] = []) -> String? {
        var bytes: [UInt8] = prefix
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the path names a readable regular file.
    public static func isReadableFile(_ path: String) -> Bool {
        access(path, R_OK) == 0 && !isDirectory(path)
    }

    /// Whether the path names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The process's working directory.
    public static var currentDirectory: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// An absolute, normalised path: `.` and `..` removed, and symbolic links resolved when the
    /// path exists (a path that does not exist is normalised by its text alone).
    public static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        let normal = normalize(absolute)
        guard let resolved = realpath(normal, nil) else { return normal }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes `.`, `..` and repeated slashes from an absolute path, by its text.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The folder part of a path (`rules/x.rules` → `rules`; `x.rules` → ``).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// Every file under a folder, recursively, as paths starting with `folder`, sorted. A folder is
    /// entered once however many links lead to it (a link to `.` or to an ancestor is no loop), and
    /// with `followingLinks` false links are listed as files and never entered (for removing a
    /// folder: nothing outside it is touched).
    public static func files(under folder: String, followingLinks: Bool = true) -> [String] {
        var found: [String] = []
        var seen = Set<[UInt64]>()
        var info = stat()
        if stat(folder, &info) == 0 { seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) }
        collect(folder, into: &found, seen: &seen, followingLinks: followingLinks, depth: 0)
        return found.sorted()
    }

    /// The name of a directory entry from `readdir`. Read up to its terminating zero in place: a
    /// record is only as long as its name, so copying the whole 256-byte `d_name` field can read
    /// past the end of the system's buffer (a crash found by the kill harness, issue 23).
    public static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        guard let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return "" }
        return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
    }

    private static func collect(
        _ folder: String, into found: inout [String], seen: inout Set<[UInt64]>, followingLinks: Bool, depth: Int
    ) {
        guard depth < 64, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            let known = followingLinks ? stat(path, &info) == 0 : lstat(path, &info) == 0
            if known && (info.st_mode & S_IFMT) == S_IFDIR {
                // A folder reached a second time (through a link) is not walked again.
                guard seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
                collect(path, into: &found, seen: &seen, followingLinks: followingLinks, depth: depth + 1)
            } else {
                found.append(path)
            }
        }
    }

    /// Seconds on a monotonic clock, for run times.
    public static var now: Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Writes text to a file descriptor (1 standard output, 2 standard error), all of it. Returns
    /// the reason when a write fails (a full disk, a closed pipe), nil when all was written.
    @discardableResult
    public static func writeAll(_ text: String, to fd: Int32) -> String? {
        var text = text
        return text.withUTF8 { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n < 0 ? String(cString: strerror(errno)) : "nothing was written" }
                offset += n
            }
            return nil
        }
    }

    /// The value of an environment variable.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// Formats numbers with a fixed number of decimals, without Foundation.
@_spi(Tooling) public enum DecimalText {
    /// `value` rounded to `places` decimals (`DecimalText.fixed(0.7361, 2)` is `0.74`).
    public static func fixed(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        // Beyond what an Int holds exactly the digits would trap: the number as Swift writes it.
        guard abs(value) * scale < 9e15 else { return String(value) }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var fraction = String(Int(scaled) - whole * Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return places == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
