import RuleEngine
import Testing

/// The engine on a program built directly from the model, without the rule language.
@Suite("Engine without the language")
struct EngineTests {
    /// `item(n)` and `block(n)`; rule `free`: item(n: $n), not block(n: $n) → print "free " $n.
    static func program() -> Program {
        var symbols = SymbolTable()
        let text = symbols.intern("free ")
        let item = Template(name: "item", slots: [SlotSpec(name: "n", type: .integer, defaultValue: .integer(0))])
        let block = Template(name: "block", slots: [SlotSpec(name: "n", type: .integer, defaultValue: .integer(0))])
        let rule = Rule(
            name: "free",
            conditions: [
                .positive(Pattern(template: 0)),
                .negative(Pattern(template: 1, joinTests: [.equal(slot: 0, level: 0, otherSlot: 0)])),
            ],
            actions: [.print([.constant(.string(text)), .slot(level: 0, slot: 0)])])
        return Program(symbols: symbols, templates: [item, block], rules: [rule])
    }

    @Test("join and negative nodes, driven through the public API")
    func negative() throws {
        let engine = Engine(program: Self.program())
        var out = ""
        engine.output = { out += $0 }
        try engine.reset()
        try engine.assert(template: 0, slots: [.integer(1)])
        try engine.assert(template: 0, slots: [.integer(2)])
        let block = try engine.assert(template: 1, slots: [.integer(1)])
        #expect(engine.agendaListing.map(\.factIDs) == [[2, 0]])
        try engine.retract(id: block)
        #expect(engine.agendaListing.map(\.factIDs) == [[1, 0], [2, 0]])
        try engine.run()
        #expect(out == "free 1\nfree 2\n")
        #expect(engine.statistics.firings == 2)
    }

    @Test("a fact that does not fit its template is refused")
    func invalidFact() throws {
        let engine = Engine(program: Self.program())
        try engine.reset()
        #expect(throws: EngineError.self) { try engine.assert(template: 0, slots: [.float(1.5)]) }
        #expect(throws: EngineError.self) { try engine.assert(template: 7, slots: []) }
    }

    @Test("watch events come in order: assert, activation, fire")
    func events() throws {
        let engine = Engine(program: Self.program())
        var events: [String] = []
        engine.output = { _ in }
        engine.watcher = { event in
            switch event {
            case .factAsserted(let f): events.append("assert \(f.id)")
            case .factRetracted(let f): events.append("retract \(f.id)")
            case .activationAdded(_, let ids): events.append("add \(ids)")
            case .activationRemoved(_, let ids): events.append("remove \(ids)")
            case .ruleFired(let cycle, _, let ids): events.append("fire \(cycle) \(ids)")
            }
        }
        try engine.reset()
        try engine.assert(template: 0, slots: [.integer(1)])
        try engine.assert(template: 1, slots: [.integer(1)])
        try engine.assert(template: 0, slots: [.integer(3)])
        try engine.run()
        #expect(
            events == [
                "assert 1", "add [1, 0]", "assert 2", "remove [1, 0]", "assert 3", "add [3, 0]", "fire 1 [3, 0]",
            ])
    }
}
