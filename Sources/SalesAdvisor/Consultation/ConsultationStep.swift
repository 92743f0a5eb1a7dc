/// One thing the user did in a consultation, in order: the state is these steps replayed, `back`
/// takes the last one away, and the session file lists them.
public enum ConsultationStep: Hashable, Sendable {
    /// An answer to a question (or `unknown`), typed or given beforehand.
    case answer(Answer)
    /// The answer to the question that offers a list of instances (`instances` in the rules).
    case offer(kind: String, accepted: Bool)
    /// A new instance of `kind`, named by what was typed.
    case instance(kind: String, label: String)
    /// The empty line that ends the list of instances of `kind`.
    case endOfList(kind: String)
    /// A slot of the instance at `instance` (its position among all instances entered): a value
    /// with its certainty (`partly 0.5`, as a question's answer takes one), or nil for `unknown`
    /// (the template's default).
    case slot(instance: Int, slot: String, value: String?, certainty: Double = 1)
    /// A slot of a fact the rules made, reviewed (`review` in the rules): the text kept (`typed`
    /// false, as the rules gave it in the consultation's language) or the user's own.
    case restate(kind: String, slot: String, value: String, typed: Bool)

    var isPreset: Bool {
        if case .answer(let a) = self { return a.isPreset }
        return false
    }
}

/// An instance entered in a consultation, with the slots answered so far.
public struct EnteredInstance: Hashable, Sendable {
    /// The kind of instance (`option`).
    public let kind: String
    /// The name the user gave it.
    public let label: String
    /// The short name made from the label (unique among the instances of its kind).
    public let key: String
    /// Slot answers by slot name (nil: unknown, the default).
    public var slots: [String: String?]
    /// The certainty of each slot answer given with one (1 when not listed).
    public var certainties: [String: Double] = [:]

    /// How sure the instance is as a whole: its least sure answer, as MYCIN takes a premise of
    /// several parts (the rules read the instance as one fact).
    public var certainty: Double { certainties.values.min() ?? 1 }
}

extension String {
    /// A symbol made from text: lower case letters and digits, other runs as one `-`
    /// ("Offer pay-per-use!" → `offer-pay-per-use`); empty when nothing is left.
    var slug: String {
        var out = ""
        for c in lowercased() {
            if c.isLetter || c.isNumber {
                out.append(c)
            } else if !out.isEmpty && out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}
