import Foundation
import RuleEngine
import Testing

/// An engine reset as new (``Engine/reset(asNew:)``) runs as a new engine of the same program,
/// byte for byte: every fact asserted and retracted, every activation added and removed, every
/// firing, the output and the statistics, under every strategy on the CLIPS fixtures and under
/// depth on Manners and Waltz; whatever it ran before. What a batch relies on when each worker keeps one
/// engine for all its accounts.
@Suite("An engine reused")
struct EngineReuseTests {
    static let programs = [
        "Tests/RuleEngineTests/Fixtures/strategies.rules", "Tests/RuleEngineTests/Fixtures/sharing.rules",
        "Tests/RuleEngineTests/Fixtures/not-releases.rules", "Tests/RuleEngineTests/Fixtures/lex-ties.rules",
        "rules/benchmarks/manners-16.rules", "rules/benchmarks/waltz-12.rules",
    ]

    final class Events { var lines: [String] = [] }

    /// A new engine for the program at `path`, with the files it includes from its folder.
    static func engine(_ path: String, strategy: ConflictStrategy = .depth) throws -> (Engine, Box) {
        let url = repositoryRoot.appendingPathComponent(path)
        let source = try String(contentsOf: url, encoding: .utf8)
        var others: [String: String] = [:]
        for line in source.split(separator: "\n") where line.hasPrefix("include \"") {
            let name = String(line.dropFirst("include \"".count).dropLast())
            others[name] = try String(
                contentsOf: url.deletingLastPathComponent().appendingPathComponent(name), encoding: .utf8)
        }
        let loaded = load(source, others)
        guard let base = loaded.ruleBase else { throw TestFailure.diagnostics(loaded.renderedDiagnostics) }
        let engine = Engine(
            program: base.program, strategy: strategy, seed: 7, limits: RunLimits(maxFirings: 20_000, maxFacts: 20_000))
        let box = Box()
        engine.output = { box.text += $0 }
        try engine.reset()
        return (engine, box)
    }

    /// Everything a run shows: its events, its output, its statistics and what is left.
    static func transcript(_ engine: Engine, _ box: Box, asNew: Bool) throws -> [String] {
        let events = Events()
        engine.recordsTrace = true
        engine.watcher = { event in
            switch event {
            case .factAsserted(let f): events.lines.append("+ f-\(f.id) \(f.template) \(f.hashValue)")
            case .factRetracted(let f): events.lines.append("- f-\(f.id)")
            case .activationAdded(let rule, let ids): events.lines.append("a \(rule) \(ids)")
            case .activationRemoved(let rule, let ids): events.lines.append("r \(rule) \(ids)")
            case .ruleFired(let cycle, let rule, let ids): events.lines.append("fire \(cycle) \(rule) \(ids)")
            }
        }
        box.text = ""
        try engine.reset(asNew: asNew)
        try engine.run()
        return events.lines + [box.text, "\(engine.statistics)", "\(engine.trace.hashValue)"] + engine.renderedFacts
            + engine.agendaRules
    }

    @Test(
        "a reset as new runs as a new engine, after any run before",
        arguments: [ConflictStrategy.depth, .breadth, .lex, .mea, .random])
    func sameAsNew(_ strategy: ConflictStrategy) throws {
        var broken = 0
        for path in Self.programs {
            // Manners and Waltz are written for depth (under breadth they run for long).
            if path.hasPrefix("rules/benchmarks/") && strategy != .depth { continue }
            let (fresh, freshBox) = try Self.engine(path, strategy: strategy)
            let expected = try Self.transcript(fresh, freshBox, asNew: true)
            #expect(expected.count > 10, "\(path)")
            let (reused, box) = try Self.engine(path, strategy: strategy)
            for round in 1...3 {
                // Facts from outside and a half-finished run before must not show, nor a run
                // that broke a limit in the middle of a firing.
                _ = reused.intern("left-over-\(round)")
                try reused.reset()
                if round == 2 {
                    let limits = reused.limits
                    reused.limits = RunLimits(maxFirings: 2, maxFacts: 20_000)
                    do { try reused.run() } catch { broken += 1 }
                    reused.limits = limits
                } else {
                    try reused.run(maxFirings: round * 5)
                }
                let again = try Self.transcript(reused, box, asNew: true)
                #expect(again == expected, "\(path), round \(round)")
                if again != expected {
                    let i =
                        zip(again, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                        ?? min(again.count, expected.count)
                    Issue.record(
                        "line \(i): \(again.dropFirst(i).first ?? "end") for \(expected.dropFirst(i).first ?? "end")")
                    break
                }
            }
        }
        #expect(broken >= 3, "runs that broke the firing limit: \(broken)")
    }

    /// A plain reset keeps the names interned since (as CLIPS keeps its symbols); a reset as new
    /// forgets them, and a name interned again gets the number a new engine gives it.
    @Test func aResetAsNewForgetsNewNames() throws {
        let (e, _) = try TestSupport.engine("template t { x: symbol }")
        let first = e.intern("brand-new")
        try e.reset()
        #expect(e.symbols.lookup("brand-new") == first)
        try e.reset(asNew: true)
        #expect(e.symbols.lookup("brand-new") == nil)
        #expect(e.symbols.name(of: first) == "?\(first.id)")
        #expect(e.intern("another") == first)
    }

    /// Reused for many runs, an engine holds its last run's facts only, numbered from 1 again.
    @Test func manyRunsLeaveTheLastRunsFacts() throws {
        let (e, box) = try Self.engine("rules/benchmarks/manners-16.rules")
        _ = try Self.transcript(e, box, asNew: true)
        let after1 = (e.statistics, e.facts.map(\.id))
        #expect(after1.1.first == 1)
        for _ in 0..<20 { _ = try Self.transcript(e, box, asNew: true) }
        #expect(e.statistics == after1.0)
        #expect(e.facts.map(\.id) == after1.1)
        #expect(e.checkInvariants().isEmpty)
    }
}
