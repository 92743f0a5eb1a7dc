/// A memory of facts, bucketed by the hash of a join key, in insertion order within a bucket.
///
/// It holds its facts as unmanaged references, retained once on insertion and released on removal,
/// so the match loops read them without reference counting. Removal is lazy: dead facts stay until
/// the memory compacts itself, which it does when its size has doubled since the last compaction, so
/// insertion stays amortized O(1) and size stays within 2x live + 64. Its owner calls `releaseAll()`
/// before dropping it.
struct FactMemory {
    private(set) var buckets = IntMap<ContiguousArray<Unmanaged<Fact>>>()
    private var stored = 0
    private var compactAt = 64

    /// Adds `fact` under `key`.
    /// - Complexity: amortized O(1).
    mutating func insert(_ fact: Fact, key: Int) {
        let item = Unmanaged.passRetained(fact)
        if !buckets.modify(key, { $0.append(item) }) { buckets.set(key, [item]) }
        stored += 1
        if stored >= compactAt { compact() }
    }

    /// The facts under `key`, oldest first; may contain dead facts, which callers skip.
    @inline(__always) func bucket(_ key: Int) -> ContiguousArray<Unmanaged<Fact>>? { buckets[key] }

    /// Drops the dead facts of one bucket; called when a scan found the bucket mostly dead.
    mutating func prune(_ key: Int) {
        var removed = 0
        _ = buckets.modify(key) { removed = FactMemory.dropDead(&$0) }
        stored -= removed
        if let items = buckets[key], items.isEmpty { buckets.set(key, nil) }
    }

    private mutating func compact() {
        var live = 0
        for key in buckets.allKeys {
            var empty = false
            _ = buckets.modify(key) { items in
                _ = FactMemory.dropDead(&items)
                live += items.count
                empty = items.isEmpty
            }
            if empty { buckets.set(key, nil) }
        }
        stored = live
        compactAt = max(64, live * 2)
    }

    /// Removes and releases the dead facts of a bucket; returns how many.
    private static func dropDead(_ items: inout ContiguousArray<Unmanaged<Fact>>) -> Int {
        let before = items.count
        items.removeAll { item in
            let dead = !item._withUnsafeGuaranteedRef { $0.isAlive }
            if dead { item.release() }
            return dead
        }
        return before - items.count
    }

    /// Releases every fact (the memory is about to go).
    mutating func releaseAll() {
        for key in buckets.allKeys {
            _ = buckets.modify(key) { items in
                for item in items { item.release() }
                items = []
            }
        }
        buckets = IntMap()
        stored = 0
    }
}

extension Value {
    /// The value as a key of the alpha network's tables, where values equal under `ValueOrder.equal`
    /// get equal keys: an integral number below 2⁵³ in magnitude is keyed as an integer (so `5` and
    /// `5.0` meet); nil for a number that cannot be keyed exactly (NaN, or an integer beyond 2⁵³),
    /// which the network then tests one by one.
    @inline(__always) var alphaKey: Value? {
        switch self {
        case .symbol, .string: return self
        case .integer(let i): return i.magnitude < 1 << 53 ? self : nil
        case .float(let d):
            guard d.magnitude < 9_007_199_254_740_992 else { return nil }  // 2⁵³; false for NaN
            return d.rounded(.towardZero) == d ? .integer(Int(d)) : self
        }
    }
}

/// Mixes values into a join key; the same values in the same order give the same key.
struct JoinKeyHasher {
    private var h: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always) mutating func add(_ v: Value) {
        h = (h ^ v.bits) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
    }

    var value: Int { Int(bitPattern: UInt(h)) }
}

extension Value {
    /// 64 bits that differ for values that differ (up to the rare collision the join checks).
    @inline(__always) var bits: UInt64 {
        switch self {
        case .symbol(let s): return UInt64(s.id) | 0x1000_0000_0000_0000
        case .string(let s): return UInt64(s.id) | 0x2000_0000_0000_0000
        case .integer(let i): return UInt64(bitPattern: Int64(i))
        case .float(let d):
            // An integral float hashes as the integer it equals (`ValueOrder.equal`: 5 and 5.0 join).
            if let i = Value.exactInteger(d) { return UInt64(bitPattern: Int64(i)) }
            return d.bitPattern ^ 0x4000_0000_0000_0000
        }
    }
}
