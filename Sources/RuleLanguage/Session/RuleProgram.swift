import RuleEngine

/// A rule program loaded and checked, ready to run: the way into the engine by names.
///
/// ```swift
/// let program = try RuleProgram(source: """
///     template customer { name: symbol  risk: integer }
///     rule risky
///       when customer(name: $n, risk: > 5)
///       then print "watch " $n
///     end
///     """)
/// let session = program.makeSession()
/// try session.assert("customer", ["name": "acme", "risk": 8])
/// try session.run()
/// print(session.output)  // watch acme
/// ```
///
/// A `RuleProgram` is immutable and `Sendable`: load it once and make a session per run, on any
/// thread. A ``RuleSession`` (like the `Engine` inside it) is not `Sendable`: use each one on one
/// thread at a time; to run many situations in parallel, give each task its own session (making one
/// costs no compilation: they share the program's compiled network).
public struct RuleProgram: Sendable {
    /// The checked rules, templates, questions and goals.
    public let ruleBase: RuleBase
    /// Warnings found while loading (errors make `init` throw instead).
    public let warnings: [Diagnostic]
    let network: CompiledNetwork

    /// Loads a program from its text. `name` is the file name diagnostics show.
    /// - Throws: ``RuleProgramError`` with every error, rendered with the source line and a caret.
    public init(source: String, name: String = "program.rules") throws(RuleProgramError) {
        // A file of its own, shown by its name in diagnostics; includes find nothing beside it.
        let root = RuleLoader.canonical(".")
        let path = (root.hasSuffix("/") ? root : root + "/") + name
        try self.init(RuleLoader(root: ".", read: { $0 == path ? source : nil }).load([name]))
    }

    /// Loads a program from a file or a folder of `.rules` files (includes stay inside its folder).
    /// - Throws: ``RuleProgramError`` when a file cannot be read or has errors.
    public init(contentsOf path: String) throws(RuleProgramError) {
        let isFolder = FileSystem.isDirectory(path)
        let root = isFolder ? path : FileSystem.directory(of: path)
        let files = isFolder ? RuleLoader.ruleFiles(in: path) : [path]
        guard !files.isEmpty else { throw RuleProgramError(message: "no .rules files in '\(path)'", diagnostics: []) }
        try self.init(RuleLoader(root: root).load(files))
    }

    init(_ result: LoadResult) throws(RuleProgramError) {
        guard let base = result.ruleBase, result.errors.isEmpty else {
            throw RuleProgramError(message: result.renderedDiagnostics, diagnostics: result.errors)
        }
        ruleBase = base
        warnings = result.warnings
        network = CompiledNetwork(program: base.program)
    }

    /// A fresh session: working memory holds the program's initial facts.
    /// - Parameters:
    ///   - strategy: the conflict resolution strategy (CLIPS's `depth` by default).
    ///   - seed: the seed of the `random` strategy.
    ///   - limits: the most firings in one run and the most facts at once.
    public func makeSession(strategy: ConflictStrategy = .depth, seed: UInt64 = 0, limits: RunLimits = RunLimits())
        -> RuleSession
    {
        RuleSession(program: self, strategy: strategy, seed: seed, limits: limits)
    }
}

/// Why a program could not be loaded: the rendered diagnostics (`file:line:column`, the source line,
/// a caret) and the diagnostics themselves.
public struct RuleProgramError: Error, CustomStringConvertible, Sendable {
    /// The diagnostics rendered as `advisor check` shows them.
    public let message: String
    /// The errors, for tools that place them themselves.
    public let diagnostics: [Diagnostic]

    /// The rendered diagnostics.
    public var description: String { message }
}
