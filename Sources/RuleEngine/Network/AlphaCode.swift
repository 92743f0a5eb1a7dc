/// The alpha network as a new fact reads it: plain data in flat buffers, so finding the alpha
/// memories a fact enters hashes one integer per keyed slot and touches no object and no reference
/// count. Made once from the compiled ``AlphaMemory`` objects; immutable, freed with the network.
///
/// Per template, the memories whose first test is `slot == constant` are found through a table per
/// such slot, keyed by the constant's ``Value/bits`` (of its ``Value/alphaKey``); the others are
/// listed. Every memory's tests still run on the fact, the keyed one included, so two constants whose
/// bits collide only share a bucket. Within a bucket and a list the memories keep their creation
/// order, as the network visits them.
final class AlphaCode {
    struct Template {
        var keyed: Int32
        var keyedCount: Int32
        var unkeyed: Int32
        var unkeyedCount: Int32
    }

    /// A slot keyed by constants: its table is `mask + 1` buckets from `table`.
    struct KeyedSlot {
        var slot: Int32
        var table: Int32
        var mask: Int32
    }

    /// `count` memory ids from `start` in `ids` (count 0: an empty bucket).
    struct Bucket {
        var bits: UInt64
        var start: Int32
        var count: Int32
    }

    /// One alpha memory: its tests, the beta nodes it feeds, the fact indexes it fills.
    struct Memory {
        var tests: Int32
        var testCount: Int32
        var successors: Int32
        var successorCount: Int32
        var indexes: Int32
        var indexCount: Int32
    }

    let templateCount: Int
    let templates: UnsafeMutablePointer<Template>
    let keyed: UnsafeMutablePointer<KeyedSlot>
    let buckets: UnsafeMutablePointer<Bucket>
    let ids: UnsafeMutablePointer<Int32>
    let memories: UnsafeMutablePointer<Memory>
    let memoryCount: Int
    let tests: UnsafeMutablePointer<AlphaTest>
    let testCount: Int
    let successors: UnsafeMutablePointer<Int32>
    let indexes: UnsafeMutablePointer<Int32>

    init(alphas: [AlphaMemory], keyed keyedAlphas: [[(slot: Int, table: [Value: [Int]])]], unkeyed: [[Int]]) {
        var templates: [Template] = []
        var keyed: [KeyedSlot] = []
        var buckets: [Bucket] = []
        var ids: [Int32] = []
        for t in keyedAlphas.indices {
            let firstKeyed = Int32(keyed.count)
            for (slot, table) in keyedAlphas[t] {
                // Memories by the bits of their constant, merged (in id order) where bits collide.
                var byBits: [UInt64: [Int]] = [:]
                for (key, list) in table { byBits[key.bits, default: []] += list }
                var size = 8
                while size < byBits.count * 2 { size *= 2 }
                let start = buckets.count
                buckets += Array(repeating: Bucket(bits: 0, start: 0, count: 0), count: size)
                for bits in byBits.keys.sorted() {
                    let list = (byBits[bits] ?? []).sorted()
                    var i = AlphaCode.home(bits, size - 1)
                    while buckets[start + i].count > 0 { i = (i + 1) & (size - 1) }
                    buckets[start + i] = Bucket(bits: bits, start: Int32(ids.count), count: Int32(list.count))
                    ids += list.map { Int32($0) }
                }
                keyed.append(KeyedSlot(slot: Int32(slot), table: Int32(start), mask: Int32(size - 1)))
            }
            let firstUnkeyed = Int32(ids.count)
            let list = t < unkeyed.count ? unkeyed[t] : []
            ids += list.map { Int32($0) }
            templates.append(
                Template(
                    keyed: firstKeyed, keyedCount: Int32(keyed.count) - firstKeyed, unkeyed: firstUnkeyed,
                    unkeyedCount: Int32(list.count)))
        }
        var memories: [Memory] = []
        var tests: [AlphaTest] = []
        var successors: [Int32] = []
        var indexes: [Int32] = []
        for alpha in alphas {
            memories.append(
                Memory(
                    tests: Int32(tests.count), testCount: Int32(alpha.tests.count), successors: Int32(successors.count),
                    successorCount: Int32(alpha.successors.count), indexes: Int32(indexes.count),
                    indexCount: Int32(alpha.indexes.count)))
            tests += alpha.tests
            successors += alpha.successors.map { Int32($0) }
            indexes += alpha.indexes.map { Int32($0) }
        }
        templateCount = templates.count
        memoryCount = memories.count
        testCount = tests.count
        self.templates = AlphaCode.buffer(templates)
        self.keyed = AlphaCode.buffer(keyed)
        self.buckets = AlphaCode.buffer(buckets)
        self.ids = AlphaCode.buffer(ids)
        self.memories = AlphaCode.buffer(memories)
        self.tests = AlphaCode.buffer(tests)
        self.successors = AlphaCode.buffer(successors)
        self.indexes = AlphaCode.buffer(indexes)
    }

    private static func buffer<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
        _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
        return pointer
    }

    @inline(__always) static func home(_ bits: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The bucket of `slot`'s table for a value with `bits`, or nil.
    @inline(__always) func bucket(_ slot: KeyedSlot, _ bits: UInt64) -> Bucket? {
        let mask = Int(slot.mask)
        var i = AlphaCode.home(bits, mask)
        while true {
            let b = buckets[Int(slot.table) + i]
            if b.count == 0 { return nil }
            if b.bits == bits { return b }
            i = (i + 1) & mask
        }
    }

    deinit {
        templates.deallocate()
        keyed.deallocate()
        buckets.deallocate()
        ids.deallocate()
        memories.deallocate()
        tests.deinitialize(count: testCount)
        tests.deallocate()
        successors.deallocate()
        indexes.deallocate()
    }
}
