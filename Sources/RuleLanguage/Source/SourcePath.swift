#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file path, interned for the life of the process: every ``SourceLocation`` in a file refers to
/// one object without owning it, so copying a location (every token, name and syntax node carries
/// one) costs no reference counting. The table only grows, by one entry per distinct path.
final class SourcePath: Sendable {
    let path: String

    private init(_ path: String) { self.path = path }

    /// The one object for `path`.
    static func intern(_ path: String) -> SourcePath { table.intern(path) }

    private static let table = Table()

    /// The paths seen so far, behind a lock (loaders may run on several threads).
    private final class Table: @unchecked Sendable {
        private var paths: [String: SourcePath] = [:]
        private var last: SourcePath?
        private let lock: UnsafeMutablePointer<pthread_mutex_t>

        init() {
            lock = .allocate(capacity: 1)
            pthread_mutex_init(lock, nil)
        }

        func intern(_ path: String) -> SourcePath {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            // The same file many times in a row (the rows of one export): no lookup.
            if let last, last.path == path { return last }
            if let known = paths[path] {
                last = known
                return known
            }
            let fresh = SourcePath(path)
            paths[path] = fresh
            last = fresh
            return fresh
        }
    }
}
