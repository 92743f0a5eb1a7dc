/// The activations of the depth and breadth strategies, grouped by salience and then by the change
/// (the stamp) that made them.
///
/// Under these strategies the change decides before anything but salience, and a new activation
/// always belongs to the newest change, so adding one is an append to the newest group. The next
/// activation is found by one scan of the group that fires next (newest change for depth, oldest
/// for breadth); only when a second activation fires from the same group is it sorted. A program
/// like Miss Manners, which makes hundreds of activations per change and fires one of them, so
/// pays a scan instead of a heap insertion per activation.
struct ChangeGroups {
    private struct Group {
        let stamp: Int
        var entries: [Agenda.Entry]
        /// 0: never fired from; 1: fired from once (by a scan); 2: sorted, next to fire last.
        var state = 0
    }

    private struct Level {
        let salience: Int
        var groups: [Group] = []
        /// For breadth: groups before this index are gone.
        var start = 0
    }

    /// Highest salience first.
    private var levels: [Level] = []
    /// Depth (the newest change first) or breadth.
    let newestFirst: Bool

    let order: ChangeOrder?

    /// Emptied entry buffers of finished groups, kept with their capacity for the next groups: a
    /// program that makes hundreds of activations per change would otherwise grow a fresh buffer,
    /// copy by copy, for every change.
    private var spare: [[Agenda.Entry]] = []

    init(newestFirst: Bool, order: ChangeOrder?) {
        self.newestFirst = newestFirst
        self.order = order
    }

    /// Drops every activation (the spare buffers stay for the next run).
    mutating func removeAll() { levels.removeAll(keepingCapacity: true) }

    /// Whether `a` fires before `b`, two entries of one change: by rule (the earlier rule first for
    /// depth, the later for breadth), then by the matched facts (newer first for depth), with rules
    /// that share joins interleaved (``ChangeOrder``), as `Agenda`'s order.
    @inline(__always) private static func fires(
        _ a: Agenda.Entry, before b: Agenda.Entry, _ newestFirst: Bool, _ order: ChangeOrder?
    ) -> Bool {
        let c = Agenda.compareInChange(a, b, order)
        return newestFirst ? c > 0 : c < 0
    }

    mutating func add(_ entry: Agenda.Entry) {
        let newestFirst = self.newestFirst
        let li = level(for: entry.salience)
        let start = levels[li].start
        let count = levels[li].groups.count
        if count > start, levels[li].groups[count - 1].stamp == entry.stamp {
            ChangeGroups.insert(entry, into: &levels[li].groups[count - 1], newestFirst, order)
        } else if count == start || levels[li].groups[count - 1].stamp < entry.stamp {
            levels[li].groups.append(Group(stamp: entry.stamp, entries: entries(entry)))
        } else {
            // An older change than the newest group's (stamps only grow, so never in practice).
            let gi = levels[li].groups[start...].firstIndex { $0.stamp >= entry.stamp } ?? count
            if gi < count && levels[li].groups[gi].stamp == entry.stamp {
                ChangeGroups.insert(entry, into: &levels[li].groups[gi], newestFirst, order)
            } else {
                levels[li].groups.insert(Group(stamp: entry.stamp, entries: entries(entry)), at: gi)
            }
        }
    }

    /// A buffer holding `first`: the largest spare one when there is one (which group of a change
    /// grows large is not known in advance).
    private mutating func entries(_ first: Agenda.Entry) -> [Agenda.Entry] {
        var largest = -1
        for i in spare.indices where largest < 0 || spare[i].capacity > spare[largest].capacity { largest = i }
        var buffer = largest < 0 ? [] : spare.remove(at: largest)
        buffer.append(first)
        return buffer
    }

    /// Keeps a finished group's buffer for reuse (a few, and none that grew large: kept buffers
    /// count in peak memory).
    private mutating func recycle(_ buffer: consuming [Agenda.Entry]) {
        guard spare.count < 4, buffer.capacity <= 4096 else { return }
        buffer.removeAll(keepingCapacity: true)
        spare.append(buffer)
    }

