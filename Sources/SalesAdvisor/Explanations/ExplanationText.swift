import RuleLanguage

/// Writes explanations as indented text for an 80-column terminal (and, with `markdown`, as
/// Markdown: headings and the same tree in a list).
public struct ExplanationText: Sendable {
    /// The language.
    public let language: Language
    /// Whether to write Markdown rather than plain text.
    public let markdown: Bool
    let say: Phrases
    let report: TextReport

    /// A writer for `language`, in text (wrapped at `width` columns) or Markdown.
    public init(language: Language, markdown: Bool = false, width: Int = 78) {
        self.language = language
        self.markdown = markdown
        say = Phrases(language: language)
        report = TextReport(language: language, width: width)
    }

    func t(_ texts: Texts?, _ fallback: String) -> String { report.t(texts, fallback) }
    func n(_ x: Double) -> String { report.n(x) }
    func wrap(_ s: String, _ indent: String) -> String { markdown ? indent + s + "\n" : report.wrap(s, indent: indent) }
    func heading(_ s: String) -> String { markdown ? "## \(s)\n\n" : s + "\n" }
    func code(_ s: String) -> String { markdown ? "`\(s)`" : s }

    /// `approach = strategic relationship` (the value's label in the report's language).
    func name(_ node: HowNode) -> String {
        guard let topic = node.topic, let value = node.value else { return node.fact }
        return "\(t(node.topicLabel, topic)): \(t(node.label, value))"
    }

    /// A rule's name, or the advisor's own decision in the reader's words.
    func ruleName(_ rule: String) -> String { rule == "(decision)" ? "(\(say[.decision]))" : code(rule) }

    /// An answer for an attribute; a fact of the scenario otherwise.
    func origin(_ node: HowNode) -> String {
        node.origin == .answer && node.topic == nil ? say[.originScenario] : origin(node.origin)
    }

    func origin(_ o: HowNode.Origin?) -> String {
        switch o {
        case .answer?: return say[.originAnswer]
        case .knowledgeBase?: return say[.originKb]
        case .decided?: return say[.originDecided]
        case .concluded?: return say[.originConcluded]
        case .asserted?: return say[.originAsserted]
        case nil: return ""
        }
    }

    /// `0.50 ⊕ 0.50 = 0.75`: a contribution combined with what was there.
    func combination(_ r: Reason) -> String {
        "\(n(r.ruleCertainty)) x \(n(r.premise)) = \(n(r.amount)); \(n(r.before)) ⊕ \(n(r.amount)) = \(n(r.after))"
    }

    // MARK: How

    /// Derivations as an indented tree under `title`.
    public func how(_ nodes: [HowNode], title: String) -> String {
        var out = heading(title)
        for node in nodes { out += tree(node, indent: markdown ? "" : "  ") }
        out += markdown ? "\n_\(say[.combineLegend])_\n" : wrap(say[.combineLegend], "")
        return out
    }

    func tree(_ node: HowNode, indent: String) -> String {
        let bullet = markdown ? "- " : ""
        var head = "\(bullet)\(code(name(node)))  \(say[.certainty]) \(n(node.certainty))"
        if node.retracted { head += "  (\(say[.retracted]))" }
        if node.origin == .concluded {
            head += "  (\(node.steps.count) \(node.steps.count == 1 ? say[.rule] : say[.rules]))"
        } else {
            head += "  (\(origin(node)))"
        }
        var out = wrap(head, indent)
        if node.origin == .answer || node.origin == .knowledgeBase { return out }
        let inner = indent + (markdown ? "  " : "  ")
        if let meaning = pick(node.definition, language) { out += wrap("\(say[.means]): \(meaning)", inner) }
        for (i, step) in node.steps.enumerated() {
            let source = TextReport.source(step.reason, language: language)
            var head = "\(inner)\(markdown ? "- " : "\(i + 1). ")\(ruleName(step.reason.rule))"
            if !source.isEmpty { head += " \(source)" }
            out += head + "\n"
            let detail = inner + (markdown ? "  " : "   ")
            if step.isContribution { out += "\(detail)\(combination(step.reason))\n" }
            let because = t(step.reason.because, "")
            if !because.isEmpty { out += wrap(because, detail) }
            if !step.bindings.isEmpty {
                out += wrap(
                    step.bindings.map { "$\($0.name) = \(t(step.valueLabels[$0.value], $0.value))" }.joined(
                        separator: ", "), detail)
            }
            for premise in step.premises {
                if premise.steps.isEmpty {
                    var line = "\(say[.from]): \(code(name(premise)))"
                    if premise.origin == .concluded { line += "  \(say[.certainty]) \(n(premise.certainty))" }
                    line += "  (\(origin(premise))" + (premise.retracted ? ", \(say[.retracted])" : "") + ")"
                    out += wrap(line, detail)
                } else {
                    out += "\(detail)\(say[.from]):\n" + tree(premise, indent: detail + "  ")
                }
            }
        }
        return out
    }

