import RuleEngine
@_spi(Tooling) import RuleLanguage

/// Reads a finished run back into a ``Report``: conclusions with their reasons, KPIs, the SWOT,
/// the option ranking, the plan outline and the trace.
struct ReportBuilder {
    let kb: KnowledgeBase
    let engine: Engine
    let weights: [String: Double]
    var seen: [Int: FactSnapshot] = [:]
    let symbols: SymbolTable
    /// Which firing asserted each fact, for the reasons behind caps, knock-outs and issues.
    let assertedBy: [Int: Firing]

    init(kb: KnowledgeBase, engine: Engine, weights: [String: Double]) {
        self.kb = kb
        self.engine = engine
        self.weights = weights
        symbols = engine.symbols
        var by: [Int: Firing] = [:]
        for f in engine.trace { for id in f.asserted where by[id] == nil { by[id] = f } }
        assertedBy = by
    }

    var program: Program { kb.program }

    func name(_ v: Value) -> String { v.rendered(symbols) }

    /// The live facts of a template, in id order.
    func facts(_ template: String) -> [FactSnapshot] {
        guard let t = kb.template(template) else { return [] }
        return engine.facts(of: t)
    }

    func slot(_ f: FactSnapshot, _ template: String, _ slot: String) -> Value? {
        guard let t = kb.template(template), let i = program.templates[t].slotIndex(slot) else { return nil }
        return f.slots[i]
    }

    func build(_ situation: Situation, trace: Bool, content: ReportContent = .full) -> Report {
        let full = content == .full
        let answers = situation.answers.map { a -> (String, String, Texts, Texts) in
            guard full else { return (a.name, a.value, [:], [:]) }
            let t = kb.template(a.name)
            return (
                a.name, a.value, t.map { kb.label(ofAttribute: $0) } ?? [:],
                t.flatMap { kb.valueTexts(a.value, ofAttribute: $0) } ?? [:]
            )
        }
        // `core-problem-text` is shown as the core problem's effect and conclusion, not as a list.
        let allTopics: [TopicResult]
        if content == .recommendations {
            let named = Set(situation.expectations.compactMap { kb.template($0.topic) })
            allTopics = buildTopics(content: content) { named.contains($0) }
        } else {
            allTopics = buildTopics(content: content)
        }
        let topics = allTopics.filter { $0.topic != "core-problem-text" }
        let options = buildOptions()
        var expectations: [ExpectationResult] = []
        for e in situation.expectations {
            let actual: String?
            switch e.topic {
            case "option": actual = options?.winner?.name
            case "rejected": actual = options?.options.first { $0.name == e.value && $0.rejected }?.name
            default:
                if let topic = topics.first(where: { $0.topic == e.topic }) {
                    actual =
                        topic.isGoal
                        ? topic.top?.value : topic.values.first { $0.value == e.value }?.value ?? topic.top?.value
                } else {
                    actual = nil
                }
            }
            // Labelled only for the formats a reader reads.
            expectations.append(
                full
                    ? labelled(e, actual: actual)
                    : ExpectationResult(
                        topic: e.topic, expected: e.value, actual: actual))
        }
        var report = Report(
            name: situation.name, title: situation.title, answers: answers, topics: topics,
            kpis: content == .recommendations ? [] : buildKPIs(topics, labels: full),
            swot: full ? buildSwot(allTopics) : nil, options: options, plan: full ? buildPlan() : [],
            trace: trace ? buildTrace() : nil, expectations: expectations, firings: engine.statistics.firings)
        if full { report.factorPerspectives = buildFactorPerspectives() }
        return report
    }

    /// An expectation's result with the labels of its topic and values.
    func labelled(_ e: Scenario.Expectation, actual: String?) -> ExpectationResult {
        var result = ExpectationResult(topic: e.topic, expected: e.value, actual: actual)
        if let t = kb.template(e.topic), program.templates[t].isAttribute {
            result.topicLabel = kb.label(ofAttribute: t)
            result.expectedLabel = kb.valueTexts(e.value, ofAttribute: t) ?? [:]
            result.actualLabel = actual.flatMap { kb.valueTexts($0, ofAttribute: t) } ?? [:]
        } else {
            let phrases = (e.topic == "rejected" ? Phrases.Key.expectRejected : .expectOption).texts
            result.topicLabel = ["en": phrases.en, "nl": phrases.nl]
        }
        return result
    }

    /// Each success factor's perspective (`csf-perspective` facts), by factor.
    func buildFactorPerspectives() -> [String: String] {
        guard let t = kb.template("csf-perspective") else { return [:] }
        var result: [String: String] = [:]
        for f in engine.facts(of: t) where f.slots.count >= 2 {
            result[name(f.slots[0])] = name(f.slots[1])
        }
        return result
    }

    // MARK: Reasons

    /// The rule's own explanation: its first `because` that no `conclude` or `score` claims.
    func ruleText(_ rule: Rule, notes: RuleNotes) -> Int? {
        var claimed = Set<Int>()
        for a in rule.actions {
            switch a {
            case .conclude(_, _, _, let b?), .score(_, _, _, let b?): claimed.insert(b)
            default: break
            }
        }
        return notes.texts.indices.first { !claimed.contains($0) }
    }