    private static func insert(
        _ entry: Agenda.Entry, into group: inout Group, _ newestFirst: Bool, _ order: ChangeOrder?
    ) {
        guard group.state == 2 else {
            group.entries.append(entry)
            return
        }
        // Sorted with the next to fire last: find the first entry that fires before `entry`.
        var low = 0
        var high = group.entries.count
        while low < high {
            let mid = (low + high) / 2
            if fires(group.entries[mid], before: entry, newestFirst, order) { high = mid } else { low = mid + 1 }
        }
        group.entries.insert(entry, at: low)
    }

    private mutating func level(for salience: Int) -> Int {
        var i = 0
        while i < levels.count && levels[i].salience > salience { i += 1 }
        if i == levels.count || levels[i].salience != salience { levels.insert(Level(salience: salience), at: i) }
        return i
    }

    /// Removes and returns the live entry that fires next; `dropped` counts the dead entries
    /// discarded on the way.
    mutating func next(dropped: inout Int) -> Agenda.Entry? {
        let newestFirst = self.newestFirst
        while let li = levels.indices.first {
            while levels[li].start < levels[li].groups.count {
                let gi = newestFirst ? levels[li].groups.count - 1 : levels[li].start
                let entry = ChangeGroups.take(&levels[li].groups[gi], dropped: &dropped, newestFirst, order)
                // A group is let go as soon as it is empty, not when the next activation is looked
                // for: a loop that makes and fires one activation per change would otherwise keep
                // an empty group, with its buffer, for every change it made.
                if levels[li].groups[gi].entries.isEmpty { finish(li, gi) }
                if let entry { return entry }
            }
            levels.removeFirst()
        }
        return nil
    }

    /// Drops the fired-out group `gi` of level `li` (the newest for depth, the oldest for breadth),
    /// keeping its buffer for reuse.
    private mutating func finish(_ li: Int, _ gi: Int) {
        var finished: [Agenda.Entry] = []
        swap(&finished, &levels[li].groups[gi].entries)
        recycle(finished)
        if newestFirst {
            levels[li].groups.removeLast()
        } else {
            levels[li].start += 1
            trim(li)
        }
    }

    private static func take(
        _ group: inout Group, dropped: inout Int, _ newestFirst: Bool, _ order: ChangeOrder?
    ) -> Agenda.Entry? {
        switch group.state {
        case 0:
            var best = -1
            for i in group.entries.indices where group.entries[i].isQueued {
                if best < 0 || fires(group.entries[i], before: group.entries[best], newestFirst, order) { best = i }
            }
            guard best >= 0 else {
                dropped += group.entries.count
                group.entries.removeAll(keepingCapacity: true)
                return nil
            }
            group.state = 1
            group.entries.swapAt(best, group.entries.count - 1)
            return group.entries.removeLast()
        case 1:
            let before = group.entries.count
            group.entries.removeAll { !$0.isQueued }
            dropped += before - group.entries.count
            group.entries.sort { fires($1, before: $0, newestFirst, order) }
            group.state = 2
            return group.entries.popLast()
        default:
            while let last = group.entries.popLast() {
                if last.isQueued { return last }
                dropped += 1
            }
            return nil
        }
    }

    /// Forgets the groups a breadth level has passed, once they are half of it.
    private mutating func trim(_ li: Int) {
        let start = levels[li].start
        if start > 64 && start * 2 > levels[li].groups.count {
            levels[li].groups.removeFirst(start)
            levels[li].start = 0
        }
    }

    /// Drops every dead entry (sorted groups stay sorted).
    mutating func compact() {
        for li in levels.indices {
            levels[li].groups.removeFirst(levels[li].start)
            levels[li].start = 0
            for gi in levels[li].groups.indices {
                levels[li].groups[gi].entries.removeAll { !$0.isQueued }
                if levels[li].groups[gi].entries.isEmpty {
                    var finished: [Agenda.Entry] = []
                    swap(&finished, &levels[li].groups[gi].entries)
                    recycle(finished)
                }
            }
            levels[li].groups.removeAll { $0.entries.isEmpty }
        }
        levels.removeAll { $0.groups.isEmpty }
    }

    /// Every live entry, in no particular order.
    var live: [Agenda.Entry] {
        levels.flatMap { level in level.groups[level.start...].flatMap { $0.entries.filter(\.isQueued) } }
    }
}
