import Foundation
import RuleEngine
import RuleLanguage

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Loads in-memory files (name → text) from a virtual rule folder `/rules`; the first is the main file.
func load(_ main: String, _ others: [String: String] = [:]) -> LoadResult {
    var files = others
    files["main.rules"] = main
    let contents = files.reduce(into: [String: String]()) { $0["/rules/" + $1.key] = $1.value }
    return RuleLoader(root: "/rules", read: { contents[$0] }).load(["/rules/main.rules"])
}

/// What a run printed, and the engine after it.
struct Run {
    let output: String
    let engine: Engine
    let program: Program
}

enum TestFailure: Error, CustomStringConvertible {
    case diagnostics(String)
    var description: String {
        switch self {
        case .diagnostics(let text): return text
        }
    }
}

/// Compiles a program and returns a reset engine, with print output collected.
func engine(_ source: String, strategy: ConflictStrategy = .depth, seed: UInt64 = 0, limits: RunLimits = RunLimits())
    throws -> (Engine, Box)
{
    let result = load(source)
    guard let base = result.ruleBase else { throw TestFailure.diagnostics(result.renderedDiagnostics) }
    let engine = Engine(program: base.program, strategy: strategy, seed: seed, limits: limits)
    let box = Box()
    engine.output = { box.text += $0 }
    try engine.reset()
    return (engine, box)
}

/// Collects text.
final class Box {
    var text = ""
}

/// Compiles and runs a program to quiescence.
func run(_ source: String, strategy: ConflictStrategy = .depth, seed: UInt64 = 0) throws -> Run {
    let (e, box) = try engine(source, strategy: strategy, seed: seed)
    try e.run()
    return Run(output: box.text, engine: e, program: e.program)
}

extension Engine {
    /// The id of the live fact rendered as `text` (in FactPrinter's syntax).
    func factID(_ text: String) -> Int? {
        let printer = FactPrinter(program: program, symbols: symbols)
        return facts.first { printer.render($0) == text }?.id
    }

    /// The live facts rendered, one per element.
    var renderedFacts: [String] {
        let printer = FactPrinter(program: program, symbols: symbols)
        return facts.map { printer.render($0) }
    }

    /// The names of the rules on the agenda, in firing order.
    var agendaRules: [String] { agendaListing.map { program.rules[$0.rule].name } }

    /// Asserts a fact of a template by name, with symbol/integer/float slot values given as text.
    @discardableResult
    func assert(_ template: String, _ values: [String]) throws -> Int {
        guard let t = program.templateIndex(template) else { return -1 }
        let slots: [Value] = values.map { v in
            Int(v).map { .integer($0) } ?? Double(v).map { .float($0) } ?? .symbol(intern(v))
        }
        return try assert(template: t, slots: slots)
    }
}
