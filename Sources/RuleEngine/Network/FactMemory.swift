/// A memory of facts, bucketed by the hash of a join key, in insertion order within a bucket.
///
/// A bucket is a list through records in one pool of the memory's own (a fact and the index of the
/// next record), found through an open-addressing table of key, first and last record, and length.
/// It holds its facts as unmanaged references, retained once on insertion and released on removal,
/// so the match loops read them without reference counting. Removal is lazy: dead facts stay until
/// a scan finds its bucket mostly dead (``prune(_:)``) or the memory compacts itself, which it does
/// when its size has doubled since the last compaction, so insertion stays amortized O(1) and size
/// stays within 2x live + 64.
///
/// A scan walks a bucket record by record (``first(_:)``, ``fact(_:)``, ``next(_:)``), each a short
/// access, because what it calls may prune the same bucket: pruning only unlinks records of dead
/// facts, and the record a scan stands on holds a live fact, so its `next` stays valid. Records are
/// reused only by insertions, which never happen during a scan (a fact enters its memories before it
/// is joined).
struct FactMemory: ~Copyable {
    private struct Record {
        var fact: Unmanaged<Fact>?
        var next: Int32
    }

    private struct Slot {
        var key: Int
        /// -1: the slot is empty.
        var head: Int32
        var tail: Int32
        var count: Int32
    }

    private var records: UnsafeMutablePointer<Record>?
    private var capacity = 0
    private var used = 0
    private var free: Int32 = -1
    private var table: UnsafeMutablePointer<Slot>?
    private var mask = 0
    private var slotsUsed = 0
    private var stored = 0
    private var compactAt = 64

    init() {}

    deinit {
        if let records {
            for i in 0..<used { records[i].fact?.release() }
            records.deallocate()
        }
        table?.deallocate()
    }

    /// Lets every fact go, keeping small buffers for the next run.
    mutating func removeAll() {
        if let records {
            for i in 0..<used { records[i].fact?.release() }
            if capacity > 256 {
                records.deallocate()
                self.records = nil
                capacity = 0
            }
        }
        used = 0
        free = -1
        if let table {
            if mask < 64 {
                for i in 0...mask { table[i] = Slot(key: 0, head: -1, tail: -1, count: 0) }
            } else {
                table.deallocate()
                self.table = nil
                mask = 0
            }
        }
        slotsUsed = 0
        stored = 0
        compactAt = 64
    }

