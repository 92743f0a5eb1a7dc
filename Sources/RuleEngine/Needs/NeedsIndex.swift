/// Which rules read which templates, and where each rule leads: compiled once per program, so a
/// question-asking front end can find the rules an answer matters to without scanning every rule.
///
/// A rule *reads* a template when one of its conditions (positive, `not` or `exists`) is a pattern
/// on it. A rule *writes* the templates it asserts, modifies or concludes. A rule *leads to* a
/// target template when it writes it, or writes a template that a rule leading to the target
/// reads (the closure over the rule graph, cycles included).
public struct NeedsIndex: Sendable {
    /// A condition of a rule that reads a template.
    public struct Reader: Hashable, Sendable {
        /// The rule, by index.
        public let rule: Int
        /// The condition of that rule that reads the template.
        public let condition: Int
    }

    /// Readers by template index.
    public let readers: [[Reader]]
    /// Templates written by each rule, by rule index.
    public let writes: [[Int]]
    /// The rules that write each template, by template index.
    public let writers: [[Int]]
    /// For each rule, the targets it leads to (indices into the `targets` given to `init`, ascending).
    public let leadsTo: [[Int]]
    /// The target templates, in the order given.
    public let targets: [Int]

    /// Builds the index for `program`; `targets` are the templates that count as goals.
    public init(program: Program, targets: [Int]) {
        self.targets = targets
        var readers = Array(repeating: [Reader](), count: program.templates.count)
        var writes: [[Int]] = []
        for (r, rule) in program.rules.enumerated() {
            for (c, condition) in rule.conditions.enumerated() {
                switch condition {
                case .positive(let p), .negative(let p), .exists(let p):
                    if p.template < readers.count { readers[p.template].append(Reader(rule: r, condition: c)) }
                case .test: break
                }
            }
            var written: [Int] = []
            for action in rule.actions {
                switch action {
                case .assert(let t, _), .conclude(let t, _, _, _): written.append(t)
                case .modify(let level, _):
                    if level < rule.conditions.count, case .positive(let p) = rule.conditions[level] {
                        written.append(p.template)
                    }
                case .retract(let level):
                    if level < rule.conditions.count, case .positive(let p) = rule.conditions[level] {
                        written.append(p.template)
                    }
                case .score, .print, .halt, .bind: break
                }
            }
            var seen = Set<Int>()
            writes.append(written.filter { seen.insert($0).inserted })
        }
        self.readers = readers
        self.writes = writes
        var writers = Array(repeating: [Int](), count: program.templates.count)
        for (r, ts) in writes.enumerated() { for t in ts where t < writers.count { writers[t].append(r) } }
        self.writers = writers
        // Fixed point: what a template leads to is the targets it is, plus what its readers lead to.
        let targetIndex = Dictionary(targets.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var fromTemplate = Array(repeating: Set<Int>(), count: program.templates.count)
        for (i, t) in targets.enumerated() where t < fromTemplate.count { fromTemplate[t].insert(i) }
        var fromRule = Array(repeating: Set<Int>(), count: program.rules.count)
        var changed = true
        while changed {
            changed = false
            for r in fromRule.indices {
                var set = fromRule[r]
                for t in writes[r] where t < fromTemplate.count { set.formUnion(fromTemplate[t]) }
                if set.count != fromRule[r].count {
                    fromRule[r] = set
                    changed = true
                }
            }
            for t in fromTemplate.indices {
                var set = fromTemplate[t]
                if let i = targetIndex[t] { set.insert(i) }
                for reader in readers[t] { set.formUnion(fromRule[reader.rule]) }
                if set.count != fromTemplate[t].count {
                    fromTemplate[t] = set
                    changed = true
                }
            }
        }
        leadsTo = fromRule.map { $0.sorted() }
    }
}

extension Engine {
    /// The live facts of each template in `templates` (ids in id order): the facts known to be
    /// complete, for ``failsForGood(rule:condition:final:)``.
    public func finalFacts(of templates: Set<Int>) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for t in templates { result[t] = [] }
        for f in memory.live where templates.contains(f.template) {
            result[f.template, default: []].append(f.id)
        }
        return result
    }

