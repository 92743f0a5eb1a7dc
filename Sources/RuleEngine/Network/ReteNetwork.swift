/// The Rete network of one engine: the compiled topology (shared, read-only) with this engine's
/// memories, tokens and agenda. The memories and the work counters sit in flat buffers indexed by the
/// compiled numbering, so the match loops reach them without reference counting.
final class ReteNetwork {
    let compiled: CompiledNetwork
    let nodes: [BetaNode]
    let alphas: [AlphaMemory]
    /// Where the tokens live.
    let tokens = TokenPool()
    /// Truth maintenance, told when a token that supports facts is deleted.
    let truth: TruthMaintenance
    /// The token memories and fact indexes, by the compiled network's numbering.
    private let memories: UnsafeMutablePointer<TokenMemory>
    private let indexes: UnsafeMutablePointer<FactIndex>
    /// Work counters per node, for the regression guard and profiles: join attempts, tokens built.
    let joinAttempts: UnsafeMutablePointer<Int>
    let tokensBuilt: UnsafeMutablePointer<Int>
    /// The compiled nodes in flat form (owned by `compiled`).
    private let code: UnsafeMutablePointer<NodeCode>
    private let checks: UnsafeMutablePointer<CheckCode>
    private let outputs: UnsafeMutablePointer<OutputCode>
    private let joinIDs: UnsafeMutablePointer<Int32>
    private let keyLevels: UnsafeMutablePointer<Int32>
    private let keyLeftSlots: UnsafeMutablePointer<Int32>
    private let keyRightSlots: UnsafeMutablePointer<Int32>
    private let members: UnsafeMutablePointer<Int32>
    private let expressions: [Expr]
    /// The alpha memories in flat form (owned by `compiled`).
    private let alpha: AlphaCode

    let agenda: Agenda
    let evaluator: Evaluator
    /// The engine's change counter, stamped on new activations.
    @exclusivity(unchecked) var stamp = 0
    /// The first error a test raised while matching (the test counts as false).
    @exclusivity(unchecked) var matchError: (rule: Int?, error: EvaluationError)?
    /// The most tokens at once (``RunLimits/maxTokens``, counted in the pool's blocks of 4,096);
    /// past it no token is made and `tokenLimitReached` is set, which the engine turns into an error
    /// after the step.
    var tokenLimit: Int {
        get { tokens.blockLimit == Int.max ? Int.max : tokens.blockLimit * TokenPool.blockSize }
        set {
            tokens.blockLimit =
                newValue == Int.max ? Int.max : max(1, (newValue + TokenPool.blockSize - 1) / TokenPool.blockSize)
        }
    }
    @exclusivity(unchecked) var tokenLimitReached = false
    @exclusivity(unchecked) var random: SplitMix64
    private let seed: UInt64
    /// The node the current change entered the network at (for ``ChangeOrder``), or -1.
    @exclusivity(unchecked) var entryNode: Int32 = -1
    /// The fact the current change asserts or retracts.
    @exclusivity(unchecked) var changeFact = 0
    /// Who blocks which `not` match, as CLIPS keeps it.
    @exclusivity(unchecked) private var blocks = BlockLists()
    /// When the match a retraction is releasing was blocked, stamped on the activations it makes.
    @exclusivity(unchecked) private var releasing: UInt32 = 0
    /// Called for every activation added or removed, when watching.
    @exclusivity(unchecked) var onActivation: ((Activation, Bool) -> Void)?

    /// Empty memories for `compiled`, with the root tokens sent into the top nodes.
    init(compiled: CompiledNetwork, agenda: Agenda, evaluator: Evaluator, seed: UInt64, truth: TruthMaintenance) {
        self.compiled = compiled
        self.truth = truth
        self.nodes = compiled.nodes
        self.alphas = compiled.alphas
        self.agenda = agenda
        self.evaluator = evaluator
        self.seed = seed
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
        let flat = compiled.code
        code = flat.nodes
        checks = flat.checks
        outputs = flat.outputs
        joinIDs = flat.joins
        keyLevels = flat.keyLevels
        keyLeftSlots = flat.keyLeftSlots
        keyRightSlots = flat.keyRightSlots
        members = flat.members
        expressions = flat.expressions
        alpha = compiled.alphaCode
        // The root tokens, one per output at the top of the rules.
        entryNode = -1
        send(outputs: Int(flat.roots)..<Int(flat.roots + flat.rootCount), parent: nil, fact: nil, from: -1)
    }

