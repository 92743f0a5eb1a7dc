import RuleEngine

/// Checks a whole rule base for the mistakes that no single line shows (as CHECK and EVA did for
/// rule bases): rules that can never fire, rules another rule subsumes, rules that conflict,
/// rules that feed each other in a loop, questions no rule needs, and goals that some complete
/// set of answers leaves without a value. Each finding is a diagnostic with its own ID (RL07xx),
/// at the rule (or question, or goal) it is about.
public struct Verifier {
    /// The rule base verified.
    public let base: RuleBase
    /// Templates whose facts the host program asserts (the sales advisor's `decided`): sources of
    /// facts the rules themselves do not show.
    public let external: Set<Int>
    /// Combinations shown per incomplete goal (the count is always given).
    public var samples = 1

    /// A verifier for `base`; `external` names templates the host asserts (they count as made).
    public init(_ base: RuleBase, external: [String] = []) {
        self.base = base
        self.external = Set(external.compactMap { base.program.templateIndex($0) })
    }

    var program: Program { base.program }

    /// Every finding, in a stable order: contradictions, unreachable rules, subsumed and conflicting rules, loops, unused questions, incomplete goals.
    public func findings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        out += contradictions()
        out += unsupported()
        out += subsumed()
        out += conflicts()
        out += cycles()
        out += unneededQuestions()
        out += incompleteGoals()
        return out
    }

    /// Where rule `r` is declared (its name).
    func location(rule r: Int) -> SourceLocation {
        r < base.ruleLocations.count
            ? base.ruleLocations[r]
            : SourceLocation(
                file: program.rules[r].origin.file, line: program.rules[r].origin.line,
                column: program.rules[r].origin.column)
    }

    /// `file:line` of rule `r`, for notes naming another rule.
    func cite(_ r: Int) -> String {
        let at = location(rule: r)
        return "\(at.file):\(at.line)"
    }

    func name(_ v: Value) -> String { v.rendered(program.symbols) }

    /// Templates a fact can come from: what rules assert, conclude or modify, initial facts,
    /// questions, instances a user enters, and the host's own.
    var sources: Set<Int> {
        var s = external
        for f in program.initialFacts { s.insert(f.template) }
        for q in base.questions { s.insert(q.attribute) }
        for k in base.instanceKinds { s.insert(k.template) }
        for rule in program.rules {
            for action in rule.actions {
                switch action {
                case .assert(let t, _), .conclude(let t, _, _, _): s.insert(t)
                case .modify(let level, _):
                    if level < rule.conditions.count, case .positive(let p) = rule.conditions[level] {
                        s.insert(p.template)
                    }
                case .retract, .score, .print, .halt, .bind: break
                }
            }
        }
        return s
    }

    /// Attributes that only a user answers (asked, and written by no rule): one value each.
    var answeredOnly: Set<Int> {
        var written = Set<Int>()
        for rule in program.rules {
            for action in rule.actions {
                if case .conclude(let t, _, _, _) = action { written.insert(t) }
                if case .assert(let t, _) = action { written.insert(t) }
            }
        }
        return Set(base.questions.map(\.attribute)).subtracting(written)
    }

    // MARK: Rules that can never fire

    /// RL0701: a pattern whose tests no fact can pass (`rank: > 5 & < 3`, `risk is low` and
    /// `risk is high` for a question answered once).
    func contradictions() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let single = answeredOnly
        for (r, rule) in program.rules.enumerated() {
            var perAnswer: [Int: (constraint: SlotConstraint, condition: Int)] = [:]
            for (c, condition) in rule.conditions.enumerated() {
                guard case .positive(let p) = condition else { continue }
                var slots: [Int: SlotConstraint] = [:]
                for test in p.alphaTests { slots[test.slot ?? -1, default: SlotConstraint()].add(test) }
                if let (slot, why) = slots.first(where: {
                    $0.key >= 0 && $0.value.isEmpty(domain: domain(p.template, $0.key))
                }).map({ ($0.key, $0.value.describe(self)) }) {
                    let slotName = program.templates[p.template].slots[slot].name
                    out.append(
                        Diagnostic(
                            .neverFires(
                                rule: rule.name,
                                reason:
                                    "condition \(c + 1) asks '\(slotName)' of \(program.templates[p.template].name) to be \(why), which no value is"
                            ),
                            at: location(rule: r), length: rule.name.count))
                    continue
                }
                // Two conditions on one answer: the answer must pass both.
                if single.contains(p.template), let own = slots[0] {
                    if var earlier = perAnswer[p.template] {
                        earlier.constraint.merge(own)
                        if earlier.constraint.isEmpty(domain: domain(p.template, 0)) {
                            out.append(
                                Diagnostic(
                                    .neverFires(
                                        rule: rule.name,
                                        reason:
                                            "conditions \(earlier.condition + 1) and \(c + 1) need two different answers to '\(program.templates[p.template].name)', which is answered once"
                                    ),
                                    at: location(rule: r), length: rule.name.count))
                        }
                        perAnswer[p.template] = earlier
                    } else {
                        perAnswer[p.template] = (own, c)
                    }
                }
            }
        }
        return out
    }

    /// RL0702: a condition on facts that nothing asserts, concludes, asks or enters.
    func unsupported() -> [Diagnostic] {
        let made = sources
        var out: [Diagnostic] = []
        for (r, rule) in program.rules.enumerated() {
            for (c, condition) in rule.conditions.enumerated() {
                switch condition {
                case .positive(let p), .exists(let p):
                    guard !made.contains(p.template) else { continue }
                    out.append(
                        Diagnostic(
                            .nothingMakes(
                                rule: rule.name,
                                reason:
                                    "condition \(c + 1) needs '\(program.templates[p.template].name)' facts, and no rule asserts them, no question asks them and no 'facts' block gives them"
                            ),
                            at: location(rule: r), length: rule.name.count))
                case .negative, .test: continue
                }
                break
            }
        }
        return out
    }

    /// The values an enumeration slot can hold, or nil for other types.
    func domain(_ template: Int, _ slot: Int) -> [Value]? {
        guard template < program.templates.count, slot < program.templates[template].slots.count,
            case .enumeration(_, let values) = program.templates[template].slots[slot].type
        else { return nil }
        return values.map { .symbol($0) }
    }
}

extension AlphaTest {
    /// The slot a test on constants reads (nil for tests between slots and predicates).
    var slot: Int? {
        switch self {
        case .compare(let s, _, _), .member(let s, _, _): return s
        case .slots, .predicate: return nil
        }
    }
}

extension LoadResult {
    /// The result with the verifier's findings added (when the rule base compiled).
    public func verified(external: [String] = []) -> LoadResult {
        guard let ruleBase else { return self }
        return LoadResult(
            ruleBase: ruleBase, diagnostics: diagnostics + Verifier(ruleBase, external: external).findings(),
            files: files)
    }
}
