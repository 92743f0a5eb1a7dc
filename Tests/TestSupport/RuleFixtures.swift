import Foundation
import RuleEngine
import RuleLanguage

/// Loads in-memory files (name → text) from a virtual rule folder `/rules`; `main` is the entry file.
public func load(_ main: String, _ others: [String: String] = [:]) -> LoadResult {
    var files = others
    files["main.rules"] = main
    let contents = files.reduce(into: [String: String]()) { $0["/rules/" + $1.key] = $1.value }
    return RuleLoader(root: "/rules", read: { contents[$0] }).load(["/rules/main.rules"])
}

/// What a run printed, and the engine after it.
public struct Run {
    public let output: String
    public let engine: Engine
    public let program: Program
}

/// A program that did not compile, with its rendered diagnostics.
public enum TestFailure: Error, CustomStringConvertible {
    case diagnostics(String)
    public var description: String {
        switch self {
        case .diagnostics(let text): return text
        }
    }
}

/// Collects text (a run's `print` output).
public final class Box {
    public var text = ""
    public init() {}
}

/// Compiles a program and returns a reset engine, with print output collected.
public func engine(
    _ source: String, strategy: ConflictStrategy = .depth, seed: UInt64 = 0, limits: RunLimits = RunLimits()
) throws -> (Engine, Box) {
    let result = load(source)
    guard let base = result.ruleBase else { throw TestFailure.diagnostics(result.renderedDiagnostics) }
    let engine = Engine(program: base.program, strategy: strategy, seed: seed, limits: limits)
    let box = Box()
    engine.output = { box.text += $0 }
    try engine.reset()
    return (engine, box)
}

/// Compiles and runs a program to quiescence.
public func run(_ source: String, strategy: ConflictStrategy = .depth, seed: UInt64 = 0) throws -> Run {
    let (e, box) = try engine(source, strategy: strategy, seed: seed)
    try e.run()
    return Run(output: box.text, engine: e, program: e.program)
}

extension Engine {
    /// The id of the live fact rendered as `text` (in FactPrinter's syntax).
    public func factID(_ text: String) -> Int? {
        let printer = FactPrinter(program: program, symbols: symbols)
        return facts.first { printer.render($0) == text }?.id
    }

    /// The live facts rendered, one per element.
    public var renderedFacts: [String] {
        let printer = FactPrinter(program: program, symbols: symbols)
        return facts.map { printer.render($0) }
    }

    /// The names of the rules on the agenda, in firing order.
    public var agendaRules: [String] { agendaListing.map { program.rules[$0.rule].name } }

    /// Asserts a fact of a template by name, with symbol/integer/float slot values given as text.
    @discardableResult
    public func assert(_ template: String, _ values: [String]) throws -> Int {
        guard let t = program.templateIndex(template) else { return -1 }
        let slots: [Value] = values.map { v in
            Int(v).map { .integer($0) } ?? Double(v).map { .float($0) } ?? .symbol(intern(v))
        }
        return try assert(template: t, slots: slots)
    }
}
