/// A slot value. Symbols and strings are interned, so equality and hashing never touch text.
public enum Value: Hashable, Sendable {
    case symbol(Symbol)
    case string(Symbol)
    case integer(Int)
    case float(Double)

    /// The numeric value, if this is a number.
    @inlinable public var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .float(let d): return d
        case .symbol, .string: return nil
        }
    }

    /// Whether this is an integer or a float.
    public var isNumber: Bool { number != nil }

    /// Renders the value as CLIPS prints it: strings without quotes when `quoted` is false.
    public func rendered(_ symbols: SymbolTable, quoted: Bool = false) -> String {
        switch self {
        case .symbol(let s): return symbols.name(of: s)
        case .string(let s): return quoted ? "\"\(symbols.name(of: s))\"" : symbols.name(of: s)
        case .integer(let i): return String(i)
        case .float(let d): return Value.format(d)
        }
    }

    /// Formats a double the way the trace and `print` show it: integers keep one decimal.
    public static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) + ".0" }
        return String(d)
    }
}

extension Value {
    /// The integer a float is exactly, if it is one (integral and within Int's range).
    @inlinable public static func exactInteger(_ d: Double) -> Int? {
        guard d.rounded(.towardZero) == d, d >= -9.223_372_036_854_775_808e18, d < 9.223_372_036_854_775_808e18 else {
            return nil
        }
        return Int(d)
    }
}

/// Comparison of two values: numbers by value (an integer equals the same float), others by identity.
public enum ValueOrder {
    /// Whether two values are the same: the one equality of the engine, used by `==` in
    /// expressions, by constant tests and joins in the network, and by the why-not diagnosis.
    /// Numbers compare by value, exactly: `5` equals `5.0` (so they join, unlike CLIPS's `eq`),
    /// `5` does not equal `5.000000000000001`, and an integer beyond 2⁵³ equals only the float
    /// that is exactly it. NaN equals nothing. Join keys hash equal values alike (`Value.bits`).
    @inlinable public static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x == y
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.integer(let x), .float(let y)), (.float(let y), .integer(let x)): return Value.exactInteger(y) == x
        default: return a == b
        }
    }

    /// Orders numbers numerically; returns nil when either side is not a number.
    @inlinable public static func compare(_ a: Value, _ b: Value) -> Int? {
        if case .integer(let x) = a, case .integer(let y) = b { return x < y ? -1 : (x > y ? 1 : 0) }
        guard let x = a.number, let y = b.number else { return nil }
        return x < y ? -1 : (x > y ? 1 : 0)
    }
}
