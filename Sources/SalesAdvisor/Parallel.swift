import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs independent work on every core (or on `threads` of them): scenarios share nothing but the
/// (immutable) knowledge base. Results keep the items' order.
@_spi(Tooling) public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], threads: Int? = nil, _ transform: @Sendable (T) -> R
    ) -> [R] {
        map(items, threads: threads, state: {}, transform: { _, item in transform(item) })
    }

    /// As ``map(_:threads:_:)``, with state of each worker's own that `transform` may change from
    /// one item to the next (an engine kept for the next situation): made by `state` once per
    /// worker, never shared between threads.
    public static func map<T: Sendable, R: Sendable, S>(
        _ items: [T], threads: Int? = nil, state: @Sendable () -> S, transform: @Sendable (inout S, T) -> R
    ) -> [R] {
        map(items, threads: threads, state: state, transform: transform, finished: { _ in })
    }

    /// As ``map(_:threads:state:transform:)``, with each worker's state taken from `pool` and given
    /// back to it at the end: what a worker keeps (an engine, the reports of the situations it ran)
    /// lasts from one call to the next.
    public static func map<T: Sendable, R: Sendable, S>(
        _ items: [T], threads: Int? = nil, pool: Pool<S>, transform: @Sendable (inout S, T) -> R
    ) -> [R] {
        map(items, threads: threads, state: { pool.take() }, transform: transform, finished: { pool.give($0) })
    }

    private static func map<T: Sendable, R: Sendable, S>(
        _ items: [T], threads: Int?, state: @Sendable () -> S, transform: @Sendable (inout S, T) -> R,
        finished: @Sendable (S) -> Void
    ) -> [R] {
        if items.count < 4 || threads == 1 {
            var s = state()
            defer { finished(s) }
            return items.map { transform(&s, $0) }
        }
        var values = [R?](repeating: nil, count: items.count)
        // Each index is written by exactly one worker, and read only after all have finished.
        values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            if let threads, threads > 1 {
                // Worker `w` takes items `w`, `w + threads`, … (items cost about the same, so the
                // strides balance).
                let workers = min(threads, items.count)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    var s = state()
                    var i = w
                    while i < items.count {
                        out[i] = transform(&s, items[i])
                        i += workers
                    }
                    finished(s)
                }
            } else {
                // A few chunks per core: large enough to keep scheduling cheap, small enough to balance.
                let chunks = min(items.count, 16)
                let size = (items.count + chunks - 1) / chunks
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var s = state()
                    let start = chunk * size
                    let end = min(items.count, start + size)
                    if start < end { for i in start..<end { out[i] = transform(&s, items[i]) } }
                    finished(s)
                }
            }
        }
        return values.compactMap { $0 }  // every index was written above
    }

    /// States of workers kept between calls of ``map(_:threads:pool:transform:)``: a worker takes
    /// one (or a new one, when none is free) and gives it back when done. A state is used by one
    /// thread at a time; the pool hands them over under a lock.
    public final class Pool<S>: @unchecked Sendable {
        private var kept: [S] = []
        private let make: () -> S
        private let lock: UnsafeMutablePointer<pthread_mutex_t>

        /// A pool that makes a state with `make` when none is free.
        public init(_ make: @escaping () -> S) {
            self.make = make
            lock = .allocate(capacity: 1)
            pthread_mutex_init(lock, nil)
        }

        deinit {
            pthread_mutex_destroy(lock)
            lock.deallocate()
        }

        func take() -> S {
            pthread_mutex_lock(lock)
            let s = kept.popLast()
            pthread_mutex_unlock(lock)
            return s ?? make()
        }

        func give(_ s: S) {
            pthread_mutex_lock(lock)
            kept.append(s)
            pthread_mutex_unlock(lock)
        }
    }
}