    // MARK: Why not

    /// A why-not: the status, every rule and what stopped it, the answers that would change it.
    public func whyNot(_ w: WhyNot) -> String {
        // What is written (a condition, a fact, a question) in the reader's words, where there are some.
        let word = { (s: String) -> String in self.code(w.phrases[s].flatMap { pick($0, self.language) } ?? s) }
        let target = "\(t(w.topicLabel, w.topic)): \(t(w.label, w.value))"
        var out = heading("\(say[.whyNot]) \(target)?")
        let indent = markdown ? "" : "  "
        switch w.status {
        case .reached(let c):
            out += wrap("\(say[.statusReached]) (\(say[.certainty]) \(n(c))).", indent)
        case .lowerCertainty(let c, let top, let topLabel, let topCertainty):
            out += wrap("\(say[.statusLower]) \(n(c)); \(t(topLabel, top)) \(say[.has]) \(n(topCertainty)).", indent)
        case .capped(let c, let cap, let capLabel, let reason):
            out += wrap(
                "\(say[.statusCapped]) (\(say[.certainty]) \(n(c))): \(say[.heldBack]) '\(t(capLabel, cap))' \(say[.byRule]) "
                    + "\(code(reason.rule)) \(TextReport.source(reason, language: language)): \(t(reason.because, ""))",
                indent)
        case .ruledOut(let c):
            if let reason = w.excludedBy {
                out += wrap(
                    "\(say[.statusExcluded]) \(code(reason.rule)) \(TextReport.source(reason, language: language)): \(t(reason.because, ""))",
                    indent)
            } else {
                out += wrap("\(say[.statusRuledOut]) (\(say[.certainty]) \(n(c))).", indent)
            }
        case .notConcluded:
            out += wrap(say[.statusNotConcluded], indent)
        }
        out += (markdown ? "\n" : "") + "\(indent)\(say[.rulesThatCould]):\n" + (markdown ? "\n" : "")
        let inner = indent + (markdown ? "" : "  ")
        for r in w.rules {
            var head =
                "\(markdown ? "- " : "")\(code(r.reason.rule)) \(TextReport.source(r.reason, language: language))"
            if let c = r.ruleCertainty { head += " (\(n(c)))" }
            head += ": "
            let detail = inner + "    "
            guard !r.fired else {
                out += wrap(head + say[.fired], inner)
                out += "\(detail)\(combination(r.reason))\n"
                continue
            }
            guard let blocker = r.blocker else {
                out += wrap(head + say[.matchedOther], inner)
                continue
            }
            switch blocker {
            case .failedCondition(let condition, let actual):
                // One line where it fits: "needs risk is high; found risk is medium (answer)".
                let found =
                    actual.isEmpty
                    ? say[.noSuchFact]
                    : actual.map { "\(word($0.fact)) (\(origin($0.origin)))" }.joined(separator: ", ")
                out += wrap(head + "\(say[.needs]) \(word(condition)); \(say[.found]) \(found)", inner)
            case .noPartner(let condition, let candidates):
                out += wrap(head + say[.didNotFire], inner)
                out += wrap("\(say[.needs]): \(word(condition))", detail)
                out += wrap("\(say[.noPartner]): " + candidates.map(code).joined(separator: ", "), detail)
            case .blockedBy(let condition, let fact, let o):
                out += wrap(head + say[.blocked], inner)
                out += wrap("\(word(condition)) — \(say[.blockedBy]) \(word(fact)) (\(origin(o)))", detail)
            case .testFalse(let condition):
                out += wrap(head + say[.didNotFire], inner)
                out += wrap("\(say[.testFalse]): \(word(condition))", detail)
            }
        }
        if w.rules.isEmpty { out += "\(inner)\(say[.noRules])\n" }
        if case .reached = w.status {
        } else {
            out += (markdown ? "\n" : "") + "\(indent)\(say[.wouldChange]):\n" + (markdown ? "\n" : "")
            if w.changes.isEmpty { out += "\(inner)\(markdown ? "- " : "")\(say[.noChangeFound])\n" }
            for c in w.changes {
                let answers = c.answers.map { a in
                    "\(w.phrases[a.question].flatMap { pick($0, self.language) } ?? a.question): \(t(c.labels[a.to], a.to)) (\(say[.now]) \(a.from.map { t(c.labels[$0], $0) } ?? say[.unanswered]))"
                }
                out += wrap(
                    "\(markdown ? "- " : "")" + answers.joined(separator: " \(say[.and]) ")
                        + " → \(say[.certainty]) \(n(c.certainty))", inner)
            }
        }
        return out
    }

