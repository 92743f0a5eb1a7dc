import RuleLanguage

/// `how` and `why not` at a prompt: the topic and value as the user typed them (a name or a label,
/// in either language), resolved or refused with what is possible.
extension ConsultationSession {
    /// A typed name that does not resolve: what to say instead.
    struct Refused: Error {
        let block: ConsultationReply.Block
    }

    func how(_ typed: String?, _ current: Current) -> ConsultationReply {
        guard let typed else {
            let goals = kb.ruleBase.goals.map { labels.topic($0.name) }
            return ConsultationReply([.paragraph(say[.howTopics] + ": " + goals.joined(separator: ", "))])
        }
        // `hoe verkoopbenadering`, `how approach`, `hoe approach=transactional`: by label or name.
        let parts = typed.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
        do throws(Refused) {
            let topic = try resolveTopic(parts.first ?? "")
            try refuseOnlyAnswered(topic)
            var target = topic
            let report = current.run.report
            if parts.count == 2 {
                let value = try resolveValue(parts[1], of: topic)
                guard report.topic(topic)?.values.contains(where: { $0.value == value }) == true else {
                    let m = say[.notConcluded].replacing("{topic}", with: labels.topic(topic))
                    return ConsultationReply(
                        [.paragraph(m.replacing("{value}", with: labels.value(value, ofTopic: topic)))])
                }
                target += "=" + value
            } else if report.topic(topic)?.values.isEmpty ?? true,
                kb.template(topic).map({ kb.program.templates[$0].isAttribute }) == true
            {
                return ConsultationReply(
                    [.paragraph(say[.nothingConcluded].replacing("{topic}", with: labels.topic(topic)))])
            }
            do {
                let nodes = try explainer(current).how(target, report: report)
                return ConsultationReply([.how(nodes, title: "\(Phrases.word(.how, language)): \(labels.topic(topic))")]
                )
            } catch {
                return .warning(error.message)
            }
        } catch {
            return ConsultationReply([error.block])
        }
    }

    func whyNot(_ typed: String?, _ current: Current) -> ConsultationReply {
        // `waarom niet verkoopbenadering = transactiegericht`, `why not approach transactional`.
        let text = typed ?? ""
        var parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
        if parts.count == 1 { parts = text.split(separator: " ", maxSplits: 1).map { String($0).trimmed } }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            return ConsultationReply([.paragraph(say[.whyNotForm])])
        }
        do throws(Refused) {
            let topic = try resolveTopic(parts[0])
            try refuseOnlyAnswered(topic)
            if topic == "option" { return try whyNot(option: parts[1], current) }
            let value = try resolveValue(parts[1], of: topic)
            do {
                return ConsultationReply([.whyNot(try explainer(current).whyNot(topic: topic, value: value))])
            } catch {
                return .warning(error.message)
            }
        } catch {
            return ConsultationReply([error.block])
        }
    }

    /// `why not option Webshop`: the option by its name or as the report names it.
    func whyNot(option typed: String, _ current: Current) throws(Refused) -> ConsultationReply {
        let names = current.run.report.options?.options.map(\.name) ?? []
        let report = TextReport(language: language)
        guard
            let name = names.first(where: {
                $0.lowercased() == typed.lowercased() || report.optionName($0).lowercased() == typed.lowercased()
            })
        else {
            let list = names.isEmpty ? say[.noneYet] : names.map(report.optionName).joined(separator: ", ")
            throw Refused(
                block: .warning(say[.noSuchOption].replacing("{option}", with: typed.visibleControls) + " " + list))
        }
        do {
            return ConsultationReply([.whyNotOption(try explainer(current).whyNot(option: name))])
        } catch {
            return .warning(error.message)
        }
    }

    /// A question that only the user answers (no rule concludes it) is refused, in the
    /// consultation's words, saying what it was answered and how to change it.
    func refuseOnlyAnswered(_ topic: String) throws(Refused) {
        guard let q = kb.question(topic), !kb.isConcluded(q.attribute) else { return }
        let answer = state.answer(topic).map(labels.answer) ?? say[.unanswered]
        throw Refused(
            block: .paragraph(
                say[.isQuestion].replacing("{topic}", with: labels.name(of: q)).replacing("{answer}", with: answer)))
    }

    /// The topic a user typed, by name or label.
    func resolveTopic(_ typed: String) throws(Refused) -> String {
        let resolver = NameResolver(kb: kb)
        switch resolver.attribute(typed) {
        case .one(let name): return name
        case .ambiguous(let names):
            throw Refused(
                block: .warning("\(say[.ambiguousTopic]): " + names.map(labels.topic).joined(separator: ", ")))
        case .none:
            var m = "\(say[.unknownTopic]) '\(typed.visibleControls)'"
            let all = kb.program.templates.filter(\.isAttribute).map(\.name)
            if let near = resolver.nearestAttribute(typed, among: all) {
                m += "; \(say[.didYouMean]) '\(labels.topic(near))'?"
            }
            let goals = kb.ruleBase.goals.map { labels.topic($0.name) }
            throw Refused(block: .warning(m + "; \(say[.howTopics]): " + goals.joined(separator: ", ")))
        }
    }

    /// The value of `topic` a user typed, by name or label (any text where the topic has no list).
    func resolveValue(_ typed: String, of topic: String) throws(Refused) -> String {
        guard let t = kb.template(topic), !kb.values(ofAttribute: t).isEmpty else { return typed }
        switch NameResolver(kb: kb).value(typed, ofAttribute: topic) {
        case .one(let v): return v
        case .ambiguous(let values):
            let shown = values.map { labels.value($0, ofTopic: topic) }
            throw Refused(block: .warning("\(say[.ambiguousValue]): " + shown.joined(separator: ", ")))
        case .none:
            let values = kb.values(ofAttribute: t).map { labels.value($0, ofTopic: topic) }
            let m = say[.notAValue].replacing("{topic}", with: labels.topic(topic))
            throw Refused(
                block: .warning(
                    "\(m) '\(typed.visibleControls)'; \(say[.valuesAre]): " + values.joined(separator: ", ")))
        }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    public var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}