    /// Whether condition `condition` of `rule` can never hold, given that the facts of every template
    /// in `final` (template to live fact ids, from ``finalFacts(of:)``) are complete: nothing will be
    /// asserted or retracted there any more. That is a pattern that no such fact passes, or a `not`
    /// that one of them blocks, by the network's own tests on each fact
    /// (``failedOwnTest(_:factID:)``). A condition on a template not in `final`, a `test`, or a
    /// `not` that also joins with earlier facts is never blocked for good.
    public func failsForGood(rule: Int, condition: Int, final: [Int: [Int]]) -> Bool {
        guard rule < program.rules.count, condition < program.rules[rule].conditions.count else { return false }
        switch program.rules[rule].conditions[condition] {
        case .positive(let p), .exists(let p):
            guard let facts = final[p.template] else { return false }
            return !somePasses(p, among: facts)
        case .negative(let p):
            guard let facts = final[p.template], p.joinTests.isEmpty else { return false }
            return somePasses(p, among: facts)
        case .test:
            return false
        }
    }

    /// Whether some condition of `rule` fails for good (see ``failsForGood(rule:condition:final:)``);
    /// with `closed` (templates no open rule writes any more, to their live facts), also a pattern
    /// on one of those that none of its facts passes. (A `not` on a closed template is never taken
    /// as blocked: truth maintenance may still withdraw the fact that blocks it.)
    public func isBlockedForGood(rule: Int, final: [Int: [Int]], closed: [Int: [Int]] = [:]) -> Bool {
        guard rule < program.rules.count else { return true }
        return program.rules[rule].conditions.indices.contains { c in
            if failsForGood(rule: rule, condition: c, final: final) { return true }
            switch program.rules[rule].conditions[c] {
            case .positive(let p), .exists(let p):
                guard let facts = closed[p.template] else { return false }
                return !somePasses(p, among: facts)
            case .negative, .test:
                return false
            }
        }
    }

    /// The rules blocked for good when the templates in `final` are complete, closing in turn every
    /// template whose writers (by `index`) are all blocked, until nothing changes: an answer that
    /// rules out a chain's first rule rules out the whole chain. Templates no rule writes (answers,
    /// facts given from outside) are closed only when in `final`.
    public func blockedForGood(final finalTemplates: Set<Int>, index: NeedsIndex) -> Set<Int> {
        let final = finalFacts(of: finalTemplates)
        let rules = program.rules
        // Blocking only grows as templates close (a closed template's facts stay as they are), so
        // each round looks only at what the last one changed: the templates the newly blocked rules
        // write, and the rules that read the templates newly closed.
        var isBlocked = [Bool](repeating: false, count: rules.count)
        var newly: [Int] = []
        for r in rules.indices where isBlockedForGood(rule: r, final: final) {
            isBlocked[r] = true
            newly.append(r)
        }
        var isClosed = [Bool](repeating: false, count: index.writers.count)
        while !newly.isEmpty {
            var closedNow: [Int] = []
            for r in newly where r < index.writes.count {
                for t in index.writes[r] where t < isClosed.count && !isClosed[t] && !finalTemplates.contains(t) {
                    let writers = index.writers[t]
                    if !writers.isEmpty && writers.allSatisfy({ $0 < isBlocked.count && isBlocked[$0] }) {
                        isClosed[t] = true
                        closedNow.append(t)
                    }
                }
            }
            newly = []
            if closedNow.isEmpty { break }
            let closed = finalFacts(of: Set(closedNow))
            for t in closedNow where t < index.readers.count {
                for reader in index.readers[t] where reader.rule < rules.count && !isBlocked[reader.rule] {
                    switch rules[reader.rule].conditions[reader.condition] {
                    case .positive(let p), .exists(let p):
                        if !somePasses(p, among: closed[t] ?? []) {
                            isBlocked[reader.rule] = true
                            newly.append(reader.rule)
                        }
                    case .negative, .test:
                        break
                    }
                }
            }
        }
        return Set(rules.indices.filter { isBlocked[$0] })
    }
}

extension Engine {
    /// The ids of the live facts of a template, in id order.
    public func liveFacts(of template: Int) -> [Int] {
        memory.live(of: template).map(\.id)
    }
}
