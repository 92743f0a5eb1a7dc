import RuleEngine

/// Writes facts back in the rule language's own syntax: `guest(name: n1, sex: m)` or `risk is high`.
public struct FactPrinter {
    public let program: Program
    public let symbols: SymbolTable

    public init(program: Program, symbols: SymbolTable) {
        self.program = program
        self.symbols = symbols
    }

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
