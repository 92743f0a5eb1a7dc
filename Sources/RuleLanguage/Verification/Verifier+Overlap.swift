import RuleEngine

extension Verifier {
    /// The constant values a rule concludes, by attribute: `approach = transactional` and its certainty.
    func conclusions(_ rule: Rule) -> [(template: Int, value: Value, certainty: Double?)] {
        rule.actions.compactMap { action in
            guard case .conclude(let t, .constant(let v), let c, _) = action else { return nil }
            if case .constant(let cv) = c { return (t, v, cv.number) }
            return (t, v, nil)
        }
    }

    /// Whether `general` holds wherever `specific` does: the same template, and each of its tests
    /// implied by `specific`'s (`risk in [medium high]` is implied by `risk is high`). Patterns
    /// with joins or other tests must be equal.
    func implies(_ specific: Pattern, _ general: Pattern) -> Bool {
        guard specific.template == general.template else { return false }
        if specific == general { return true }
        guard specific.joinTests.isEmpty, general.joinTests.isEmpty else { return false }
        return general.alphaTests.allSatisfy { test in
            if specific.alphaTests.contains(test) { return true }
            guard let slot = test.slot else { return false }
            // Every value the specific pattern allows on this slot passes the general test.
            guard let values = allowed(specific, slot) else { return false }
            var g = SlotConstraint()
            g.add(test)
            return values.allSatisfy { g.passes($0) }
        }
    }

    /// The values a pattern allows on a slot, when that is a finite list.
    func allowed(_ p: Pattern, _ slot: Int) -> [Value]? {
        var own = SlotConstraint()
        for t in p.alphaTests where t.slot == slot { own.add(t) }
        var candidates = domain(p.template, slot)
        for t in p.alphaTests where t.slot == slot {
            switch t {
            case .compare(_, .equal, let v): candidates = [v]
            case .member(_, let values, false): candidates = candidates ?? values
            default: continue
            }
        }
        return candidates?.filter { own.passes($0) }
    }

    /// Whether every condition of `general` is implied by a condition of `specific`.
    func covers(_ general: Rule, _ specific: Rule) -> Bool {
        guard general.conditions.count <= specific.conditions.count, general.salience == specific.salience else {
            return false
        }
        return general.conditions.allSatisfy { g in
            specific.conditions.contains { s in
                switch (g, s) {
                case (.positive(let gp), .positive(let sp)), (.exists(let gp), .exists(let sp)),
                    (.exists(let gp), .positive(let sp)):
                    return implies(sp, gp)
                default: return g == s
                }
            }
        }
    }

    /// RL0703: a rule whose conditions imply another's, and that concludes exactly the values the
    /// other concludes: wherever it fires the other fires too, and it only repeats the evidence.
    /// A more specific rule that strengthens some of a general rule's conclusions is how a
    /// certainty-factor rule base weighs a combination (A5 adds core competences to high switching
    /// costs), so it is not reported.
    func subsumed() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let rules = program.rules
        for (a, specific) in rules.enumerated() {
            let mine = conclusions(specific)
            guard !mine.isEmpty,
                mine.count
                    == specific.actions.filter({ if case .conclude = $0 { return true } else { return false } }).count
            else { continue }
            for (b, general) in rules.enumerated() where a != b {
                let theirs = conclusions(general)
                let same =
                    mine.count == theirs.count
                    && mine.allSatisfy { m in
                        theirs.contains { $0.template == m.template && ValueOrder.equal($0.value, m.value) }
                    }
                guard same, covers(general, specific) else { continue }
                // Two identical rules: report the later one only.
                if covers(specific, general) && b > a { continue }
                let what = mine.map { "\(program.templates[$0.template].name) = \(name($0.value))" }.joined(
                    separator: ", ")
                out.append(
                    Diagnostic(
                        .subsumed(rule: specific.name, by: general.name, conclusion: what), at: location(rule: a),
                        length: specific.name.count,
                        notes: ["'\(general.name)' is at \(cite(b))"]))
                break
            }
        }
        return out
    }

    /// RL0704: two rules with the same conditions and salience that conclude different values of
    /// one goal, both with full certainty: the advice becomes a tie with nothing to break it.
    func conflicts() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let goals = Set(base.goals.map(\.attribute))
        let rules = program.rules
        for (a, first) in rules.enumerated() {
            for b in (a + 1)..<max(a + 1, rules.count) {
                let second = rules[b]
                guard first.salience == second.salience, Set(first.conditions) == Set(second.conditions) else {
                    continue
                }
                // Full certainty on both sides is a conflict; with certainties it is a rule split in two.
                var found: Diagnostic?
                for x in conclusions(first) where goals.contains(x.template) {
                    for y in conclusions(second) where y.template == x.template && !ValueOrder.equal(y.value, x.value) {
                        let topic = program.templates[x.template].name
                        let notes = ["'\(first.name)' is at \(cite(a))"]
                        if (x.certainty ?? 1) >= 1 && (y.certainty ?? 1) >= 1 {
                            found = Diagnostic(
                                .conflict(rule: second.name, other: first.name, topic: topic), at: location(rule: b),
                                length: second.name.count, notes: notes)
                        } else if found == nil {
                            found = Diagnostic(
                                .sameConditions(rule: second.name, other: first.name, topic: topic),
                                at: location(rule: b), length: second.name.count, notes: notes)
                        }
                    }
                }
                if let found { out.append(found) }
            }
        }
        return out
    }
}
