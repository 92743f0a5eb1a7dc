import RuleEngine
import RuleLanguage

/// Builds explanations from a finished run: how (derivation trees), why (a question), why not
/// (a value not recommended) and what if (other answers).
public struct Explainer {
    /// The knowledge base.
    public let kb: KnowledgeBase
    /// The evaluation that made the run (for what-if runs).
    public let evaluation: Evaluation
    /// The run explained.
    public let run: Evaluation.Run
    let builder: ReportBuilder
    let printer: FactPrinter
    let assertedBy: [Int: Firing]

    /// An explainer for `run`.
    public init(evaluation: Evaluation, run: Evaluation.Run) {
        self.kb = evaluation.kb
        self.evaluation = evaluation
        self.run = run
        builder = ReportBuilder(kb: evaluation.kb, engine: run.engine, weights: evaluation.weights)
        printer = FactPrinter(program: evaluation.kb.program, symbols: run.engine.symbols)
        assertedBy = builder.assertedBy
    }

    var engine: Engine { run.engine }
    var program: Program { kb.program }

    // MARK: How

    /// The derivation of `topic = value` (a concluded attribute value), or nil when it was not concluded.
    public func how(topic: String, value: String) -> HowNode? {
        guard let t = kb.template(topic), program.templates[t].isAttribute,
            let conclusion = engine.conclusions.first(where: {
                $0.template == t && $0.value.rendered(engine.symbols) == value
            })
        else { return nil }
        let id = factID(template: t, value: value)
        var node = concludedNode(conclusion, factID: id ?? 0, depth: 0, path: [])
        node.definition = run.report.topic(topic)?.definitions[value] ?? [:]
        return node
    }

    /// The derivation of every conclusion of a topic, best first.
    public func how(topic: String) -> [HowNode] {
        guard let result = run.report.topic(topic) else { return [] }
        return result.values.compactMap { how(topic: topic, value: $0.value) }
    }

    /// The derivation of every fact of a template that is not an attribute (`cap`, `knock-out`,
    /// `issue`, `core-problem`, …), in id order, retracted ones included.
    public func how(facts template: Int) -> [HowNode] {
        run.facts.keys.sorted().filter { run.facts[$0]?.template == template }.compactMap {
            node($0, depth: 0, path: [])
        }
    }

    func factID(template: Int, value: String) -> Int? {
        run.facts.values.filter { $0.template == template && $0.slots.first?.rendered(engine.symbols) == value }.map(
            \.id
        ).max()
    }

    func snapshot(_ id: Int) -> FactSnapshot? { run.facts[id] ?? engine.fact(id: id) }

    func isAlive(_ id: Int) -> Bool { engine.fact(id: id) != nil }

    func origin(_ id: Int) -> HowNode.Origin {
        if run.givenFactIDs.contains(id) { return .answer }
        if run.decidedFactIDs.values.contains(id) { return .decided }
        if let f = snapshot(id), program.templates[f.template].isAttribute,
            engine.conclusions.contains(where: { $0.template == f.template && $0.value == f.slots[0] })
        {
            return .concluded
        }
        if assertedBy[id] != nil { return .asserted }
        return .knowledgeBase
    }

    func node(_ id: Int, depth: Int, path: Set<Int>) -> HowNode? {
        guard let f = snapshot(id) else { return nil }
        let template = program.templates[f.template]
        // An attribute's fact, or one that names an attribute and its value (`decided`).
        let named = template.isAttribute ? (f.template, f.slots.first?.rendered(engine.symbols) ?? "") : topicValue(f)
        let topic = named.map { program.templates[$0.0].name }
        let value = named?.1
        let label = named.flatMap { kb.valueTexts($0.1, ofAttribute: $0.0) } ?? [:]
        let origin = self.origin(id)
        var steps: [HowStep] = []
        if !path.contains(id) && depth < 12 {
            let inner = path.union([id])
            switch origin {
            case .concluded:
                if let c = engine.conclusions.first(where: { $0.template == f.template && $0.value == f.slots[0] }) {
                    return concludedNode(c, factID: id, depth: depth, path: path)
                }
            case .asserted:
                if let firing = assertedBy[id] { steps = [step(firing, contribution: nil, depth: depth, path: inner)] }
            case .decided:
                steps = decisionStep(f, depth: depth, path: inner)
            case .answer, .knowledgeBase:
                break
            }
        }
        var node = HowNode(
            factID: id, fact: printer.render(f), topic: topic, value: value, label: label, certainty: f.certainty,
            retracted: !isAlive(id), origin: origin, steps: steps)
        if let named { node.topicLabel = kb.label(ofAttribute: named.0) }
        return node
    }

