/// One change to working memory and what justified it: the record that truth maintenance is fed
/// by, kept in ``Engine/changes`` while ``Engine/recordsChanges`` is on.
public struct WorkingMemoryChange: Hashable, Sendable {
    /// What happened to the fact.
    public enum Kind: Hashable, Sendable {
        case assert
        case retract
        /// A rule's `modify`: the fact `replaces` was retracted and this one asserted in its place.
        case modify
    }

    /// What justified the change.
    public enum Cause: Hashable, Sendable {
        /// From outside the rules: an answer, a scenario fact, an initial fact, `Engine.retract(id:)`.
        case external
        /// An action of rule `rule` in firing `cycle`.
        case rule(Int, cycle: Int)
        /// Asserted under the logical support of rule `rule`'s firing `cycle`: it stays while that
        /// partial match holds (or another support, or an unconditional assertion, keeps it).
        case logical(Int, cycle: Int)
        /// Retracted by truth maintenance: its last logical support went.
        case lostSupport
    }

    /// The change.
    public let kind: Kind
    /// The fact changed.
    public let factID: Int
    /// For `modify`: the id of the fact it replaced.
    public let replaces: Int?
    /// What justified it.
    public let cause: Cause
}
