import RuleLanguage

extension Explainer {
    /// `approach` (the recommendation, or every value of a list topic) or `approach=system-selling`.
    public func how(_ target: String, report: Report) throws(InputError) -> [HowNode] {
        let parts = target.split(separator: "=", maxSplits: 1).map(String.init)
        let topic = parts.first ?? ""
        let topics = kb.program.templates.filter(\.isAttribute).map(\.name)
        guard let t = kb.template(topic) else {
            var m = "unknown topic '\(topic)'"
            if let best = Situation.suggest(topic, in: topics) { m += "; did you mean '\(best)'?" }
            throw InputError(
                m + "; the topics are: \(topics.joined(separator: ", ")) (or a kind of fact, such as cap or knock-out)")
        }
        if !kb.program.templates[t].isAttribute {
            // Any other kind of fact: how each one came about.
            let nodes = how(facts: t)
            guard !nodes.isEmpty else { throw InputError("there are no \(topic) facts in this situation") }
            return nodes
        }
        if parts.count == 2 {
            // A value the topic does not have gets the values it does have (`--why-not` would only refuse it too).
            let values = kb.values(ofAttribute: t)
            if !values.isEmpty && !values.contains(parts[1]) {
                var m = "'\(parts[1])' is not a value of \(topic)"
                if let best = Situation.suggest(parts[1], in: values) { m += "; did you mean '\(best)'?" }
                throw InputError(m + "; the values are: \(values.joined(separator: ", "))")
            }
            guard let node = how(topic: topic, value: parts[1]) else {
                throw InputError("\(topic) = \(parts[1]) was not concluded; ask --why-not \(topic)=\(parts[1])")
            }
            return [node]
        }
        guard let result = report.topic(topic), !result.values.isEmpty else {
            let answer = report.answers.first { $0.name == topic }?.value
            if kb.question(topic) != nil, let what = kb.describe(topic, answer: answer) { throw InputError(what) }
            throw InputError("nothing was concluded about \(topic) in this situation")
        }
        if result.isGoal, let top = result.top, let node = how(topic: topic, value: top.value) {
            return [node]
        }
        return how(topic: topic)
    }
}
