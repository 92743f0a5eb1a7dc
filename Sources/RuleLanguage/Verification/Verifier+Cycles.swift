import RuleEngine

extension Verifier {
    /// What an action of a rule can make: a template, and the constant slot values it gives.
    func made(by rule: Rule) -> [(template: Int, slots: [Int: Value])] {
        rule.actions.compactMap { action in
            switch action {
            case .assert(let t, let exprs):
                var slots: [Int: Value] = [:]
                for (i, e) in exprs.enumerated() { if case .constant(let v) = e { slots[i] = v } }
                return (t, slots)
            case .conclude(let t, let value, _, _):
                if case .constant(let v) = value { return (t, [0: v]) }
                return (t, [:])
            case .modify(let level, let changes):
                guard level < rule.conditions.count, case .positive(let p) = rule.conditions[level] else { return nil }
                var slots: [Int: Value] = [:]
                for c in changes { if case .constant(let v) = c.value { slots[c.slot] = v } }
                return (p.template, slots)
            case .retract, .score, .print, .halt, .bind: return nil
            }
        }
    }

    /// Whether a fact made with these constant slots could pass the pattern's own constant tests.
    func couldMatch(_ made: (template: Int, slots: [Int: Value]), _ p: Pattern) -> Bool {
        guard made.template == p.template else { return false }
        for test in p.alphaTests {
            guard let slot = test.slot, let v = made.slots[slot] else { continue }
            var c = SlotConstraint()
            c.add(test)
            if !c.passes(v) { return false }
        }
        return true
    }

    /// RL0705: rules that feed each other's conditions (or their own) in a loop, where the
    /// conditions they feed are not under `logical`. A rule whose own `not` the fact it makes
    /// would block stops itself and is no loop.
    func cycles() -> [Diagnostic] {
        let rules = program.rules
        var edges = Array(repeating: [Int](), count: rules.count)
        for (a, rule) in rules.enumerated() {
            let facts = made(by: rule)
            for (b, other) in rules.enumerated() {
                let feeds = other.conditions.enumerated().contains { c, condition in
                    guard c >= other.logicalCount else { return false }
                    switch condition {
                    case .positive(let p), .exists(let p): return facts.contains { couldMatch($0, p) }
                    case .negative, .test: return false
                    }
                }
                guard feeds else { continue }
                if a == b {
                    let stopsItself = rule.conditions.contains { condition in
                        guard case .negative(let p) = condition, p.joinTests.isEmpty else { return false }
                        return facts.contains { f in
                            f.template == p.template
                                && p.alphaTests.allSatisfy { t in t.slot.map { f.slots[$0] != nil } ?? false }
                                && couldMatch(f, p)
                        }
                    }
                    if stopsItself { continue }
                }
                edges[a].append(b)
            }
        }
        // Tarjan's strongly connected components, in rule order for stable output.
        var index = 0
        var indices = Array(repeating: -1, count: rules.count)
        var low = Array(repeating: 0, count: rules.count)
        var onStack = Array(repeating: false, count: rules.count)
        var stack: [Int] = []
        var components: [[Int]] = []
        func connect(_ v: Int) {
            indices[v] = index
            low[v] = index
            index += 1
            stack.append(v)
            onStack[v] = true
            for w in edges[v] {
                if indices[w] < 0 {
                    connect(w)
                    low[v] = min(low[v], low[w])
                } else if onStack[w] {
                    low[v] = min(low[v], indices[w])
                }
            }
            if low[v] == indices[v] {
                var component: [Int] = []
                while let w = stack.popLast() {
                    onStack[w] = false
                    component.append(w)
                    if w == v { break }
                }
                components.append(component.sorted())
            }
        }
        for v in rules.indices where indices[v] < 0 { connect(v) }
        var out: [Diagnostic] = []
        for component in components.sorted(by: { $0[0] < $1[0] }) {
            guard component.count > 1 || edges[component[0]].contains(component[0]) else { continue }
            let first = component[0]
            let names = component.map { rules[$0].name } + [rules[first].name]
            out.append(
                Diagnostic(
                    .cycle(rules: component.count == 1 ? [rules[first].name] : names), at: location(rule: first),
                    length: rules[first].name.count,
                    notes: component.dropFirst().map { "'\(rules[$0].name)' is at \(cite($0))" }))
        }
        return out
    }
}