    func concludedNode(_ c: Conclusion, factID id: Int, depth: Int, path: Set<Int>) -> HowNode {
        let inner = path.union([id])
        let steps = c.contributions.map { contribution -> HowStep in
            let firing = contribution.firing - 1 < engine.trace.count ? engine.trace[contribution.firing - 1] : nil
            return step(firing, contribution: contribution, depth: depth, path: inner)
        }
        let value = c.value.rendered(engine.symbols)
        let fact = id > 0 ? snapshot(id).map { printer.render($0) } : nil
        var node = HowNode(
            factID: id, fact: fact ?? "\(program.templates[c.template].name) is \(value)",
            topic: program.templates[c.template].name,
            value: value, label: kb.valueTexts(value, ofAttribute: c.template) ?? [:], certainty: c.certainty,
            retracted: id > 0 && !isAlive(id), origin: .concluded, steps: steps)
        node.topicLabel = kb.label(ofAttribute: c.template)
        return node
    }

    func step(_ firing: Firing?, contribution: Contribution?, depth: Int, path: Set<Int>) -> HowStep {
        let ruleIndex = contribution?.rule ?? firing?.rule ?? 0
        let bindingValues = contribution?.bindings ?? firing?.bindings ?? []
        var reason = builder.reason(rule: ruleIndex, because: contribution?.because, bindings: bindingValues)
        if let c = contribution {
            reason.ruleCertainty = c.ruleCertainty
            reason.premise = c.premise
            reason.amount = c.certainty
            reason.before = c.before
            reason.after = c.after
        }
        let rule = program.rules[ruleIndex]
        let bindings = zip(rule.variables, bindingValues).compactMap { v, value -> (String, String)? in
            guard v.slot != nil, let value else { return nil }
            return (v.name, value.rendered(engine.symbols))
        }
        let premises = (firing?.matched ?? []).filter { $0 > 0 }.compactMap { node($0, depth: depth + 1, path: path) }
        var step = HowStep(
            cycle: firing?.cycle ?? contribution?.firing ?? 0, reason: reason, bindings: bindings, premises: premises,
            isContribution: contribution != nil)
        // An enumeration value bound to a variable, in the reader's words.
        for (v, value) in zip(rule.variables, bindingValues) {
            guard let slot = v.slot, let value, v.level < rule.conditions.count else { continue }
            let pattern: Pattern
            switch rule.conditions[v.level] {
            case .positive(let p), .negative(let p), .exists(let p): pattern = p
            case .test: continue
            }
            guard slot < program.templates[pattern.template].slots.count else { continue }
            let name = value.rendered(engine.symbols)
            if let texts = kb.valueTexts(name, of: program.templates[pattern.template].slots[slot].type) {
                step.valueLabels[name] = texts
            }
        }
        return step
    }

    /// A `decided(topic, value)` fact comes from the conclusion it chose.
    func decisionStep(_ f: FactSnapshot, depth: Int, path: Set<Int>) -> [HowStep] {
        guard f.slots.count >= 2 else { return [] }
        let topic = f.slots[0].rendered(engine.symbols)
        let value = f.slots[1].rendered(engine.symbols)
        guard let t = kb.template(topic),
            let c = engine.conclusions.first(where: { $0.template == t && $0.value.rendered(engine.symbols) == value })
        else { return [] }
        // The chosen conclusion, without its own derivation (`--how TOPIC` shows that): a decision
        // inside another tree stays one line.
        let full = concludedNode(c, factID: factID(template: t, value: value) ?? 0, depth: depth + 1, path: path)
        var conclusion = HowNode(
            factID: full.factID, fact: full.fact, topic: full.topic, value: full.value, label: full.label,
            certainty: full.certainty,
            retracted: full.retracted, origin: .concluded, steps: [])
        conclusion.topicLabel = full.topicLabel
        let reason = Reason(
            rule: "(decision)", source: nil, confidence: nil, location: "",
            because: [
                "en":
                    "The advisor recommends the value of '\(pick(kb.label(ofAttribute: t), .en) ?? topic)' with the highest certainty (values above a cap left out).",
                "nl":
                    "De adviseur beveelt de waarde van '\(pick(kb.label(ofAttribute: t), .nl) ?? topic)' met de hoogste zekerheid aan (waarden boven een plafond niet meegeteld).",
            ])
        return [HowStep(cycle: 0, reason: reason, bindings: [], premises: [conclusion], isContribution: false)]
    }
}
