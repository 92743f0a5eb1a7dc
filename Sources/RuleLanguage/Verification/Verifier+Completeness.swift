import RuleEngine

extension Verifier {
    /// RL0706: a question whose attribute no rule reads and no other question's precondition needs.
    func unneededQuestions() -> [Diagnostic] {
        var read = Set<Int>()
        for rule in program.rules {
            for condition in rule.conditions {
                switch condition {
                case .positive(let p), .negative(let p), .exists(let p): read.insert(p.template)
                case .test: break
                }
            }
        }
        for q in base.questions {
            for condition in q.precondition {
                switch condition {
                case .positive(let p), .negative(let p), .exists(let p): read.insert(p.template)
                case .test: break
                }
            }
        }
        let goals = Set(base.goals.map(\.attribute))
        return base.questions.filter { !read.contains($0.attribute) && !goals.contains($0.attribute) }.map {
            Diagnostic(.questionNotNeeded($0.name), at: $0.location, length: $0.name.count)
        }
    }

    /// The answers a rule needs, as a box of allowed values per answered attribute (value indices
    /// into the enumeration); nil when the rule needs anything else (derived facts, a `test`).
    func box(_ rule: Rule, inputs: Set<Int>) -> [Int: Set<Int>]? {
        var box: [Int: Set<Int>] = [:]
        for condition in rule.conditions {
            let p: Pattern
            let negated: Bool
            switch condition {
            case .positive(let x): (p, negated) = (x, false)
            case .negative(let x): (p, negated) = (x, true)
            case .exists, .test: return nil
            }
            guard inputs.contains(p.template), p.joinTests.isEmpty, p.alphaTests.allSatisfy({ $0.slot == 0 }),
                let values = domain(p.template, 0)
            else { return nil }
            var c = SlotConstraint()
            for t in p.alphaTests { c.add(t) }
            let passing = Set(values.indices.filter { c.passes(values[$0]) })
            let allowed = negated ? Set(values.indices).subtracting(passing) : passing
            box[p.template] = box[p.template].map { $0.intersection(allowed) } ?? allowed
        }
        return box
    }

    /// RL0707: for each goal, the complete sets of answers (every question that a rule concluding
    /// the goal reads, answered with a value of its enumeration) for which no rule concludes a
    /// value with positive certainty. Rules that need derived facts count as not concluding (they
    /// may not fire), and certainty arithmetic (evidence against, caps) is left to the suites.
    func incompleteGoals() -> [Diagnostic] {
        let inputs = answeredOnly.filter { domain($0, 0) != nil }
        var out: [Diagnostic] = []
        for goal in base.goals {
            var boxes: [[Int: Set<Int>]] = []
            var attributes = Set<Int>()
            for rule in program.rules {
                let positive = conclusions(rule).contains { $0.template == goal.attribute && ($0.certainty ?? 0) > 0 }
                guard positive else { continue }
                // The answers any concluding rule reads make up the combinations.
                for condition in rule.conditions {
                    if case .positive(let p) = condition, inputs.contains(p.template) { attributes.insert(p.template) }
                    if case .negative(let p) = condition, inputs.contains(p.template) { attributes.insert(p.template) }
                }
                guard let b = box(rule, inputs: inputs), !b.values.contains(where: \.isEmpty) else { continue }
                boxes.append(b)
            }
            if boxes.isEmpty && attributes.isEmpty {
                out.append(Diagnostic(.goalNeverConcluded(goal.name), at: goal.location, length: goal.name.count))
                continue
            }
            let order = attributes.sorted()
            let sizes = Dictionary(order.map { ($0, domain($0, 0)?.count ?? 1) }, uniquingKeysWith: { a, _ in a })
            let total = order.reduce(1) { Self.saturating($0, times: sizes[$1] ?? 1) }
            let (count, sample) = uncovered(boxes, order[...], sizes)
            guard count > 0, let sample else { continue }
            let example = order.compactMap { a -> String? in
                guard let v = sample[a], let values = domain(a, 0), v < values.count else { return nil }
                return "\(program.templates[a].name) = \(name(values[v]))"
            }.joined(separator: ", ")
            out.append(
                Diagnostic(
                    .incompleteGoal(goal: goal.name, count: String(count), of: String(total), sample: example),
                    at: goal.location,
                    length: goal.name.count,
                    notes: [
                        "counted over the answers the rules concluding '\(goal.name)' read; rules that also need facts other rules make are not counted"
                    ]))
        }
        return out
    }

    /// A product of domain sizes that stops at Int.max rather than wrap (a rule base with very
    /// many questions still gets a count that says "at least this many").
    static func saturating(_ a: Int, times b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : product
    }

    /// How many combinations of the attributes' values no box covers, and the first of them.
    func uncovered(_ boxes: [[Int: Set<Int>]], _ attributes: ArraySlice<Int>, _ sizes: [Int: Int]) -> (Int, [Int: Int]?)
    {
        if boxes.contains(where: \.isEmpty) { return (0, nil) }
        guard let a = attributes.first else { return boxes.isEmpty ? (1, [:]) : (0, nil) }
        let rest = attributes.dropFirst()
        if boxes.isEmpty {
            let count = attributes.reduce(1) { Self.saturating($0, times: sizes[$1] ?? 1) }
            return (count, Dictionary(attributes.map { ($0, 0) }, uniquingKeysWith: { a, _ in a }))
        }
        var total = 0
        var sample: [Int: Int]?
        for v in 0..<(sizes[a] ?? 1) {
            let next = boxes.compactMap { box -> [Int: Set<Int>]? in
                guard let allowed = box[a] else { return box }
                guard allowed.contains(v) else { return nil }
                var b = box
                b[a] = nil
                return b
            }
            let (count, s) = uncovered(next, rest, sizes)
            let (sum, overflow) = total.addingReportingOverflow(count)
            total = overflow ? Int.max : sum
            if sample == nil, var s {
                s[a] = v
                sample = s
            }
        }
        return (total, sample)
    }
}
