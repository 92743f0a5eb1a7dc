import RuleEngine

/// A value of a slot, written as a Swift literal: `"acme"` (a symbol or a string, as the slot's
/// type says), `8`, `0.7`.
public enum SlotValue: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral
{
    /// A symbol (`acme`, `high`) or a string, by the slot's type.
    case text(String)
    case integer(Int)
    case number(Double)

    /// A text value.
    public init(stringLiteral value: String) { self = .text(value) }
    /// A whole number.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A decimal number.
    public init(floatLiteral value: Double) { self = .number(value) }

    /// The value as the rule language writes it (`acme`, `8`, `0.7`).
    public var description: String {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        }
    }
}

/// A fact read back by names: its template, slot values, id and certainty.
public struct NamedFact: Hashable, Sendable {
    /// The fact's id.
    public let id: Int
    /// Its template's name.
    public let template: String
    /// Its slot values by slot name.
    public let slots: [String: SlotValue]
    /// Its certainty.
    public let certainty: Double
}

/// A conclusion read back by names: `approach = account-management` with its certainty.
public struct NamedConclusion: Hashable, Sendable {
    /// The attribute's name.
    public let attribute: String
    /// The value concluded.
    public let value: String
    /// The combined certainty.
    public let certainty: Double
    /// The rules that contributed, in firing order.
    public let rules: [String]
}

/// One firing of the trace: its number, the rule, and the facts it matched.
public struct NamedFiring: Hashable, Sendable {
    /// The firing's number (1-based).
    public let cycle: Int
    /// The rule's name.
    public let rule: String
    /// The facts it matched, by condition (0 where a `not`, `exists` or `test` matched none).
    public let factIDs: [Int]
}

/// A misuse of names: a template or slot the program does not have, or a value of the wrong type.
public struct SessionError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, with the names that exist.
    public let description: String
}

/// One run of a ``RuleProgram``: working memory, the agenda, conclusions, scores and the trace, all
/// reached by names. Not `Sendable` (see ``RuleProgram``): one thread at a time.
public final class RuleSession {
    /// The engine underneath, for what the names do not cover.
    public let engine: Engine
    let program: RuleProgram
    var started = false
    /// What the rules printed so far.
    public private(set) var output = ""

    init(program: RuleProgram, strategy: ConflictStrategy, seed: UInt64, limits: RunLimits) {
        self.program = program
        engine = Engine(
            program: program.ruleBase.program, network: program.network, strategy: strategy, seed: seed, limits: limits)
        engine.recordsTrace = true
        engine.output = { [unowned self] in self.output += $0 }
    }

    /// Working memory holds the initial facts from the first call on.
    func start() throws(EngineError) {
        guard !started else { return }
        started = true
        try engine.reset()
    }

    /// Asserts a fact of `template` with the given slots (the others keep their defaults).
    /// - Returns: the fact's id (an equal fact already present keeps its id).
    /// - Throws: ``SessionError`` for an unknown template or slot or a value of the wrong type;
    ///   `EngineError` when a limit breaks or a test fails while matching.
    @discardableResult
    public func assert(_ template: String, _ slots: [String: SlotValue] = [:], certainty: Double = 1) throws -> Int {
        let p = program.ruleBase.program
        guard let t = p.templateIndex(template) else {
            throw SessionError(
                description:
                    "no template '\(template)'; the templates are: \(p.templates.map(\.name).joined(separator: ", "))")
        }
        let spec = p.templates[t]
        var values = spec.slots.map(\.defaultValue)
        for (name, value) in slots.sorted(by: { $0.key < $1.key }) {
            guard let i = spec.slotIndex(name) else {
                throw SessionError(
                    description:
                        "'\(template)' has no slot '\(name)'; its slots are: \(spec.slots.map(\.name).joined(separator: ", "))"
                )
            }
            let v = convert(value, to: spec.slots[i].type)
            guard spec.slots[i].type.accepts(v) else {
                throw SessionError(description: "'\(template).\(name)' does not take \(value)")
            }
            values[i] = v
        }
        try start()
        return try engine.assert(template: t, slots: values, certainty: certainty)
    }

    /// Retracts a fact by id; false when there is no such fact.
    @discardableResult
    public func retract(_ id: Int) throws -> Bool {
        try start()
        return try engine.retract(id: id)
    }

    /// Fires rules until none is left, a rule halts, or `maxFirings` fired. Returns how many fired.
    @discardableResult
    public func run(maxFirings: Int? = nil) throws -> Int {
        try start()
        return try engine.run(maxFirings: maxFirings)
    }

    /// The live facts of `template` (all facts when nil), in id order.
    public func facts(_ template: String? = nil) -> [NamedFact] {
        let p = program.ruleBase.program
        let wanted = template.flatMap { p.templateIndex($0) }
        if template != nil && wanted == nil { return [] }
        return engine.facts.filter { wanted == nil || $0.template == wanted }.map { f in
            let spec = p.templates[f.template]
            var slots: [String: SlotValue] = [:]
            for (i, value) in f.slots.enumerated() where i < spec.slots.count {
                slots[spec.slots[i].name] = named(value)
            }
            return NamedFact(id: f.id, template: spec.name, slots: slots, certainty: f.certainty)
        }
    }

    /// The conclusions about `attribute` (all when nil), best first.
    public func conclusions(_ attribute: String? = nil) -> [NamedConclusion] {
        let p = program.ruleBase.program
        return engine.conclusions.filter { attribute == nil || p.templates[$0.template].name == attribute }
            .sorted { $0.certainty > $1.certainty }
            .map { c in
                NamedConclusion(
                    attribute: p.templates[c.template].name, value: c.value.rendered(engine.symbols),
                    certainty: c.certainty,
                    rules: c.contributions.map { p.rules[$0.rule].name })
            }
    }

    /// The scores: option → criterion → total points.
    public var scores: [String: [String: Double]] {
        var out: [String: [String: Double]] = [:]
        for s in engine.scores {
            out[s.option.rendered(engine.symbols), default: [:]][s.criterion.rendered(engine.symbols)] = s.total
        }
        return out
    }

    /// Every firing so far, in order.
    public var trace: [NamedFiring] {
        engine.trace.map {
            NamedFiring(cycle: $0.cycle, rule: program.ruleBase.program.rules[$0.rule].name, factIDs: $0.matched)
        }
    }

    func convert(_ value: SlotValue, to type: SlotType) -> Value {
        switch (value, type) {
        case (.text(let s), .string): return .string(engine.intern(s))
        case (.text(let s), _): return .symbol(engine.intern(s))
        case (.integer(let i), .number): return .float(Double(i))
        case (.integer(let i), _): return .integer(i)
        case (.number(let d), _): return .float(d)
        }
    }

    func named(_ value: Value) -> SlotValue {
        switch value {
        case .symbol(let s), .string(let s): return .text(engine.symbols.name(of: s))
        case .integer(let i): return .integer(i)
        case .float(let d): return .number(d)
        }
    }
}