    // MARK: What if

    /// `Klantwaardestrategie: operationele uitmuntendheid (nu productleiderschap): Aanbevolen
    /// verkoopmethode → procesgericht verkopen`.
    public func whatIfLine(_ item: WhatIf.Item, in w: WhatIf) -> String {
        let word = { (name: String) -> String in self.t(w.phrases[name], name) }
        let changes = item.changes.map { c in "\(word(c.goal)) → \(c.to.map { t(c.toLabel, $0) } ?? "—")" }
        return
            "\(word(item.question)): \(t(item.alternativeLabel, item.alternative)) (\(say[.now]) \(t(item.currentLabel, item.current))): "
            + changes.joined(separator: ", ")
    }

    /// A what-if: per answer, the other value that changes which recommendation.
    public func whatIf(_ w: WhatIf) -> String {
        var out = heading(say[.whatIf])
        let indent = markdown ? "" : "  "
        // Names in the reader's words where the knowledge base has them.
        let word = { (name: String) -> String in self.t(w.phrases[name], name) }
        let now = w.tops.map { top -> String in
            "\(word(top.goal)): \(top.value.map { v in word("\(top.goal)=\(v)") } ?? "—")"
        }
        out += wrap("\(say[.now]): " + now.joined(separator: "; "), indent)
        let changing = w.items.filter { !$0.changes.isEmpty }
        if !markdown { out += "\n" }
        for item in changing { out += wrap("\(markdown ? "- " : "")" + whatIfLine(item, in: w), indent) }
        let unchanged = w.items.count - changing.count
        out +=
            (markdown ? "\n" : "")
            + wrap("\(unchanged) \(say[.alternativesNoChange]) (\(w.runs) \(say[.reruns])).", indent)
        return out
    }

    // MARK: Why (a question)

    /// Why a question is asked: the rules that need it and their conditions; `lead`, if given, is
    /// said after the question, before the rules (the consultation's "this answer is needed by these rules …").
    public func why(_ w: WhyQuestion, lead: String? = nil) -> String {
        // What is written, in the reader's words where the knowledge base has them.
        let word = { (s: String) -> String in self.code(w.phrases[s].flatMap { pick($0, self.language) } ?? s) }
        var out = heading("\(say[.whyAsk]) '\(w.phrases[w.question].flatMap { pick($0, language) } ?? w.question)'?")
        let indent = markdown ? "" : "  "
        out += wrap(
            "\"\(t(w.prompt, w.question))\""
                + (w.answer.map { " — \(say[.answered]): \(t(w.phrases["= " + $0], $0))" } ?? ""), indent)
        if let lead { out += wrap(lead, indent) }
        for need in w.needs {
            let goals = need.goals.isEmpty ? "" : " (\(say[.goal]): \(need.goals.map(word).joined(separator: ", ")))"
            // Values of one topic together: "Aanbevolen verkoopbenadering: systeemverkoop, accountmanagement".
            var groups: [(topic: String, values: [String])] = []
            for c in need.concludes {
                let parts = c.split(separator: " = ", maxSplits: 1).map(String.init)
                let shown = w.phrases[c].flatMap { pick($0, self.language) }
                let topic = parts.count == 2 ? parts[0] : c
                let value =
                    parts.count == 2
                    ? (shown.flatMap { $0.split(separator: ": ", maxSplits: 1).dropFirst().first.map(String.init) }
                        ?? parts[1]) : ""
                if let i = groups.firstIndex(where: { $0.topic == topic }) {
                    groups[i].values.append(value)
                } else {
                    groups.append((topic, value.isEmpty ? [] : [value]))
                }
            }
            let concluded = groups.map { g in
                word(g.topic) + (g.values.isEmpty ? "" : ": " + g.values.joined(separator: ", "))
            }
            out += wrap(
                "\(markdown ? "- " : "")\(code(need.reason.rule)) \(TextReport.source(need.reason, language: language)) → "
                    + concluded.joined(separator: "; ") + goals, indent)
            for c in need.conditions {
                let mark: String
                if c.isThisQuestion {
                    mark = "?"
                } else if let holds = c.holds {
                    mark = holds ? "✓" : "✗"
                } else {
                    mark = "·"
                }
                out += wrap("[\(mark)] \(word(c.text))", indent + "    ")
            }
        }
        out += wrap(say[.whyLegend], indent)
        return out
    }
}
