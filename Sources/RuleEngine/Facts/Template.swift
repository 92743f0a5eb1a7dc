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

/// The bounds a number slot keeps to (`score: integer from -2 to 2`); either end may be open.
public struct SlotRange: Hashable, Sendable {
    /// The smallest value allowed, if any.
    public let lower: Value?
    /// The largest value allowed, if any.
    public let upper: Value?

    /// A range with these bounds (nil: unbounded on that side).
    public init(lower: Value?, upper: Value?) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` lies within the bounds. A value that is not a number is not (NaN neither).
    public func contains(_ value: Value) -> Bool {
        guard value.number.map({ !$0.isNaN }) ?? false else { return false }
        if let lower, (ValueOrder.compare(value, lower) ?? -1) < 0 { return false }
        if let upper, (ValueOrder.compare(value, upper) ?? 1) > 0 { return false }
        return true
    }

    /// `from -2 to 2`, `from 1`, `to 100`.
    public func described(_ symbols: SymbolTable) -> String {
        [lower.map { "from \($0.rendered(symbols))" }, upper.map { "to \($0.rendered(symbols))" }]
            .compactMap { $0 }.joined(separator: " ")
    }
}

/// A slot of a template: its name, type, default value and, for numbers, the range it keeps to.
public struct SlotSpec: Hashable, Sendable {
    /// The slot's name.
    public let name: String
    /// What values the slot takes.
    public let type: SlotType
    /// The value a fact gets when it does not give one.
    public let defaultValue: Value
    /// The numbers it takes (`from -2 to 2`), if limited.
    public let range: SlotRange?

    /// A slot with its type, default and range.
    public init(name: String, type: SlotType, defaultValue: Value, range: SlotRange? = nil) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.range = range
    }

    /// Whether `value` fits the slot's type and range.
    public func accepts(_ value: Value) -> Bool { type.accepts(value) && (range?.contains(value) ?? true) }
}

/// A fact template: a name and its slots, stored by position.
public struct Template: Hashable, Sendable {
    /// The template's name.
    public let name: String
    /// Its slots, in order.
    public let slots: [SlotSpec]
    /// True for attribute templates (`risk is high`): one slot `value`, and facts shown as `risk is high`.
    public let isAttribute: Bool

    /// A template; an attribute has one slot, `value`, and takes certainty-factor conclusions.
    public init(name: String, slots: [SlotSpec], isAttribute: Bool = false) {
        self.name = name
        self.slots = slots
        self.isAttribute = isAttribute
    }

    /// The position of the slot called `name`.
    public func slotIndex(_ name: String) -> Int? { slots.firstIndex { $0.name == name } }
}
