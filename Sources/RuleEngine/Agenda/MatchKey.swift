/// The fact ids of an activation, level by level, kept in its agenda entry so that the entry can
/// still be ordered after its token is gone (a dead entry leaves the heap lazily, and its token's
/// record may serve another match by then).
///
/// Eight levels are packed two to a word when every id is below 2³², so comparing two keys compares
/// four integers; longer matches or larger ids keep their ids in an array.
struct MatchKey {
    private let words: (UInt64, UInt64, UInt64, UInt64)
    let depth: Int
    private let overflow: [Int]?

    init(_ token: Token) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var fits = token.depth <= 8
        if fits {
            // Level l's id is the high half of word l / 2 when l is even, the low half when odd: in
            // memory the 32-bit half at index l ^ 1 (little-endian) or l (big-endian).
            withUnsafeMutableBytes(of: &words) { raw in
                var t = token
                while true {
                    let level = Int(t.pointee.depth) - 1
                    guard level >= 0 else { break }
                    let id = t.pointee.factID
                    guard id >= 0 && id <= Int(UInt32.max) else {
                        fits = false
                        break
                    }
                    raw.storeBytes(
                        of: UInt32(truncatingIfNeeded: id), toByteOffset: 4 * MatchKey.half(level), as: UInt32.self)
                    guard let up = t.pointee.parent else { break }
                    t = up
                }
            }
        }
        self.words = fits ? words : (0, 0, 0, 0)
        self.depth = token.depth
        self.overflow = fits ? nil : token.factIDs
    }

    @inline(__always) private static func half(_ level: Int) -> Int {
        #if _endian(big)
            return level
        #else
            return level ^ 1
        #endif
    }

    /// The fact ids by level (0 where no fact is bound).
    var ids: [Int] {
        if let overflow { return overflow }
        let all = [words.0, words.1, words.2, words.3]
        return (0..<depth).map { level in
            Int(truncatingIfNeeded: level % 2 == 0 ? all[level / 2] >> 32 : all[level / 2] & 0xFFFF_FFFF)
        }
    }

    /// The id at level 0, or 0.
    var first: Int {
        if let overflow { return overflow.first ?? 0 }
        return depth > 0 ? Int(truncatingIfNeeded: words.0 >> 32) : 0
    }

    /// The id at `level`, or 0 (no fact there, or beyond the match).
    @inline(__always) func id(at level: Int) -> Int {
        guard level >= 0 && level < depth else { return 0 }
        if let overflow { return overflow[level] }
        let word: UInt64
        switch level / 2 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return Int(truncatingIfNeeded: level % 2 == 0 ? word >> 32 : word & 0xFFFF_FFFF)
    }

    /// The newest (largest) id at the given levels.
    static func newest(_ key: MatchKey, levels: ClosedRange<Int>) -> Int {
        var newest = 0
        for level in levels { newest = max(newest, key.id(at: level)) }
        return newest
    }

    /// Compares level by level: the first difference decides (positive when `a` is newer); with all
    /// levels equal, the longer match is newer.
    @inline(__always) static func compare(_ a: MatchKey, _ b: MatchKey) -> Int {
        guard a.overflow == nil && b.overflow == nil else { return Agenda.compareLevels(a.ids, b.ids) }
        if a.words.0 != b.words.0 { return a.words.0 > b.words.0 ? 1 : -1 }
        if a.words.1 != b.words.1 { return a.words.1 > b.words.1 ? 1 : -1 }
        if a.words.2 != b.words.2 { return a.words.2 > b.words.2 ? 1 : -1 }
        if a.words.3 != b.words.3 { return a.words.3 > b.words.3 ? 1 : -1 }
        return a.depth == b.depth ? 0 : (a.depth > b.depth ? 1 : -1)
    }
}
