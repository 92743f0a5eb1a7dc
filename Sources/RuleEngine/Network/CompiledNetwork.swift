/// What makes two alpha memories the same.
struct AlphaSignature: Hashable {
    let template: Int
    let tests: [AlphaTest]
}

/// A program's Rete network as compiled: alpha memories, beta nodes and how they connect, with the
/// number and kind of the memories they need. It holds no facts and never changes after `init`, so
/// engines running the same program share one, each with its own memories:
/// making an engine for a compiled program costs no compilation.
public final class CompiledNetwork: @unchecked Sendable {
    @exclusivity(unchecked) private(set) var alphas: [AlphaMemory] = []
    /// While compiling, per template: its alpha memories keyed by a constant symbol test, and those
    /// without one (then in `alphaCode`, and emptied).
    @exclusivity(unchecked) private var keyedAlphas: [[(slot: Int, table: [Value: [Int]])]]
    @exclusivity(unchecked) private var unkeyedAlphas: [[Int]]
    @exclusivity(unchecked) private(set) var nodes: [BetaNode] = []
    /// Where root tokens go (as `BetaNode.outputs` for the nodes at the top of rules).
    @exclusivity(unchecked) private(set) var rootOutputs: [Output] = []
    /// Per token memory: whether it is hashed on a join key.
    @exclusivity(unchecked) private(set) var memoryHashed: [Bool] = []
    /// Per fact index: the slots it hashes.
    @exclusivity(unchecked) private(set) var indexSlots: [[Int]] = []
    let rules: [Rule]
    /// Each rule's specificity and salience, read without copying the rule.
    let specificities: [Int]
    let saliences: [Int]
    let templates: [Template]
    var templateCount: Int { templates.count }
    /// How activations of one change in rules that share joins are ordered.
    @exclusivity(unchecked) private(set) var changeOrder: ChangeOrder? = nil
    /// The beta nodes in the flat form the match loops read.
    @exclusivity(unchecked) private(set) var code = NetworkCode(nodes: [], rootOutputs: [])
    /// The alpha memories in the flat form a new fact reads.
    @exclusivity(unchecked) private(set) var alphaCode = AlphaCode(alphas: [], keyed: [], unkeyed: [])

    @exclusivity(unchecked) private var signatures: [NodeSignature: Int] = [:]
    @exclusivity(unchecked) private var alphaSignatures: [AlphaSignature: Int] = [:]

    /// Compiles every rule of `program`, sharing alpha memories and beta prefixes between rules.
    public init(program: Program) {
        rules = program.rules
        specificities = program.rules.map(\.specificity)
        saliences = program.rules.map(\.salience)
        templates = program.templates
        keyedAlphas = Array(repeating: [], count: program.templates.count)
        unkeyedAlphas = Array(repeating: [], count: program.templates.count)
        for (i, rule) in program.rules.enumerated() { addRule(rule, index: i) }
        // Each alpha memory's successors deepest first: a node's descendants then see a new fact before
        // the node makes tokens with it, which keeps a fact that matches two patterns of a rule from
        // joining twice (the fact is in the shared index before any node is activated).
        for alpha in alphas {
            alpha.successors.sort { a, b in
                nodes[a].level != nodes[b].level ? nodes[a].level > nodes[b].level : a < b
            }
        }
        signatures = [:]
        alphaSignatures = [:]
        code = NetworkCode(nodes: nodes, rootOutputs: rootOutputs)
        alphaCode = AlphaCode(alphas: alphas, keyed: keyedAlphas, unkeyed: unkeyedAlphas)
        keyedAlphas = []
        unkeyedAlphas = []
        changeOrder = ChangeOrder(self)
    }

    /// Whether this network was compiled from a program with these rules and templates (then it is
    /// the network `program` compiles to). The arrays are compared in full; for engines of one
    /// program they share their storage, and the comparison ends at that in constant time.
    func fits(_ program: Program) -> Bool {
        rules == program.rules && templates == program.templates
    }

