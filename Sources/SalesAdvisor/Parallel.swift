import Dispatch

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
        if items.count < 4 || threads == 1 {
            var s = state()
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
                }
            }
        }
        return values.compactMap { $0 }  // every index was written above
    }
}