    /// Empties the network as new, keeping its buffers: every token, memory and index, the agenda,
    /// truth maintenance, the counters; then the root tokens go in again. No token or fact of
    /// before may be used after.
    func reset() {
        for i in 0..<compiled.memoryHashed.count { memories[i].removeAll() }
        for i in 0..<compiled.indexSlots.count { indexes[i].memory.removeAll() }
        tokens.removeAll()
        agenda.removeAll()
        truth.removeAll()
        joinAttempts.update(repeating: 0, count: compiled.nodes.count)
        tokensBuilt.update(repeating: 0, count: compiled.nodes.count)
        stamp = 0
        matchError = nil
        tokenLimitReached = false
        random = SplitMix64(seed: seed)
        changeFact = 0
        blocks = BlockLists()
        releasing = 0
        entryNode = -1
        let flat = compiled.code
        send(outputs: Int(flat.roots)..<Int(flat.roots + flat.rootCount), parent: nil, fact: nil, from: -1)
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
        changeFact = fact.id
        blocks.beginChange(retraction: false)
        let alpha = self.alpha
        forEachAlpha(of: fact) { a in
            let memory = alpha.memories[a]
            for i in Int(memory.indexes)..<Int(memory.indexes + memory.indexCount) {
                let index = Int(alpha.indexes[i])
                indexes[index].memory.insert(fact, key: indexes[index].key(fact))
            }
            for i in Int(memory.successors)..<Int(memory.successors + memory.successorCount) {
                let id = Int(alpha.successors[i])
                entryNode = Int32(id)
                rightActivate(id, fact)
            }
        }
    }

    /// Removes a retracted fact's partial matches and updates `not` / `exists` counts.
    func retractFact(_ fact: Fact) {
        changeFact = fact.id
        blocks.beginChange(retraction: true)
        while let token = fact.firstToken { deleteToken(token) }
        let alpha = self.alpha
        let base = blocks.beginRun()
        forEachAlpha(of: fact) { a in
            let memory = alpha.memories[a]
            for i in Int(memory.successors)..<Int(memory.successors + memory.successorCount) {
                let id = Int(alpha.successors[i])
                guard code[id].kind == .negative || code[id].kind == .exists else { continue }
                entryNode = Int32(id) | ChangeOrder.retraction
                rightRetract(id, fact)
            }
        }
        if blocks.unblocked.count > base { unblock(from: base) }
    }

    /// Calls `body` with each alpha memory (by id) that `fact` passes, in the network's order.
    @inline(__always) private func forEachAlpha(of fact: Fact, _ body: (Int) -> Void) {
        let t = fact.template
        guard t >= 0 && t < alpha.templateCount else { return }
        let template = alpha.templates[t]
        let values = fact.values
        for k in Int(template.keyed)..<Int(template.keyed + template.keyedCount) {
            let keyed = alpha.keyed[k]
            guard let key = values[Int(keyed.slot)].alphaKey, let bucket = alpha.bucket(keyed, key.bits) else {
                continue
            }
            for i in Int(bucket.start)..<Int(bucket.start + bucket.count) {
                let a = Int(alpha.ids[i])
                if passes(a, fact) { body(a) }
            }
        }
        for i in Int(template.unkeyed)..<Int(template.unkeyed + template.unkeyedCount) {
            let a = Int(alpha.ids[i])
            if passes(a, fact) { body(a) }
        }
    }

    @inline(__always) private func passes(_ a: Int, _ fact: Fact) -> Bool {
        let memory = alpha.memories[a]
        for i in Int(memory.tests)..<Int(memory.tests + memory.testCount)
        where !alpha.tests[i].passes(
            fact, evaluator, onError: { if matchError == nil { matchError = (rule(of: alphas[a]), $0) } })
        {
            return false
        }
        return true
    }

