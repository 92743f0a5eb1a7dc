/// The Rete network of one engine: the compiled topology (shared, read-only) with this engine's
/// memories, tokens and agenda. The memories and the work counters sit in flat buffers indexed by the
/// compiled numbering, so the match loops reach them without reference counting.
final class ReteNetwork {
    let compiled: CompiledNetwork
    let nodes: [BetaNode]
    let alphas: [AlphaMemory]
    /// Where the tokens live.
    let tokens = TokenPool()
    /// The facts asserted under `logical` with a token as support, by token (those tokens are marked
    /// `hasDependents`).
    var dependents: [Token: [Fact]] = [:]
    /// The token memories and fact indexes, by the compiled network's numbering.
    private let memories: UnsafeMutablePointer<TokenMemory>
    private let indexes: UnsafeMutablePointer<FactIndex>
    /// Work counters per node, for the regression guard and profiles: join attempts, tokens built.
    let joinAttempts: UnsafeMutablePointer<Int>
    let tokensBuilt: UnsafeMutablePointer<Int>

    let agenda: Agenda
    let evaluator: Evaluator
    /// The engine's change counter, stamped on new activations.
    var stamp = 0
    /// Facts that lost their last logical support; the engine retracts them.
    var unsupported: [Fact] = []
    /// The first error a test raised while matching (the test counts as false).
    var matchError: (rule: Int?, error: EvaluationError)?
    var random: SplitMix64
    /// Called for every activation added or removed, when watching.
    var onActivation: ((Activation, Bool) -> Void)?

    /// Empty memories for `compiled`, with the root tokens sent into the top nodes.
    init(compiled: CompiledNetwork, agenda: Agenda, evaluator: Evaluator, seed: UInt64) {
        self.compiled = compiled
        self.nodes = compiled.nodes
        self.alphas = compiled.alphas
        self.agenda = agenda
        self.evaluator = evaluator
        self.random = SplitMix64(seed: seed)
        memories = .allocate(capacity: compiled.memoryHashed.count)
        for (i, hashed) in compiled.memoryHashed.enumerated() {
            (memories + i).initialize(to: TokenMemory(hashed: hashed))
        }
        indexes = .allocate(capacity: compiled.indexSlots.count)
        for (i, slots) in compiled.indexSlots.enumerated() { (indexes + i).initialize(to: FactIndex(slots: slots)) }
        joinAttempts = .allocate(capacity: compiled.nodes.count)
        joinAttempts.initialize(repeating: 0, count: compiled.nodes.count)
        tokensBuilt = .allocate(capacity: compiled.nodes.count)
        tokensBuilt.initialize(repeating: 0, count: compiled.nodes.count)
        for output in compiled.rootOutputs {
            let root = tokens.make(parent: nil, fact: nil)
            switch output {
            case .joins(let group):
                memories[group.memory].insert(root, key: 0, index: group.memory)
                for id in group.joins { joinLeft(nodes[id], root, key: 0) }
            case .node(let id):
                leftActivate(nodes[id], root)
            }
        }
    }

    deinit {
        memories.deinitialize(count: compiled.memoryHashed.count)
        memories.deallocate()
        indexes.deinitialize(count: compiled.indexSlots.count)
        indexes.deallocate()
        joinAttempts.deallocate()
        tokensBuilt.deallocate()
    }

    var rules: [Rule] { compiled.rules }

    // MARK: Facts entering and leaving

    /// Sends a new fact through the alpha network into the beta network.
    func assertFact(_ fact: Fact) {
        forEachAlpha(of: fact) { alpha in
            for i in alpha.indexes { indexes[i].memory.insert(fact, key: indexes[i].key(fact)) }
            for id in alpha.successors { rightActivate(nodes[id], fact) }
        }
    }

    /// Removes a retracted fact's partial matches and updates `not` / `exists` counts.
    func retractFact(_ fact: Fact) {
        while let token = fact.firstToken { deleteToken(token) }
        forEachAlpha(of: fact) { alpha in
            for id in alpha.successors {
                let node = nodes[id]
                if node.kind == .negative || node.kind == .exists { rightRetract(node, fact) }
            }
        }
    }

