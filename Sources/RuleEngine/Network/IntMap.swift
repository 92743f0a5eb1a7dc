/// A hash map from already-mixed `Int` keys (join keys) to values: open addressing with linear probing
/// and backward-shift deletion, so look-ups hash nothing and removal leaves no tombstones.
struct IntMap<Element> {
    private var keys: [Int]
    private var values: [Element?]
    private(set) var count = 0
    private var mask: Int

    /// Empty, with no table yet: most memories of a network never see a key, so the table is made on
    /// the first insert (building a network then allocates far less).
    init() {
        keys = []
        values = []
        mask = 0
    }

    @inline(__always) private func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    /// The value for `key`.
    /// - Complexity: expected O(1).
    @inline(__always) subscript(key: Int) -> Element? {
        if count == 0 { return nil }
        var i = slot(key)
        while values[i] != nil {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Sets the value for `key`; nil removes it.
    mutating func set(_ key: Int, _ value: Element?) {
        guard let value else {
            remove(key)
            return
        }
        if keys.isEmpty {
            keys = Array(repeating: 0, count: 8)
            values = Array(repeating: nil, count: 8)
            mask = 7
        }
        var i = slot(key)
        while values[i] != nil {
            if keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
        if count * 4 > (mask + 1) * 3 { grow() }
    }

    /// Changes the value for `key` in place (it must be present), avoiding a copy of the value.
    @inline(__always) mutating func modify(_ key: Int, _ body: (inout Element) -> Void) -> Bool {
        if count == 0 { return false }
        var i = slot(key)
        while values[i] != nil {
            if keys[i] == key, var v = values[i].take() {
                body(&v)
                values[i] = v
                return true
            }
            i = (i + 1) & mask
        }
        return false
    }

    private mutating func remove(_ key: Int) {
        if count == 0 { return }
        var i = slot(key)
        while values[i] != nil {
            if keys[i] == key { break }
            i = (i + 1) & mask
        }
        guard values[i] != nil else { return }
        values[i] = nil
        count -= 1
        // Backward shift: move later entries of the probe run into the hole when they belong before it.
        var hole = i
        var j = (i + 1) & mask
        while values[j] != nil {
            let home = slot(keys[j])
            let distanceToJ = (j - home) & mask
            let distanceToHole = (hole - home) & mask
            if distanceToHole < distanceToJ {
                keys[hole] = keys[j]
                values[hole] = values[j].take()
                hole = j
            }
            j = (j + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        var oldValues = values
        let size = (mask + 1) * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        count = 0
        for i in oldKeys.indices {
            if let v = oldValues[i].take() { set(oldKeys[i], v) }
        }
    }

    /// Every key, in table order.
    var allKeys: [Int] { keys.indices.compactMap { values[$0] == nil ? nil : keys[$0] } }
}