    /// The first rule (by index) with a pattern whose own tests are this alpha memory's: the rule a
    /// failing pattern test is reported at. Looked up only when a test fails to evaluate.
    private func rule(of alpha: AlphaMemory) -> Int? {
        compiled.rules.firstIndex { rule in
            rule.conditions.contains { c in
                switch c {
                case .positive(let p), .negative(let p), .exists(let p):
                    return p.template == alpha.template && p.alphaTests == alpha.tests
                case .test: return false
                }
            }
        }
    }

    /// The first rule whose network passes through node `n` (computed as the rule is needed, not stored).
    private func rule(below n: Int) -> Int? {
        for terminal in nodes where terminal.kind == .terminal {
            var id = terminal.id
            while id >= 0 {
                if id == n { return terminal.rule }
                id = nodes[id].parent
            }
        }
        return nil
    }

    @inline(__always) private func check(_ expr: Expr, _ source: JoinSource, rule: @autoclosure () -> Int?) -> Bool {
        do {
            return evaluator.truth(try evaluator.evaluate(expr, source))
        } catch {
            if matchError == nil { matchError = (rule(), error) }
            return false
        }
    }

    // MARK: Left and right activation
    //
    // The match loops name nodes by id and read them from the flat `NodeCode` buffers.

    /// The key of a token at node `n`: the values its equality tests compare.
    @inline(__always) private func leftKey(_ n: Int, _ token: Token) -> Int {
        let count = Int(code[n].keyCount)
        if count == 0 { return 0 }
        let first = Int(code[n].keys)
        var h = JoinKeyHasher()
        for i in first..<(first + count) {
            if let values = token.values(at: Int(keyLevels[i])) { h.add(values[Int(keyLeftSlots[i])]) }
        }
        return h.value
    }

    /// The key of a fact at node `n`: the values of the slots the equality tests compare.
    @inline(__always) private func rightKey(_ n: Int, _ fact: Fact) -> Int {
        let count = Int(code[n].keyCount)
        if count == 0 { return 0 }
        let first = Int(code[n].keys)
        var h = JoinKeyHasher()
        for i in first..<(first + count) { h.add(fact.values[Int(keyRightSlots[i])]) }
        return h.value
    }

    @inline(__always) private func joins(_ n: Int, _ token: Token, _ fact: Fact) -> Bool {
        joinAttempts[n] += 1
        let firstKey = Int(code[n].keys)
        for i in firstKey..<(firstKey + Int(code[n].keyCount)) {
            // The hash may collide: compare the values.
            guard let other = token.values(at: Int(keyLevels[i])),
                ValueOrder.equal(other[Int(keyLeftSlots[i])], fact.values[Int(keyRightSlots[i])])
            else { return false }
        }
        let firstCheck = Int(code[n].checks)
        for i in firstCheck..<(firstCheck + Int(code[n].checkCount)) {
            let c = checks[i]
            if c.memberCount > 0 {
                guard
                    isMember(fact.values[Int(c.slot)], token, from: Int(c.member), count: Int(c.memberCount))
                        != c.negated
                else { return false }
            } else if c.expression < 0 {
                guard let other = token.values(at: Int(c.level)),
                    c.op.holdsQuickly(fact.values[Int(c.slot)], other[Int(c.otherSlot)])
                else { return false }
            } else {
                let source = JoinSource(token: token, candidate: fact, level: Int(code[n].level))
                if !check(expressions[Int(c.expression)], source, rule: rule(below: n)) { return false }
            }
        }
        return true
    }

    /// Whether `value` equals one of the token's values at the `count` (level, slot) pairs from
    /// `first` in `members`.
    @inline(__always) private func isMember(_ value: Value, _ token: Token, from first: Int, count: Int) -> Bool {
        for i in 0..<count {
            let level = Int(members[first + 2 * i])
            guard let values = token.values(at: level) else { continue }
            if CompareOperator.equal.holdsQuickly(value, values[Int(members[first + 2 * i + 1])]) { return true }
        }
        return false
    }