    private func forEachAlpha(of fact: Fact, _ body: (AlphaMemory) -> Void) {
        let t = fact.template
        guard t < compiled.keyedAlphas.count else { return }
        for (slot, table) in compiled.keyedAlphas[t] {
            if let ids = table[fact.slots[slot]] {
                for id in ids where passes(alphas[id], fact) { body(alphas[id]) }
            }
        }
        for id in compiled.unkeyedAlphas[t] where passes(alphas[id], fact) { body(alphas[id]) }
    }

    private func passes(_ alpha: AlphaMemory, _ fact: Fact) -> Bool {
        for test in alpha.tests {
            switch test {
            case .compare(let slot, let op, let value):
                if !op.holds(fact.slots[slot], value) { return false }
            case .member(let slot, let values, let negated):
                let v = fact.slots[slot]
                if values.contains(where: { ValueOrder.equal($0, v) }) == negated { return false }
            case .slots(let a, let op, let b):
                if !op.holds(fact.slots[a], fact.slots[b]) { return false }
            case .predicate(let expr, let level):
                let source = JoinSource(token: nil, candidate: fact, level: level)
                if !check(expr, source, rule: nil) { return false }
            }
        }
        return true
    }

    @inline(__always) private func check(_ expr: Expr, _ source: JoinSource, rule: Int?) -> Bool {
        do {
            return evaluator.truth(try evaluator.evaluate(expr, source))
        } catch {
            if matchError == nil { matchError = (rule, error) }
            return false
        }
    }

    // MARK: Left and right activation

    @inline(__always) private func joins(_ node: BetaNode, _ token: Token, _ fact: Fact) -> Bool {
        joinAttempts[node.id] += 1
        guard node.keysEqual(token, fact) else { return false }
        for c in node.checks {
            switch c {
            case .compare(let op, let slot, let level, let otherSlot):
                guard let other = token.fact(at: level), op.holds(fact.slots[slot], other.slots[otherSlot]) else {
                    return false
                }
            case .expression(let e):
                if !check(e, JoinSource(token: token, candidate: fact, level: node.level), rule: nil) { return false }
            }
        }
        return true
    }

    /// A token arrives at `node`, its consumer, from above. (Join nodes get theirs through `emit`, which
    /// stores the token once in the memory their group shares and then calls `joinLeft` for each.)
    func leftActivate(_ node: BetaNode, _ token: Token) {
        switch node.kind {
        case .join:
            let key = node.leftKey(token)
            memories[node.memory].insert(token, key: key, index: node.memory)
            joinLeft(node, token, key: key)
        case .negative, .exists:
            let key = node.leftKey(token)
            memories[node.memory].insert(token, key: key, index: node.memory)
            var count = 0
            scanFacts(node, token, key: key) { _ in count += 1 }
            token.pointee.count = Int32(count)
            if (node.kind == .negative) == (count == 0) { emit(node, parent: token, fact: nil) }
        case .test:
            guard let test = node.test else { return }
            if check(test, JoinSource(token: token, candidate: nil, level: -1), rule: nil) {
                emit(node, parent: token, fact: nil)
            }
        case .terminal:
            activate(node, token)
        }
    }

    /// Joins a token, already in `node`'s memory under `key`, with the facts on the right.
    func joinLeft(_ node: BetaNode, _ token: Token, key: Int) {
        scanFacts(node, token, key: key) { fact in emit(node, parent: token, fact: fact) }
    }

    /// Calls `body` with every live fact under `key` that joins `token`. When the node's only test is
    /// one comparison with an earlier slot (`base_point: > $bp`), that slot is read once for the scan
    /// instead of once per fact.
    @inline(__always)
    private func scanFacts(_ node: BetaNode, _ token: Token, key: Int, _ body: (Fact) -> Void) {
        guard let facts = indexes[node.factIndex].bucket(key) else { return }
        var dead = 0
        if node.rightSlots.isEmpty, node.checks.count == 1, case .compare(let op, let slot, let level, let otherSlot) = node.checks[0],
            let other = token.fact(at: level)
        {
            let value = other.slots[otherSlot]
            joinAttempts[node.id] += facts.count
            for fact in facts {
                guard fact.isAlive else {
                    dead += 1
                    continue
                }
                if op.holds(fact.slots[slot], value) { body(fact) }
            }
        } else {
            for fact in facts {
                guard fact.isAlive else {
                    dead += 1
                    continue
                }
                if joins(node, token, fact) { body(fact) }
            }
        }
        if dead > 8 && dead * 2 > facts.count { indexes[node.factIndex].prune(key) }
    }