    @inline(__always) private static func home(_ key: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    /// The table slot of `key`, or -1.
    @inline(__always) private func slot(_ key: Int) -> Int {
        guard let table else { return -1 }
        var i = FactMemory.home(key, mask)
        while table[i].head >= 0 {
            if table[i].key == key { return i }
            i = (i + 1) & mask
        }
        return -1
    }

    /// The first record of the bucket for `key`, or -1.
    @inline(__always) func first(_ key: Int) -> Int32 {
        let i = slot(key)
        guard i >= 0, let table else { return -1 }
        return table[i].head
    }

    /// The number of records (live and dead facts) in the bucket for `key`.
    @inline(__always) func count(_ key: Int) -> Int {
        let i = slot(key)
        guard i >= 0, let table else { return 0 }
        return Int(table[i].count)
    }

    /// The fact of a record a scan stands on.
    @inline(__always) func fact(_ record: Int32) -> Unmanaged<Fact>? { records?[Int(record)].fact }

    /// The record after `record` in its bucket, or -1.
    @inline(__always) func next(_ record: Int32) -> Int32 { records?[Int(record)].next ?? -1 }

    /// Adds `fact` under `key`.
    /// - Complexity: amortized O(1).
    mutating func insert(_ fact: Fact, key: Int) {
        let record = newRecord(Unmanaged.passRetained(fact))
        if table == nil { allocateTable(8) }
        guard let table else { return }
        var i = FactMemory.home(key, mask)
        while table[i].head >= 0 {
            if table[i].key == key {
                records?[Int(table[i].tail)].next = record
                table[i].tail = record
                table[i].count += 1
                stored += 1
                if stored >= compactAt { compact() }
                return
            }
            i = (i + 1) & mask
        }
        table[i] = Slot(key: key, head: record, tail: record, count: 1)
        slotsUsed += 1
        stored += 1
        if slotsUsed * 4 > (mask + 1) * 3 { growTable() }
        if stored >= compactAt { compact() }
    }

    /// Drops the dead facts of one bucket; called when a scan found the bucket mostly dead.
    mutating func prune(_ key: Int) {
        let i = slot(key)
        guard i >= 0 else { return }
        pruneSlot(i)
        if let table, table[i].count == 0 { removeSlot(i) }
    }

    /// Unlinks and releases the dead facts of the bucket in slot `i` (its slot stays, perhaps with no
    /// records: the caller removes it).
    private mutating func pruneSlot(_ i: Int) {
        guard let table, let records else { return }
        var previous: Int32 = -1
        var r = table[i].head
        var removed: Int32 = 0
        while r >= 0 {
            let next = records[Int(r)].next
            // Safe: a record holds a retained reference to its fact (`passRetained` in `insert`),
            // released only below, after this read; so the fact is alive while it is borrowed.
            let alive = records[Int(r)].fact?._withUnsafeGuaranteedRef { $0.isAlive } ?? false
            if alive {
                previous = r
            } else {
                if previous >= 0 { records[Int(previous)].next = next } else { table[i].head = next }
                if table[i].tail == r { table[i].tail = previous }
                records[Int(r)].fact?.release()
                records[Int(r)].fact = nil
                records[Int(r)].next = free
                free = r
                removed += 1
            }
            r = next
        }
        table[i].count -= removed
        stored -= Int(removed)
    }

    /// Frees slot `i` of an emptied bucket, shifting later entries of its probe run back into the hole
    /// when they belong before it.
    private mutating func removeSlot(_ i: Int) {
        guard let table else { return }
        table[i].head = -1
        slotsUsed -= 1
        var hole = i
        var j = (i + 1) & mask
        while table[j].head >= 0 {
            let home = FactMemory.home(table[j].key, mask)
            if (hole - home) & mask < (j - home) & mask {
                table[hole] = table[j]
                table[j].head = -1
                hole = j
            }
            j = (j + 1) & mask
        }
    }

    private mutating func compact() {
        guard let table else { return }
        var i = 0
        while i <= mask {
            if table[i].head >= 0 {
                pruneSlot(i)
                if table[i].count == 0 {
                    // The shift may move a later slot into `i`: look at `i` again.
                    removeSlot(i)
                    continue
                }
            }
            i += 1
        }
        compactAt = max(64, stored * 2)
    }

    private mutating func newRecord(_ fact: Unmanaged<Fact>) -> Int32 {
        if free >= 0, let records {
            let r = free
            free = records[Int(r)].next
            records[Int(r)] = Record(fact: fact, next: -1)
            return r
        }
        if used == capacity {
            let size = max(16, capacity * 2)
            let fresh = UnsafeMutablePointer<Record>.allocate(capacity: size)
            if let records {
                fresh.moveInitialize(from: records, count: used)
                records.deallocate()
            }
            records = fresh
            capacity = size
        }
        records?[used] = Record(fact: fact, next: -1)
        used += 1
        return Int32(used - 1)
    }

    private mutating func allocateTable(_ size: Int) {
        let fresh = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        fresh.initialize(repeating: Slot(key: 0, head: -1, tail: -1, count: 0), count: size)
        table = fresh
        mask = size - 1
    }

    private mutating func growTable() {
        guard let old = table else { return }
        let oldSize = mask + 1
        allocateTable(oldSize * 2)
        guard let fresh = table else { return }
        for i in 0..<oldSize where old[i].head >= 0 {
            var j = FactMemory.home(old[i].key, mask)
            while fresh[j].head >= 0 { j = (j + 1) & mask }
            fresh[j] = old[i]
        }
        old.deallocate()
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
