import Dispatch

/// Runs independent work on every core (or on `threads` of them): each item is evaluated on its
/// own engine, so scenarios share nothing but the (immutable) knowledge base. Results keep the
/// items' order.
@_spi(Tooling) public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], threads: Int? = nil, _ transform: @Sendable (T) -> R
    ) -> [R] {
        if items.count < 4 || threads == 1 { return items.map(transform) }
        if let threads, threads > 1 { return map(items, on: threads, transform) }
        var values = [R?](repeating: nil, count: items.count)
        // A few chunks per core: large enough to keep scheduling cheap, small enough to balance.
        let chunks = min(items.count, 16)
        let size = (items.count + chunks - 1) / chunks
        values.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one worker, and read only after all have finished.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * size
                let end = min(items.count, start + size)
                if start < end { for i in start..<end { out[i] = transform(items[i]) } }
            }
        }
        return values.compactMap { $0 }  // every index was written above
    }

    /// On at most `threads` threads: worker `w` takes items `w`, `w + threads`, … (items cost
    /// about the same, so the strides balance).
    static func map<T: Sendable, R: Sendable>(_ items: [T], on threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
        var values = [R?](repeating: nil, count: items.count)
        let workers = min(threads, items.count)
        values.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one worker, and read only after all have finished.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < items.count {
                    out[i] = transform(items[i])
                    i += workers
                }
            }
        }
        return values.compactMap { $0 }  // every index was written above
    }
}
