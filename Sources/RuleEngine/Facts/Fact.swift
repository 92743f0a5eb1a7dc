/// A fact in working memory. Its id is also its time tag: a modified fact gets a new id, as in CLIPS 6.30.
public final class Fact {
    /// The fact index (`f-3`) and time tag.
    public let id: Int
    /// The template's position in the program.
    public let template: Int
    /// Slot values by position.
    public let slots: [Value]
    /// The same values in storage of the fact's own, which tokens point at: the match loops read a
    /// slot without touching the fact object (no reference counting). Values are plain data.
    let values: UnsafeMutablePointer<Value>
    /// Certainty metadata (1 for plain facts); updated in place when conclusions combine.
    @exclusivity(unchecked) public internal(set) var certainty: Double
    /// False once retracted.
    @exclusivity(unchecked) public internal(set) var isAlive = true

    // Rete bookkeeping.
    /// The newest token whose own fact this is; the list continues through `Token.factNext`.
    @exclusivity(unchecked) var firstToken: Token?
    /// Logical supports (tokens) that keep this fact; empty with `unconditional` means none.
    @exclusivity(unchecked) var supports: [Token] = []
    /// Asserted without logical support at least once.
    @exclusivity(unchecked) var unconditional = false

    init(id: Int, template: Int, slots: [Value], certainty: Double) {
        self.id = id
        self.template = template
        self.slots = slots
        self.certainty = certainty
        values = .allocate(capacity: max(slots.count, 1))
        values.initialize(from: slots, count: slots.count)
    }

    /// Makes a retracted fact that nothing else holds new again (same id and content).
    func revive(certainty: Double) {
        self.certainty = certainty
        isAlive = true
        firstToken = nil
        supports = []
        unconditional = false
    }

    deinit { values.deallocate() }
}

/// A fact's identity and content as a value, for traces, explanations and tests.
public struct FactSnapshot: Hashable, Sendable {
    /// The fact's id (`f-ID`), unique since the last reset.
    public let id: Int
    /// Its template, by index into `Program/templates`.
    public let template: Int
    /// Its slot values, in the template's slot order.
    public let slots: [Value]
    /// Its certainty, from -1 to 1 (1 for a plain fact).
    public let certainty: Double
}

extension Fact {
    /// A copy of the fact's content.
    public var snapshot: FactSnapshot {
        FactSnapshot(id: id, template: template, slots: slots, certainty: certainty)
    }
}
