/// A fact to assert when the engine is reset.
public struct InitialFact: Hashable, Sendable {
    /// The fact's template.
    public let template: Int
    /// Its slot values.
    public let slots: [Value]
    /// Its certainty.
    public let certainty: Double

    /// An initial fact (`facts` in a rule file), asserted at every reset.
    public init(template: Int, slots: [Value], certainty: Double = 1) {
        self.template = template
        self.slots = slots
        self.certainty = certainty
    }
}