    func reason(rule index: Int, because: Int?, bindings: [Value?]) -> Reason {
        let rule = program.rules[index]
        let notes = kb.ruleBase.notes(index)
        let textIndex = because ?? ruleText(rule, notes: notes)
        var texts: Texts = [:]
        if let i = textIndex, i < notes.texts.count {
            for (language, text) in notes.texts[i].texts {
                texts[language] = fill(text, rule: rule, bindings: bindings, language: language)
            }
        }
        return Reason(
            rule: rule.name, source: notes.provenance?.source, confidence: notes.provenance?.confidence,
            location: "\(rule.origin.file):\(rule.origin.line)", because: texts)
    }

    func reason(of firing: Firing) -> Reason { reason(rule: firing.rule, because: nil, bindings: firing.bindings) }

    /// Replaces `{variable}` with its value; enumeration values in the language of the text.
    func fill(_ text: String, rule: Rule, bindings: [Value?], language: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        // Scans the bytes (braces are ASCII) and copies the text between placeholders in runs; a
        // `{` without its `}` stays as written.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let bytes = text.utf8
        var literal = bytes.startIndex
        var name: String.Index?
        var i = bytes.startIndex
        while i != bytes.endIndex {
            if bytes[i] == UInt8(ascii: "{") {
                out += text[literal..<i]
                literal = i
                name = bytes.index(after: i)
            } else if bytes[i] == UInt8(ascii: "}"), let start = name {
                let variable = String(text[start..<i])
                out += render(variable: variable, rule: rule, bindings: bindings, language: language) ?? "{\(variable)}"
                name = nil
                literal = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        out += text[literal...]
        return out
    }

    func render(variable: String, rule: Rule, bindings: [Value?], language: String) -> String? {
        guard let i = rule.variables.firstIndex(where: { $0.name == variable }), i < bindings.count,
            let value = bindings[i]
        else {
            return nil
        }
        let v = rule.variables[i]
        if let slot = v.slot, v.level < rule.conditions.count, case .positive(let p) = rule.conditions[v.level],
            slot < program.templates[p.template].slots.count,
            let label = pick(
                kb.valueTexts(name(value), of: program.templates[p.template].slots[slot].type), code: language)
        {
            return label
        }
        // In prose the baseline is named as a reader says it: 'Doorgaan zoals nu' lost het kernprobleem niet op.
        if name(value) == OptionRanking.baseline {
            return "'" + Phrases(language: Language(code: language) ?? .en)[.continueAsIs] + "'"
        }
        return name(value)
    }

    // MARK: Topics

    /// Every goal and every other concluded attribute (those `includes` takes, with less than the
    /// full content), ranked; with the full content, each value's contributions, every value's
    /// label, the definitions and the evidence only against a value; with the advice, the labels
    /// of goals' values; with the recommendations, no labels.
    func buildTopics(content: ReportContent = .full, includes: (Int) -> Bool = { _ in true }) -> [TopicResult] {
        let reasons = content == .full
        let goals = kb.ruleBase.goals.map(\.attribute)
        var attributes = goals
        for c in engine.conclusions where !attributes.contains(c.template) && (reasons || includes(c.template)) {
            attributes.append(c.template)
        }
        let caps = kb.template("cap").map { engine.facts(of: $0) } ?? []
        return attributes.compactMap { attribute -> TopicResult? in
            let ranked = Evaluation.rank(attribute, engine: engine, kb: kb, caps: caps)
            let isGoal = goals.contains(attribute)
            let labelled = reasons || (isGoal && content == .advice)
            if ranked.isEmpty && !isGoal { return nil }
            let open = ranked.filter { $0.cap == nil }
            let capped = ranked.filter { $0.cap != nil }
            var values: [RankedValue] = []
            for (i, r) in (open + capped).enumerated() {
                let contributions =
                    !reasons
                    ? []
                    : r.conclusion.contributions.map { c -> Reason in
                        var reason = reason(rule: c.rule, because: c.because, bindings: c.bindings)
                        reason.ruleCertainty = c.ruleCertainty
                        reason.premise = c.premise
                        reason.amount = c.certainty
                        reason.before = c.before
                        reason.after = c.after
                        return reason
                    }
                var cappedBy: (String, Reason)?
                if let cap = r.cap, case .symbol(let v) = cap.slots[1] {
                    let why =
                        assertedBy[cap.id].map { reason(of: $0) }
                        ?? Reason(rule: "(scenario)", source: nil, confidence: nil, location: "", because: [:])
                    cappedBy = (symbols.name(of: v), why)
                }
                values.append(
                    RankedValue(
                        value: r.value, label: labelled ? kb.valueTexts(r.value, ofAttribute: attribute) ?? [:] : [:],
                        certainty: r.certainty,
                        rank: i + 1, cappedBy: cappedBy, contributions: contributions))
            }
            let tie = open.count > 1 && abs(open[0].certainty - open[1].certainty) <= 1e-9
            var result = TopicResult(
                topic: program.templates[attribute].name, label: reasons ? kb.attributeTexts(attribute) : [:],
                isGoal: isGoal,
                values: values, isTie: tie)
            result.closeCall = CloseCall.of(result)
            guard reasons else { return result }
            for value in kb.values(ofAttribute: attribute) {
                result.labels[value] = kb.valueTexts(value, ofAttribute: attribute) ?? [:]
            }
            for f in facts("definition") where slot(f, "definition", "topic").map(name) == result.topic {
                guard let value = slot(f, "definition", "value").map(name),
                    let language = slot(f, "definition", "language").map(name),
                    let text = slot(f, "definition", "text").map(name)
                else { continue }
                result.definitions[value, default: [:]][language] = text
            }
            // Evidence only against a value: a report says so rather than "no rule applied".
            for c in engine.conclusions where c.template == attribute && c.certainty <= 0 && !c.contributions.isEmpty {
                let value = c.value.rendered(symbols)
                result.against.append(
                    (
                        value, kb.valueTexts(value, ofAttribute: attribute) ?? [:], c.certainty,
                        c.contributions.map { program.rules[$0.rule].name }
                    ))
            }
            return result
        }
    }

    /// The indicators in the order of their perspectives, by weight; with `labels`, each part's
    /// label too.
    func buildKPIs(_ topics: [TopicResult], labels: Bool = true) -> [KPIResult] {
        guard let kpi = topics.first(where: { $0.topic == "kpi" }), let t = kb.template("kpi-perspective") else {
            return []
        }
        let template = program.templates[t]
        var info: [String: FactSnapshot] = [:]
        for f in engine.facts(of: t) where !f.slots.isEmpty { info[name(f.slots[0])] = f }
        let slots = template.slots
        guard slots.count > 1 else { return [] }
        // The perspectives' order, by name (read once, not per comparison).
        var rank: [String: Int] = [:]
        for (i, p) in kb.values(of: slots[1].type).enumerated() where rank[p] == nil { rank[p] = i }
        let parts = ["perspective", "frequency", "owner"].map { template.slotIndex($0) }
        func field(_ f: FactSnapshot?, _ part: Int) -> (String, Texts) {
            guard let f, let i = parts[part], i < f.slots.count else { return ("", [:]) }
            let v = name(f.slots[i])
            return (v, labels ? kb.valueTexts(v, of: slots[i].type) ?? [:] : [:])
        }
        return kpi.values.map { v in
            let f = info[v.value]
            let (p, pLabel) = field(f, 0)
            let (frequency, frequencyLabel) = field(f, 1)
            let (owner, ownerLabel) = field(f, 2)
            return KPIResult(
                kpi: v.value, label: v.label, perspective: p, perspectiveLabel: pLabel, weight: v.certainty,
                frequency: frequency, frequencyLabel: frequencyLabel, owner: owner, ownerLabel: ownerLabel)
        }.sorted { a, b in
            let ia = rank[a.perspective] ?? Int.max
            let ib = rank[b.perspective] ?? Int.max
            if ia != ib { return ia < ib }
            if abs(a.weight - b.weight) > 1e-9 { return a.weight > b.weight }
            return a.kpi < b.kpi
        }
    }

    // MARK: Plan and trace

    func buildPlan() -> [PlanStep] {
        guard let t = kb.template("plan-topic") else { return [] }
        let type = program.templates[t].slots[0].type
        var topics: [String: [String]] = [:]
        // `plan-topic(step, topic)` puts a whole topic in a step; with `value`, one value of it
        // (each point of attention in the step it belongs to), written `topic=value`.
        for f in engine.facts(of: t) {
            var topic = name(f.slots[1])
            if f.slots.count > 2, case .symbol = f.slots[2], name(f.slots[2]) != "nil" {
                topic += "=" + name(f.slots[2])
            }
            topics[name(f.slots[0]), default: []].append(topic)
        }
        return kb.values(of: type).map { step in
            PlanStep(step: step, label: kb.valueTexts(step, of: type) ?? [:], topics: topics[step] ?? [])
        }
    }

    func buildTrace() -> [TraceEntry] {
        let printer = FactPrinter(program: program, symbols: symbols)
        func show(_ id: Int) -> String {
            if id == 0 { return "*" }
            if let f = seen[id] { return "f-\(id) " + printer.render(f) }
            return "f-\(id)"
        }
        return engine.trace.map { f in
            let rule = program.rules[f.rule]
            let bindings = zip(rule.variables, f.bindings).compactMap { v, value -> (String, String)? in
                value.map { (v.name, $0.rendered(symbols)) }
            }
            let concluded = f.concluded.map { c in
                "\(program.templates[c.template].name)=\(c.value.rendered(symbols)) \(DecimalText.fixed(c.before, 2))->\(DecimalText.fixed(c.after, 2))"
            }
            return TraceEntry(
                cycle: f.cycle, rule: rule.name, bindings: bindings, matched: f.matched.map(show),
                asserted: f.asserted.map(show),
                retracted: f.retracted.map(show), concluded: concluded)
        }
    }
}
