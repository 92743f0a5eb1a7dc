/// Compiles rules into a network, one rule at a time, sharing alpha memories and beta prefixes
/// with earlier rules; ``CompiledNetwork`` keeps what it built as constants.
struct NetworkBuilder {
    private(set) var alphas: [AlphaMemory] = []
    /// Per template: its alpha memories keyed by a constant symbol test, and those without one.
    private(set) var keyedAlphas: [[(slot: Int, table: [Value: [Int]])]]
    private(set) var unkeyedAlphas: [[Int]]
    private(set) var nodes: [BetaNode] = []
    private(set) var rootOutputs: [Output] = []
    private(set) var memoryHashed: [Bool] = []
    private(set) var indexSlots: [[Int]] = []
    private var signatures: [NodeSignature: Int] = [:]
    private var alphaSignatures: [AlphaSignature: Int] = [:]

    init(templateCount: Int) {
        keyedAlphas = Array(repeating: [], count: templateCount)
        unkeyedAlphas = Array(repeating: [], count: templateCount)
    }

    /// Each alpha memory's successors deepest first: a node's descendants then see a new fact before
    /// the node makes tokens with it, which keeps a fact that matches two patterns of a rule from
    /// joining twice (the fact is in the shared index before any node is activated).
    func orderSuccessors() {
        for alpha in alphas {
            alpha.successors.sort { a, b in
                nodes[a].level != nodes[b].level ? nodes[a].level > nodes[b].level : a < b
            }
        }
    }

    /// Compiles a rule into nodes, sharing alpha memories and beta prefixes with earlier rules.
    mutating func addRule(_ rule: Rule, index: Int) {
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
                let (keys, predicates) = JoinCheck.split(p, level: level)
                let rightSlots = keys.map(\.slot)
                let leftLevels = keys.map(\.level)
                let leftSlots = keys.map(\.otherSlot)
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

    private mutating func buildOrShareNode(_ signature: NodeSignature, level: Int, rule: Int) -> Int {
        if let id = signatures[signature] { return id }
        let id = buildNode(signature, level: level, rule: rule)
        signatures[signature] = id
        return id
    }

    private mutating func buildNode(_ signature: NodeSignature, level: Int, rule: Int) -> Int {
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

    private mutating func newMemory(hashed: Bool) -> Int {
        memoryHashed.append(hashed)
        return memoryHashed.count - 1
    }

    private mutating func buildOrShareAlphaMemory(for pattern: Pattern) -> Int {
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
}
