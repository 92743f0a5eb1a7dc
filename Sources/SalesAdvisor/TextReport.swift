@_spi(Tooling) import RuleLanguage

/// Writes a report as plain text for a terminal of 80 columns.
public struct TextReport: Sendable {
    /// The language.
    public let language: Language
    /// The columns text is wrapped to: 78 for a report (a terminal of 80 columns, a file, a mail);
    /// a consultation on a narrower terminal passes its own.
    public let width: Int
    let say: Phrases

    /// A writer for `language`, wrapping at `width` columns (at least 20).
    public init(language: Language, width: Int = 78) {
        self.language = language
        self.width = max(20, width)
        say = Phrases(language: language)
    }

    func t(_ texts: Texts?, _ fallback: String) -> String {
        pick(texts, language).flatMap { $0.isEmpty ? nil : $0 } ?? fallback
    }

    /// A number as this report's language writes it: `0.75` in English, `0,75` in Dutch.
    func n(_ x: Double, _ digits: Int = 2) -> String {
        let text = DecimalText.fixed(x, digits)
        return language == .nl ? text.replacingDecimalPoint : text
    }

    /// `seed [T]`, `A4 S6 S13 [P]`.
    /// `A6 studietekst S15 [T]`: the rule's source keys (the key `seed`, the study notes, in the
    /// reader's words) and its confidence tag.
    static func source(_ r: Reason, language: Language = .en) -> String {
        source(keys: r.source, confidence: r.confidence, language: language)
    }