    /// Compiles a rule into nodes, sharing alpha memories and beta prefixes with earlier rules.
    private func addRule(_ rule: Rule, index: Int) {
        var parent = -1
        var level = 0
        for condition in rule.conditions {
            switch condition {
            case .positive(let p), .negative(let p), .exists(let p):
                let kind: BetaKind
                switch condition {
                case .negative: kind = .negative
                case .exists: kind = .exists
                case .positive, .test: kind = .join
                }
                let alpha = buildOrShareAlphaMemory(for: p)
                var rightSlots: [Int] = []
                var leftLevels: [Int] = []
                var leftSlots: [Int] = []
                var predicates: [Expr] = []
                for test in p.joinTests {
                    switch test {
                    case .equal(let slot, let other, let otherSlot) where other < level:
                        rightSlots.append(slot)
                        leftLevels.append(other)
                        leftSlots.append(otherSlot)
                    case .equal(let slot, let other, let otherSlot):
                        predicates.append(
                            .binary(.equal, .slot(level: level, slot: slot), .slot(level: other, slot: otherSlot)))
                    case .predicate(let e):
                        predicates.append(e)
                    }
                }
                var signature = NodeSignature(
                    kind: kind, parent: parent, alpha: alpha, rightSlots: rightSlots, leftLevels: leftLevels,
                    leftSlots: leftSlots, predicates: predicates, test: nil)
                // A positive `slot in [$a $b …]` on a slot no equality already keys: looked up per value.
                for e in predicates {
                    if let (slot, sources, negated) = JoinCheck.membership(e, level: level), !negated,
                        !rightSlots.contains(slot)
                    {
                        signature.probeSlot = slot
                        signature.probeSources = sources
                        break
                    }
                }
                parent = buildOrShareNode(signature, level: level, rule: -1)
                level += 1
            case .test(let e):
                let signature = NodeSignature(
                    kind: .test, parent: parent, alpha: -1, rightSlots: [], leftLevels: [], leftSlots: [],
                    predicates: [], test: e)
                parent = buildOrShareNode(signature, level: level, rule: -1)
                level += 1
            }
        }
        let terminal = NodeSignature(
            kind: .terminal, parent: parent, alpha: -1, rightSlots: [], leftLevels: [], leftSlots: [],
            predicates: [], test: nil)
        _ = buildNode(terminal, level: level, rule: index)
    }

    private func buildOrShareNode(_ signature: NodeSignature, level: Int, rule: Int) -> Int {
        if let id = signatures[signature] { return id }
        let id = buildNode(signature, level: level, rule: rule)
        signatures[signature] = id
        return id
    }

    private func buildNode(_ signature: NodeSignature, level: Int, rule: Int) -> Int {
        let id = nodes.count
        let node = BetaNode(id: id, kind: signature.kind, level: level, signature: signature, rule: rule)
        nodes.append(node)
        if signature.parent >= 0 { nodes[signature.parent].children.append(id) }
        var outputs = signature.parent < 0 ? rootOutputs : nodes[signature.parent].outputs
        if signature.kind == .join {
            let group: JoinGroup
            if let existing = outputs.lazy.compactMap({ output -> JoinGroup? in
                if case .joins(let g) = output, g.leftLevels == signature.leftLevels, g.leftSlots == signature.leftSlots
                {
                    return g
                }
                return nil
            }).first {
                group = existing
            } else {
                group = JoinGroup(
                    memory: newMemory(hashed: !signature.leftLevels.isEmpty), leftLevels: signature.leftLevels,
                    leftSlots: signature.leftSlots)
                outputs.append(.joins(group))
            }
            group.joins.append(id)
            node.memory = group.memory
        } else {
            outputs.append(.node(id))
            if signature.kind == .negative || signature.kind == .exists {
                node.memory = newMemory(hashed: !signature.leftLevels.isEmpty)
            }
        }
        if signature.parent < 0 { rootOutputs = outputs } else { nodes[signature.parent].outputs = outputs }
        if signature.alpha >= 0 {
            let alpha = alphas[signature.alpha]
            alpha.successors.append(id)
            let slots = signature.rightSlots + (signature.probeSlot >= 0 ? [signature.probeSlot] : [])
            if let index = alpha.indexes.first(where: { indexSlots[$0] == slots }) {
                node.factIndex = index
            } else {
                node.factIndex = indexSlots.count
                alpha.indexes.append(indexSlots.count)
                indexSlots.append(slots)
            }
        }
        return id
    }

    private func newMemory(hashed: Bool) -> Int {
        memoryHashed.append(hashed)
        return memoryHashed.count - 1
    }

    private func buildOrShareAlphaMemory(for pattern: Pattern) -> Int {
        let signature = AlphaSignature(template: pattern.template, tests: pattern.alphaTests)
        if let id = alphaSignatures[signature] { return id }
        let id = alphas.count
        let alpha = AlphaMemory(template: pattern.template, tests: pattern.alphaTests)
        alphas.append(alpha)
        alphaSignatures[signature] = id
        let t = pattern.template
        if case .compare(let slot, .equal, let value)? = pattern.alphaTests.first, let key = value.alphaKey {
            if let i = keyedAlphas[t].firstIndex(where: { $0.slot == slot }) {
                keyedAlphas[t][i].table[key, default: []].append(id)
            } else {
                keyedAlphas[t].append((slot: slot, table: [key: [id]]))
            }
        } else {
            unkeyedAlphas[t].append(id)
        }
        return id
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