    /// A token arrives at node `n`, its consumer, from above. (Join nodes get theirs through `emit`,
    /// which stores the token once in the memory their group shares and then calls `joinLeft` for each.)
    func leftActivate(_ n: Int, _ token: Token) {
        switch code[n].kind {
        case .join:
            let key = leftKey(n, token)
            let m = Int(code[n].memory)
            memories[m].insert(token, key: key, index: m)
            joinLeft(n, token, key: key)
        case .negative:
            let key = leftKey(n, token)
            let m = Int(code[n].memory)
            memories[m].insert(token, key: key, index: m)
            let blocker = oldestJoining(n, token, key: key)
            if blocker > 0 {
                token.pointee.count = 1
                blocks.block(token, by: blocker, byNewFact: false)
            } else {
                emit(n, parent: token, fact: nil)
            }
        case .exists:
            let key = leftKey(n, token)
            let m = Int(code[n].memory)
            memories[m].insert(token, key: key, index: m)
            var count = 0
            scanFacts(n, token, key: key) { _ in count += 1 }
            token.pointee.count = Int32(count)
            if count > 0 { emit(n, parent: token, fact: nil) }
        case .test:
            let test = Int(code[n].test)
            guard test >= 0 else { return }
            if check(expressions[test], JoinSource(token: token, candidate: nil, level: -1), rule: rule(below: n)) {
                emit(n, parent: token, fact: nil)
            }
        case .terminal:
            activate(n, token)
        }
    }

    /// Joins a token, already in node `n`'s memory under `key`, with the facts on the right.
    func joinLeft(_ n: Int, _ token: Token, key: Int) {
        scanFacts(n, token, key: key) { fact in emit(n, parent: token, fact: fact) }
    }

    /// Calls `body` with every live fact under `key` that joins `token`. When the node's only test is
    /// one comparison with an earlier slot (`base_point: > $bp`), that slot is read once for the scan
    /// instead of once per fact.
    @inline(__always)
    private func scanFacts(_ n: Int, _ token: Token, key: Int, _ body: (Fact) -> Void) {
        if code[n].probeCount > 0 {
            probeFacts(n, token, body)
            return
        }
        let index = Int(code[n].factIndex)
        var record = indexes[index].memory.first(key)
        guard record >= 0 else { return }
        var dead = 0
        var visited = 0
        if code[n].keyCount == 0, code[n].checkCount == 1, case let c = checks[Int(code[n].checks)], c.expression < 0,
            c.memberCount == 0,
            let other = token.values(at: Int(c.level))
        {
            let value = other[Int(c.otherSlot)]
            let slot = Int(c.slot)
            while record >= 0 {
                visited += 1
                // Safe: the record retains its fact until it is pruned, and pruning never runs on the
                // bucket being scanned here (see FactMemory), so the borrowed fact stays alive.
                indexes[index].memory.fact(record)?._withUnsafeGuaranteedRef { fact in
                    guard fact.isAlive else {
                        dead += 1
                        return
                    }
                    if c.op.holdsQuickly(fact.values[slot], value) { body(fact) }
                }
                record = indexes[index].memory.next(record)
            }
            joinAttempts[n] += visited
        } else {
            while record >= 0 {
                visited += 1
                // Safe: the record retains its fact until it is pruned, and pruning never runs on the
                // bucket being scanned here (see FactMemory), so the borrowed fact stays alive.
                indexes[index].memory.fact(record)?._withUnsafeGuaranteedRef { fact in
                    guard fact.isAlive else {
                        dead += 1
                        return
                    }
                    if joins(n, token, fact) { body(fact) }
                }
                record = indexes[index].memory.next(record)
            }
        }
        if dead > 8 && dead * 2 > visited { indexes[index].memory.prune(key) }
    }