    /// The same for a rule's `source` line given as its parts.
    public static func source(keys: String?, confidence: String?, language: Language) -> String {
        let study = language == .nl ? "studietekst" : "study text"
        let key = (keys ?? "").split(separator: " ").map { $0 == "seed" ? study : String($0) }.joined(separator: " ")
        let tag = confidence.map { "[\($0)]" } ?? ""
        return [key, tag].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The report's title: "Sales advice: its title (its name)".
    public func title(_ report: Report) -> String {
        // `situation` is the name of answers given with --set only: a word of the program, not shown.
        let named = Report.programNames.contains(report.name) ? nil : report.name
        return report.title.map { "\(say[.advice]): \($0)" + (named.map { " (\($0))" } ?? "") }
            ?? (named.map { "\(say[.advice]): \($0)" } ?? say[.advice])
    }

    /// The report as plain text, wrapped at 78 columns. As the `appendix` of a document, without
    /// its title, the situation and the plan's outline (the document's front shows them).
    public func render(_ report: Report, appendix: Bool = false) -> String {
        var out = ""
        let heading = title(report)
        // A long title wraps (continuation lines indented), underlined as wide as its longest line.
        let headingLines = wrap(heading, indent: "").split(separator: "\n")
        if !appendix {
            out +=
                headingLines.joined(separator: "\n") + "\n"
                + String(repeating: "=", count: min(headingLines.map(\.count).max() ?? 0, width)) + "\n\n"
        }
        if !report.answers.isEmpty && !appendix {
            out += say[.situation] + "\n"
            for a in report.answers { out += wrap("\(t(a.label, a.name)): \(t(a.valueLabel, a.value))", indent: "  ") }
            out += "\n"
        }
        // The certainty arithmetic (MYCIN's) belongs to the trace and the explanations, not to the advice.
        let detailed = report.trace != nil
        for topic in report.topics where topic.isGoal { out += goal(topic, detailed: detailed) + "\n" }
        for topic in report.listTopics { out += list(topic) + "\n" }
        if !report.kpis.isEmpty { out += kpis(report.kpis) + "\n" }
        if let swot = report.swot { out += self.swot(swot) + "\n" }
        if let options = report.options { out += self.options(options) + "\n" }
        if !report.plan.isEmpty && !appendix { out += plan(report) + "\n" }
        if !report.expectations.isEmpty {
            out += say[.expectations] + "\n"
            for e in report.expectations {
                let status = e.met ? say[.met] : say[.notMet]
                var line = "\(status): \(t(e.topicLabel, e.topic)) = \(t(e.expectedLabel, e.expected))"
                if !e.met { line += " (\(say[.got]): \(e.actual.map { t(e.actualLabel, $0) } ?? say[.nothing]))" }
                out += wrap(line, indent: "  ")
            }
            out += "\n"
        }
        if let trace = report.trace { out += self.trace(trace) + "\n" }
        out += wrap(say[.legend], indent: "")
        if detailed { out += wrap(say[.combineLegend], indent: "") }
        return out
    }

    // MARK: Goals and lists

    func goal(_ topic: TopicResult, detailed: Bool = true) -> String {
        var out = ""
        let label = t(topic.label, topic.topic)
        guard let top = topic.top else {
            guard !topic.against.isEmpty else { return wrap("\(label): \(say[.undetermined])", indent: "") }
            let against = topic.against.map {
                "\(t($0.label, $0.value)) (\(n($0.certainty)); \($0.rules.joined(separator: ", ")))"
            }
            return wrap("\(label): \(say[.onlyAgainst]): " + against.joined(separator: "; "), indent: "")
        }
        // Two decimals, or four when the runner-up would look equal at two.
        let close = topic.runnerUp.map { self.n($0.certainty) == self.n(top.certainty) && !topic.isTie } ?? false
        let c = { (x: Double) in close ? self.n(x, 4) : self.n(x) }
        out += wrap("\(label): \(t(top.label, top.value))", indent: "")
        out += "  \(say[.certainty]) \(c(top.certainty))\n"
        if topic.isTie { out += wrap(say[.tie], indent: "  ") }
        if let meaning = pick(topic.definitions[top.value], language) {
            out += wrap("\(say[.means]): \(meaning)", indent: "  ")
        }
        if let line = closeCallLine(topic) { out += wrap(line, indent: "  ") }
        if let second = topic.runnerUp {
            var line = "\(say[.runnerUp]): \(t(second.label, second.value)) (\(c(second.certainty))): "
            if let cap = second.cappedBy {
                let capLabel = t(topic.label(of: cap.value), cap.value)
                line +=
                    "\(say[.heldBack]) '\(capLabel)' (\(cap.reason.rule) \(TextReport.source(cap.reason, language: language))): \(t(cap.reason.because, ""))"
            } else {
                line +=
                    "\(say[topic.isTie ? .tied : .lostOnCertainty]), \(c(second.certainty)) \(say[.against]) \(c(top.certainty))"
            }
            out += wrap(line, indent: "  ")
        }
        out += "  \(say[.why]):\n"
        out += contributions(top.contributions, indent: "    ", detailed: detailed)
        let rest = topic.values.filter { $0.value != top.value && $0.value != topic.runnerUp?.value }
        if !rest.isEmpty {
            let items = rest.map { v -> String in
                var s = "\(t(v.label, v.value)) \(n(v.certainty))"
                if let cap = v.cappedBy { s += " (\(say[.heldBack]) '\(t(topic.label(of: cap.value), cap.value))')" }
                return s
            }
            out += wrap("\(say[.others]): " + items.joined(separator: ", "), indent: "  ")
        }
        return out
    }

    /// The close-call sentence of a goal ("close call: … is less than one rule's worth of evidence
    /// behind; it would tip with: …"), or nil when the call is not close.
    public func closeCallLine(_ topic: TopicResult) -> String? {
        guard let call = topic.closeCall, let second = topic.values.first(where: { $0.value == call.runnerUp }) else {
            return nil
        }
        // Four decimals where two would show the runner-up equal to the recommendation.
        let digits = topic.top.map { n($0.certainty) == n(second.certainty) } == true ? 4 : 2
        var line = say[.closeCall].replacing("{runner-up}", with: t(call.runnerUpLabel, call.runnerUp))
            .replacing("{certainty}", with: n(second.certainty, digits))
        if !call.tippedBy.isEmpty {
            line += "; \(say[.tippedBy]): " + call.tippedBy.map(tipText).joined(separator: "; ")
        } else if call.searched {
            line += "; \(say[.noSingleTip])"
        }
        return line
    }

    /// One tipping answer: "Kind of purchase: new task (now straight rebuy)".
    func tipText(_ tip: CloseCall.Tip) -> String {
        let now = tip.current.map { t(tip.currentLabel, $0) } ?? say[.unanswered]
        return "\(t(tip.questionLabel, tip.question)): \(t(tip.valueLabel, tip.value)) (\(say[.now]) \(now))"
    }

    /// Each rule behind a conclusion with its reason; with `detailed`, MYCIN's arithmetic (what the
    /// rule added and how it combined), otherwise only what it added.
    func contributions(_ reasons: [Reason], indent: String, detailed: Bool = true) -> String {
        var out = ""
        for r in reasons {
            let arithmetic =
                detailed
                ? "\(n(r.ruleCertainty)) x \(n(r.premise)) = \(n(r.amount)); \(n(r.before)) ⊕ \(n(r.amount)) = \(n(r.after))"
                : (r.amount >= 0 ? "+" : "") + n(r.amount)
            out += wrap("\(r.rule) \(TextReport.source(r, language: language)): \(arithmetic)", indent: indent)
            let because = t(r.because, "")
            if !because.isEmpty { out += wrap(because, indent: indent + "  ") }
        }
        return out
    }

    /// A list topic: its values, each group of values with the same rules followed by their reasons once.
    func list(_ topic: TopicResult) -> String {
        var out = t(topic.label, topic.topic) + "\n"
        var index = 0
        let values = topic.values
        while index < values.count {
            let rules = values[index].contributions.map(\.rule)
            var end = index + 1
            while end < values.count && values[end].contributions.map(\.rule) == rules && rules.count == 1 { end += 1 }
            for v in values[index..<end] { out += wrap("- \(t(v.label, v.value)) (\(n(v.certainty)))", indent: "  ") }
            for r in values[index].contributions {
                let because = t(r.because, "")
                out += wrap(
                    "\(r.rule) \(TextReport.source(r, language: language))" + (because.isEmpty ? "" : ": " + because),
                    indent: "      ")
            }
            index = end
        }
        return out
    }

    func kpis(_ kpis: [KPIResult]) -> String {
        var out = say[.kpis] + "\n" + wrap(say[.kpiTargets], indent: "  ")
        var current: String?
        for k in kpis {
            if k.perspective != current {
                current = k.perspective
                out += "  \(t(k.perspectiveLabel, k.perspective))\n"
            }
            var line = "- \(t(k.label, k.kpi)): \(say[.weight]) \(n(k.weight))"
            if !k.frequency.isEmpty { line += "; \(t(k.frequencyLabel, k.frequency)), \(t(k.ownerLabel, k.owner))" }
            out += wrap(line, indent: "    ")
        }
        return out
    }

    // MARK: Plan and trace

    /// The sales plan outline alone.
    public func plan(_ report: Report) -> String {
        var out = say[.plan] + "\n"
        for (i, step) in report.plan.enumerated() {
            out += "  \(i + 1). \(t(step.label, step.step))\n"
            let lines = step.topics.flatMap { PlanSummary.lines(for: $0, in: report, language: language) }
            if lines.isEmpty { out += "     (\(say[.toFill]))\n" }
            for l in lines { out += wrap(l, indent: "     ") }
        }
        return out
    }

    func trace(_ trace: [TraceEntry]) -> String {
        var out = say[.trace] + "\n"
        for e in trace {
            var head = "\(e.cycle) \(e.rule)"
            if !e.bindings.isEmpty {
                head += " | " + e.bindings.map { "$\($0.name)=\($0.value)" }.joined(separator: " ")
            }
            out += wrap(head, indent: "  ")
            for m in e.matched where m != "*" { out += wrap("matched \(m)", indent: "      ") }
            for a in e.asserted { out += wrap("+ \(a)", indent: "      ") }
            for r in e.retracted { out += wrap("- \(r)", indent: "      ") }
            for c in e.concluded { out += wrap(c, indent: "      ") }
        }
        return out
    }

    // MARK: Layout

    func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }

    /// Wraps `text` at ``width`` columns (or the `width` given), every line starting with `indent`.
    /// Continuation lines hang two columns further in unless `hanging` is false.
    public func wrap(_ text: String, indent: String, width: Int? = nil, hanging: Bool = true) -> String {
        let width = width ?? self.width
        // Works on the UTF-8 bytes: words are runs between spaces, and a word's width is its byte count
        // when it is ASCII (its characters counted otherwise).
        let indentBytes = Array(indent.utf8)
        let indentWidth = indent.count
        var out: [UInt8] = indentBytes
        out.reserveCapacity(text.utf8.count + 2 * indentBytes.count + 16)
        var lineWidth = indentWidth
        var hasWords = false
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: " ") {
                    i += 1
                    continue
                }
                var j = i
                var ascii = true
                while j < bytes.count && bytes[j] != UInt8(ascii: " ") {
                    if bytes[j] >= 0x80 { ascii = false }
                    j += 1
                }
                let word = UnsafeBufferPointer(rebasing: bytes[i..<j])
                let wordWidth = ascii ? word.count : String(decoding: word, as: UTF8.self).count
                if hasWords && lineWidth + 1 + wordWidth > width {
                    out.append(UInt8(ascii: "\n"))
                    out += indentBytes
                    if hanging { out += [32, 32] }
                    lineWidth = indentWidth + (hanging ? 2 : 0)
                    hasWords = false
                }
                if hasWords {
                    out.append(UInt8(ascii: " "))
                    lineWidth += 1
                }
                out.append(contentsOf: word)
                lineWidth += wordWidth
                hasWords = true
                i = j
            }
        }
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// `0.75` → `0,75`.
    var replacingDecimalPoint: String { String(map { $0 == "." ? "," : $0 }) }
}
