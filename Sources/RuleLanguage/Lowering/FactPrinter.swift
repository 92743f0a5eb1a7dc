import RuleEngine

/// Writes facts back in the rule language's own syntax: `guest(name: n1, sex: m)` or `risk is high`.
public struct FactPrinter {
    /// The program whose templates name the slots.
    public let program: Program
    /// The symbols of the engine that made the facts.
    public let symbols: SymbolTable

    /// A printer for facts of `program`.
    public init(program: Program, symbols: SymbolTable) {
        self.program = program
        self.symbols = symbols
    }

    /// The fact as the rule language writes it: `risk(value: high)` or `customer(name: acme, risk: 8)`.
    public func render(_ fact: FactSnapshot) -> String {
        guard fact.template < program.templates.count else { return "?" }
        let t = program.templates[fact.template]
        var text: String
        if t.isAttribute, let v = fact.slots.first {
            text = "\(t.name) is \(v.rendered(symbols, quoted: true))"
        } else {
            let slots = zip(t.slots, fact.slots).map { "\($0.name): \($1.rendered(symbols, quoted: true))" }
            text = "\(t.name)(\(slots.joined(separator: ", ")))"
        }
        if fact.certainty != 1 { text += " certainty \((fact.certainty * 10_000).rounded() / 10_000)" }
        return text
    }
}
