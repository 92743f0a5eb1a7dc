/// The type a slot accepts. Checked when a program is lowered and when facts are asserted from outside.
public enum SlotType: Hashable, Sendable {
    case any
    case symbol
    case string
    case integer
    case number
    /// One of a closed set of symbols.
    case enumeration(name: String, values: [Symbol])

    /// Whether `value` is acceptable for this type.
    public func accepts(_ value: Value) -> Bool {
        switch (self, value) {
        case (.any, _): return true
        case (.symbol, .symbol): return true
        case (.string, .string): return true
        case (.integer, .integer): return true
        case (.number, .integer), (.number, .float): return true
        case (.enumeration(_, let values), .symbol(let s)): return values.contains(s)
        default: return false
        }
    }
}

/// A slot of a template: its name, type and default value.
public struct SlotSpec: Hashable, Sendable {
    public let name: String
    public let type: SlotType
    public let defaultValue: Value

    public init(name: String, type: SlotType, defaultValue: Value) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
    }
}

/// A fact template: a name and its slots, stored by position.
public struct Template: Hashable, Sendable {
    public let name: String
    public let slots: [SlotSpec]
    /// True for attribute templates (`risk is high`): one slot `value`, and facts shown as `risk is high`.
    public let isAttribute: Bool

    public init(name: String, slots: [SlotSpec], isAttribute: Bool = false) {
        self.name = name
        self.slots = slots
        self.isAttribute = isAttribute
    }

    /// The position of the slot called `name`.
    public func slotIndex(_ name: String) -> Int? { slots.firstIndex { $0.name == name } }
}
