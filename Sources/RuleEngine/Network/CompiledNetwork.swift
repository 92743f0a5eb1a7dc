/// What makes two alpha memories the same.
struct AlphaSignature: Hashable {
    let template: Int
    let tests: [AlphaTest]
}

/// A program's Rete network as compiled: alpha memories, beta nodes and how they connect, with the
/// number and kind of the memories they need. It holds no facts and never changes after `init`, so
/// engines running the same program share one, each with its own memories:
/// making an engine for a compiled program costs no compilation.
/// A program's Rete network as compiled: alpha memories, beta nodes and how they connect, with the
/// number and kind of the memories they need. It holds no facts and never changes after `init` (every
/// field is a constant; `NetworkBuilder` does the compiling), so engines running the same program
/// share one, each with its own memories: making an engine for a compiled program costs no compilation.
/// (`@unchecked`: the alpha memories and beta nodes are classes, changed only by the builder before
/// `init` returns, and only read after; the flat codes are pointers to memory nothing writes.)
public final class CompiledNetwork: @unchecked Sendable {
    let alphas: [AlphaMemory]
    let nodes: [BetaNode]
    /// Where root tokens go (as `BetaNode.outputs` for the nodes at the top of rules).
    let rootOutputs: [Output]
    /// Per token memory: whether it is hashed on a join key.
    let memoryHashed: [Bool]
    /// Per fact index: the slots it hashes.
    let indexSlots: [[Int]]
    let rules: [Rule]
    /// Each rule's specificity and salience, read without copying the rule.
    let specificities: [Int]
    let saliences: [Int]
    /// Per rule, bit `l` set when condition `l` is a `test` (which binds no fact: CLIPS's lex and mea
    /// leave it out of the time tags they compare).
    let testLevels: [UInt64]
    let templates: [Template]
    var templateCount: Int { templates.count }
    /// How activations of one change in rules that share joins are ordered.
    let changeOrder: ChangeOrder?
    /// The beta nodes in the flat form the match loops read.
    let code: NetworkCode
    /// The alpha memories in the flat form a new fact reads.
    let alphaCode: AlphaCode

    /// Compiles every rule of `program`, sharing alpha memories and beta prefixes between rules.
    public init(program: Program) {
        var builder = NetworkBuilder(templateCount: program.templates.count)
        for (i, rule) in program.rules.enumerated() { builder.addRule(rule, index: i) }
        builder.orderSuccessors()
        rules = program.rules
        specificities = program.rules.map(\.specificity)
        saliences = program.rules.map(\.salience)
        testLevels = program.rules.map { rule in
            var mask: UInt64 = 0
            for (level, condition) in rule.conditions.enumerated() where level < 64 {
                if case .test = condition { mask |= 1 << UInt64(level) }
            }
            return mask
        }
        templates = program.templates
        alphas = builder.alphas
        nodes = builder.nodes
        rootOutputs = builder.rootOutputs
        memoryHashed = builder.memoryHashed
        indexSlots = builder.indexSlots
        code = NetworkCode(nodes: nodes, rootOutputs: rootOutputs)
        alphaCode = AlphaCode(alphas: alphas, keyed: builder.keyedAlphas, unkeyed: builder.unkeyedAlphas)
        changeOrder = ChangeOrder(nodes: nodes, ruleCount: rules.count, alphas: alphas)
    }

    /// Whether this network was compiled from a program with these rules and templates (then it is
    /// the network `program` compiles to). The arrays are compared in full; for engines of one
    /// program they share their storage, and the comparison ends at that in constant time.
    func fits(_ program: Program) -> Bool {
        rules == program.rules && templates == program.templates
    }

    /// A stable text dump of the network, one node a line, for tests and `--dump-network`.
    func dump(templateNames: [String]) -> String {
        var lines: [String] = []
        for (i, a) in alphas.enumerated() {
            let name = a.template < templateNames.count ? templateNames[a.template] : "?"
            lines.append("alpha \(i) \(name) tests=\(a.tests.count) -> \(a.successors)")
        }
        for n in nodes {
            var line = "node \(n.id) \(n.kind) level=\(n.level)"
            if n.alpha >= 0 { line += " alpha=\(n.alpha)" }
            if !n.rightSlots.isEmpty { line += " hashed=\(n.rightSlots.count)" }
            if !n.checks.isEmpty { line += " predicates=\(n.checks.count)" }
            if n.kind == .terminal { line += " rule=\(rules[n.rule].name)" }
            if !n.children.isEmpty { line += " -> \(n.children)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
