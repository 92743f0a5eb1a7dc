/// An interned name: symbols and strings are compared by their number, never by text.
public struct Symbol: Hashable, Sendable, Comparable {
    /// The position of the name in its ``SymbolTable``.
    public let id: UInt32

    /// Wraps a symbol number handed out by a ``SymbolTable``.
    public init(id: UInt32) { self.id = id }

    /// Orders symbols by when they were interned.
    public static func < (lhs: Symbol, rhs: Symbol) -> Bool { lhs.id < rhs.id }
}

/// Interns names so that the match loop compares integers.
///
/// Used when a program is loaded and when output is rendered; never inside the match loop.
public struct SymbolTable: Sendable {
    private var names: [String] = []
    private var numbers: [String: UInt32] = [:]

    /// An empty table.
    public init() {}

    /// The symbol for `name`, added if it is new.
    /// - Complexity: amortized O(1), one hash of the name.
    public mutating func intern(_ name: String) -> Symbol {
        if let id = numbers[name] { return Symbol(id: id) }
        let id = UInt32(names.count)
        names.append(name)
        numbers[name] = id
        return Symbol(id: id)
    }

    /// The number of names interned.
    public var count: Int { names.count }

    /// Forgets the names interned after the first `count` (their symbols name nothing after).
    public mutating func forget(after count: Int) {
        guard count >= 0, count < names.count else { return }
        for name in names[count...] { numbers[name] = nil }
        names.removeSubrange(count...)
    }

    /// The symbol for `name` if it was interned before.
    public func lookup(_ name: String) -> Symbol? {
        numbers[name].map { Symbol(id: $0) }
    }

    /// The text of a symbol.
    public func name(of symbol: Symbol) -> String {
        let index = Int(symbol.id)
        return index < names.count ? names[index] : "?\(symbol.id)"
    }
}
