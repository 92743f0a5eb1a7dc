/// A named variable of a rule and where its value lives in a partial match.
public struct RuleVariable: Hashable, Sendable {
    /// The variable's name, without `$`.
    public let name: String
    /// The condition that binds it.
    public let level: Int
    /// The slot, or nil when the variable names the fact itself (`ctx: context(...)`).
    public let slot: Int?

    /// A variable bound at `level`, to a slot (or to the fact when `slot` is nil).
    public init(name: String, level: Int, slot: Int?) {
        self.name = name
        self.level = level
        self.slot = slot
    }
}