    /// The id of the oldest live fact under `key` that joins `token` (0: none): what blocks a `not`
    /// match in CLIPS, which looks no further. A bucket holds its facts oldest first, so the scan
    /// stops at the first that joins.
    private func oldestJoining(_ n: Int, _ token: Token, key: Int) -> Int {
        if code[n].probeCount > 0 {
            var oldest = Int.max
            probeFacts(n, token) { oldest = min(oldest, $0.id) }
            return oldest == Int.max ? 0 : oldest
        }
        let index = Int(code[n].factIndex)
        var record = indexes[index].memory.first(key)
        var found = 0
        while record >= 0 && found == 0 {
            // Safe: as in scanFacts.
            indexes[index].memory.fact(record)?._withUnsafeGuaranteedRef { fact in
                if fact.isAlive && joins(n, token, fact) { found = fact.id }
            }
            record = indexes[index].memory.next(record)
        }
        return found
    }

    /// `scanFacts` for a node with a `slot in [$a $b …]` lookup: one bucket of its fact index per
    /// distinct value (the index hashes the node's key slots and then that slot).
    private func probeFacts(_ n: Int, _ token: Token, _ body: (Fact) -> Void) {
        let index = Int(code[n].factIndex)
        var base = JoinKeyHasher()
        let firstKey = Int(code[n].keys)
        for i in firstKey..<(firstKey + Int(code[n].keyCount)) {
            if let values = token.values(at: Int(keyLevels[i])) { base.add(values[Int(keyLeftSlots[i])]) }
        }
        let first = Int(code[n].probe)
        let count = Int(code[n].probeCount)
        let slot = Int(code[n].probeSlot)
        for p in 0..<count {
            guard let source = token.values(at: Int(members[first + 2 * p])) else { continue }
            let value = source[Int(members[first + 2 * p + 1])]
            // A value that an earlier place already holds was looked up there.
            var seen = false
            for q in 0..<p {
                if let other = token.values(at: Int(members[first + 2 * q])),
                    CompareOperator.equal.holdsQuickly(value, other[Int(members[first + 2 * q + 1])])
                {
                    seen = true
                    break
                }
            }
            if seen { continue }
            var h = base
            h.add(value)
            var record = indexes[index].memory.first(h.value)
            var dead = 0
            var visited = 0
            while record >= 0 {
                visited += 1
                // Safe: the record retains its fact until it is pruned, and pruning never runs on the
                // bucket being scanned here (see FactMemory), so the borrowed fact stays alive.
                indexes[index].memory.fact(record)?._withUnsafeGuaranteedRef { fact in
                    guard fact.isAlive else {
                        dead += 1
                        return
                    }
                    guard CompareOperator.equal.holdsQuickly(fact.values[slot], value) else { return }
                    if joins(n, token, fact) { body(fact) }
                }
                record = indexes[index].memory.next(record)
            }
            if dead > 8 && dead * 2 > visited { indexes[index].memory.prune(h.value) }
        }
    }

    /// A fact arrives at node `n` from its alpha memory.
    func rightActivate(_ n: Int, _ fact: Fact) {
        let kind = code[n].kind
        guard kind == .join || kind == .negative || kind == .exists else { return }
        var next = memories[Int(code[n].memory)].first(rightKey(n, fact))
        while let token = next {
            next = token.pointee.memoryNext
            // A `not` match already blocked keeps its blocker (CLIPS does not look at it).
            if kind == .negative && token.pointee.count > 0 { continue }
            guard joins(n, token, fact) else { continue }
            if kind == .join {
                emit(n, parent: token, fact: fact)
                continue
            }
            token.pointee.count += 1
            guard token.pointee.count == 1 else { continue }
            if kind == .negative {
                blocks.block(token, by: fact.id, byNewFact: true)
                deleteChildren(token)
            } else {
                emit(n, parent: token, fact: nil)
            }
        }
    }