    /// A fact arrives at `node` from its alpha memory.
    func rightActivate(_ node: BetaNode, _ fact: Fact) {
        let key = node.rightKey(fact)
        switch node.kind {
        case .join:
            var next = memories[node.memory].first(key)
            while let token = next {
                next = token.pointee.memoryNext
                if joins(node, token, fact) { emit(node, parent: token, fact: fact) }
            }
        case .negative, .exists:
            var next = memories[node.memory].first(key)
            while let token = next {
                next = token.pointee.memoryNext
                guard joins(node, token, fact) else { continue }
                token.pointee.count += 1
                guard token.pointee.count == 1 else { continue }
                if node.kind == .negative {
                    deleteChildren(token)
                } else {
                    emit(node, parent: token, fact: nil)
                }
            }
        case .test, .terminal:
            break
        }
    }

    /// A fact that fed `node` (a `not` or `exists`) was retracted.
    private func rightRetract(_ node: BetaNode, _ fact: Fact) {
        var next = memories[node.memory].first(node.rightKey(fact))
        while let token = next {
            next = token.pointee.memoryNext
            guard joins(node, token, fact) else { continue }
            token.pointee.count -= 1
            guard token.pointee.count == 0 else { continue }
            if node.kind == .negative {
                emit(node, parent: token, fact: nil)
            } else {
                deleteChildren(token)
            }
        }
    }

    /// Builds a token on `parent` (with `fact` at the new level) for each output of `node` and sends it
    /// down: one for each group of joins sharing a memory, one for each other child.
    private func emit(_ node: BetaNode, parent: Token, fact: Fact?) {
        for output in node.outputs {
            let token = tokens.make(parent: parent, fact: fact)
            tokensBuilt[node.id] += 1
            switch output {
            case .joins(let group):
                guard let first = group.joins.first else { continue }
                let key = nodes[first].leftKey(token)
                memories[group.memory].insert(token, key: key, index: group.memory)
                for id in group.joins { joinLeft(nodes[id], token, key: key) }
            case .node(let id):
                leftActivate(nodes[id], token)
            }
        }
    }

    private func activate(_ node: BetaNode, _ token: Token) {
        token.pointee.rule = Int32(node.rule)
        agenda.add(
            token, salience: compiled.saliences[node.rule], stamp: stamp, specificity: compiled.specificities[node.rule],
            randomKey: random.next())
        onActivation?(token, true)
    }

    private func deleteChildren(_ token: Token) {
        while let child = token.pointee.firstChild { deleteToken(child) }
    }

    /// Deletes a token and everything built on it: it leaves its memory and its fact's list, its
    /// activation goes, its logical dependents lose support, its parent lets go of it, and its record
    /// returns to the pool.
    func deleteToken(_ token: Token) {
        token.pointee.isAlive = false
        if token.pointee.isQueued { removeActivation(token) }
        deleteChildren(token)
        let memory = Int(token.pointee.memory)
        if memory >= 0 { memories[memory].remove(token) }
        if let fact = token.pointee.fact { fact.unlink(token) }
        if token.pointee.hasDependents, let facts = dependents.removeValue(forKey: token) {
            for fact in facts where fact.isAlive {
                fact.supports.removeAll { $0 == token }
                if fact.supports.isEmpty && !fact.unconditional { unsupported.append(fact) }
            }
        }
        token.unlinkFromParent()
        tokens.release(token)
    }

    /// Records that `fact` was asserted with `token` as its logical support.
    func addDependent(_ fact: Fact, to token: Token) {
        token.pointee.hasDependents = true
        dependents[token, default: []].append(fact)
    }

    private func removeActivation(_ a: Activation) {
        guard a.pointee.isQueued else { return }
        agenda.remove(a)
        onActivation?(a, false)
    }
}
