/// Working memory's facts by content, so an equal fact is never asserted twice: an open-addressing
/// table of the facts themselves under a hash of template and slots (``JoinKeyHasher``, no
/// `Hasher`), found by comparing a candidate's template and slots. No key is stored besides the
/// hash: the fact holds its content.
///
/// Emptied by ``removeAll()`` with its capacity kept (an engine reused for many runs sizes it
/// once); a table grown past a few thousand places is let go then.
struct ContentIndex {
    private struct Place {
        var hash = 0
        var fact: Fact?
    }

    private var places: [Place] = []
    /// The facts in the table.
    private(set) var count = 0

    @inline(__always) static func hash(template: Int, slots: [Value]) -> Int {
        var h = JoinKeyHasher()
        h.add(.integer(template))
        for v in slots { h.add(v) }
        return h.value
    }

    @inline(__always) private static func home(_ hash: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: hash) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    /// The fact with this template and these slots, if any.
    func fact(template: Int, slots: [Value]) -> Fact? {
        guard !places.isEmpty else { return nil }
        let hash = ContentIndex.hash(template: template, slots: slots)
        let mask = places.count - 1
        var i = ContentIndex.home(hash, mask)
        while let f = places[i].fact {
            if places[i].hash == hash && f.template == template && f.slots == slots { return f }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Adds a fact whose content is not in the table.
    mutating func insert(_ fact: Fact) {
        if (count + 1) * 4 > places.count * 3 { grow() }
        let hash = ContentIndex.hash(template: fact.template, slots: fact.slots)
        let mask = places.count - 1
        var i = ContentIndex.home(hash, mask)
        while places[i].fact != nil { i = (i + 1) & mask }
        places[i] = Place(hash: hash, fact: fact)
        count += 1
    }

    /// Takes `fact` out (by identity), shifting later entries of its probe run back into the hole.
    mutating func remove(_ fact: Fact) {
        guard !places.isEmpty else { return }
        let mask = places.count - 1
        var i = ContentIndex.home(ContentIndex.hash(template: fact.template, slots: fact.slots), mask)
        while let f = places[i].fact, f !== fact { i = (i + 1) & mask }
        guard places[i].fact != nil else { return }
        places[i] = Place()
        count -= 1
        var hole = i
        var j = (i + 1) & mask
        while places[j].fact != nil {
            let home = ContentIndex.home(places[j].hash, mask)
            if (hole - home) & mask < (j - home) & mask {
                places[hole] = places[j]
                places[j] = Place()
                hole = j
            }
            j = (j + 1) & mask
        }
    }

    /// Lets every fact go.
    mutating func removeAll() {
        guard count > 0 else { return }
        if places.count > 4096 {
            places = []
        } else {
            for i in places.indices where places[i].fact != nil { places[i] = Place() }
        }
        count = 0
    }

    private mutating func grow() {
        let old = places
        places = Array(repeating: Place(), count: max(64, old.count * 2))
        let mask = places.count - 1
        for p in old where p.fact != nil {
            var i = ContentIndex.home(p.hash, mask)
            while places[i].fact != nil { i = (i + 1) & mask }
            places[i] = p
        }
    }
}