    /// A fact that fed node `n` (a `not` or `exists`) was retracted: an `exists` left without
    /// facts lets its matches go; a `not` match the fact blocked joins the run ``unblock(from:)``
    /// goes through.
    private func rightRetract(_ n: Int, _ fact: Fact) {
        var next = memories[Int(code[n].memory)].first(rightKey(n, fact))
        if code[n].kind == .negative {
            // Only the matches the fact blocks (a `not` match's count is 1 while blocked).
            let blocker = UInt32(truncatingIfNeeded: fact.id)
            while let token = next {
                next = token.pointee.memoryNext
                if token.pointee.count > 0 && token.pointee.blocker == blocker && joins(n, token, fact) {
                    blocks.add(token, at: n)
                }
            }
            return
        }
        while let token = next {
            next = token.pointee.memoryNext
            guard joins(n, token, fact) else { continue }
            token.pointee.count -= 1
            if token.pointee.count == 0 { deleteChildren(token) }
        }
    }

    /// Releases or hands on the `not` matches a retracted fact blocked (the run from `base`), as CLIPS
    /// does (retract.c, NegEntryRetractAlpha): front of the fact's list first, that is the one
    /// blocked last first; a match that other facts still block goes to the front of the oldest
    /// one's list. The activations a release makes carry when its match was blocked, which orders
    /// them (``ChangeOrder``).
    private func unblock(from base: Int) {
        blocks.sortRun(from: base, compiled.changeOrder)
        for i in base..<blocks.unblocked.count {
            let (token, generation, n) = blocks.unblocked[i]
            guard token.pointee.generation == generation, token.pointee.isAlive else { continue }
            let next = oldestJoining(n, token, key: token.pointee.memoryKey)
            if next > 0 {
                blocks.handOn(token, to: next)
            } else {
                token.pointee.count = 0
                entryNode = Int32(n) | ChangeOrder.retraction
                releasing = blocks.release()
                emit(n, parent: token, fact: nil)
            }
        }
        blocks.endRun(from: base)
    }

    /// Builds a token on `parent` (with `fact` at the new level) for each output of node `n` and sends
    /// it down: one for each group of joins sharing a memory, one for each other child.
    private func emit(_ n: Int, parent: Token, fact: Fact?) {
        let first = Int(code[n].outputs)
        send(outputs: first..<(first + Int(code[n].outputCount)), parent: parent, fact: fact, from: n)
    }

    /// Makes and sends a token for each of `range` in the output buffer (`from`: the node counting it).
    @inline(__always) private func send(outputs range: Range<Int>, parent: Token?, fact: Fact?, from n: Int) {
        for o in range {
            let output = outputs[o]
            if output.memory >= 0 && output.joinCount == 0 { continue }
            if tokens.isOverLimit {
                tokenLimitReached = true
                return
            }
            let token = tokens.make(parent: parent, fact: fact)
            if n >= 0 { tokensBuilt[n] += 1 }
            if output.memory >= 0 {
                let key = leftKey(Int(output.node), token)
                let m = Int(output.memory)
                memories[m].insert(token, key: key, index: m)
                let firstJoin = Int(output.joins)
                for j in firstJoin..<(firstJoin + Int(output.joinCount)) { joinLeft(Int(joinIDs[j]), token, key: key) }
            } else {
                leftActivate(Int(output.node), token)
            }
        }
    }

    private func activate(_ n: Int, _ token: Token) {
        let rule = Int(code[n].rule)
        token.pointee.rule = Int32(rule)
        agenda.add(
            token, salience: compiled.saliences[rule], stamp: stamp, specificity: compiled.specificities[rule],
            randomKey: random.next(), entry: entryNode,
            changeFact: changeFact, released: releasing)
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
        // Safe: facts outlive their tokens (retracting a fact deletes its tokens first, and working
        // memory holds the fact until then), so the unretained reference is still valid.
        token.pointee.fact?._withUnsafeGuaranteedRef { $0.unlink(token) }
        if token.pointee.hasDependents { truth.supportRemoved(token) }
        token.unlinkFromParent()
        tokens.release(token)
    }

    private func removeActivation(_ a: Activation) {
        guard a.pointee.isQueued else { return }
        agenda.remove(a)
        onActivation?(a, false)
    }
}
