import RuleLanguage

/// The appendix: the reasoning behind the advice, with the rules' names, their sources and MYCIN's
/// arithmetic (the only part of the document that names rules).
extension HTMLDocument {
    func appendix(_ report: Report, explanation: String) -> String {
        let phrases = Phrases(language: language)
        var out = "<section class=\"appendix\">\n<h2>\(e(say[.appendix]))</h2>\n"
        for topic in report.topics where topic.isGoal {
            out += "<h3>\(e(text.t(topic.label, topic.topic)))</h3>\n"
            guard let top = topic.top else {
                out += "<p>\(e(phrases[.undetermined]))</p>\n"
                continue
            }
            out +=
                "<p><strong>\(e(text.t(top.label, top.value)))</strong>, \(e(phrases[.certainty])) \(e(text.n(top.certainty)))</p>\n"
            if let second = topic.runnerUp {
                out +=
                    "<p>\(e(phrases[.runnerUp])): \(e(text.t(second.label, second.value))) (\(e(text.n(second.certainty))))</p>\n"
            }
            out += reasons(top.contributions, arithmetic: true)
        }
        for topic in report.listTopics {
            out += "<h3>\(e(text.t(topic.label, topic.topic)))</h3>\n<ul>\n"
            for v in topic.values {
                let because = v.contributions.compactMap { pick($0.because, language) }.first ?? ""
                let rules = v.contributions.map {
                    "<code>\(e($0.rule))</code> \(e(TextReport.source($0, language: language)))"
                }
                out +=
                    "<li><strong>\(e(text.t(v.label, v.value)))</strong> (\(rules.joined(separator: ", "))): \(e(because))</li>\n"
            }
            out += "</ul>\n"
        }
        if let swot = report.swot {
            out += "<h3>\(e(phrases[.swot]))</h3>\n<ul>\n"
            for i in swot.issues {
                let pair =
                    "\(swot.code(i.internal, language: language)) × \(swot.code(i.external, language: language)), \(i.score > 0 ? "+" : "")\(i.score)"
                out += "<li>\(e(phrases.issue(i.kind))) (\(e(pair)))"
                if let r = i.reason {
                    out += ": <code>\(e(r.rule))</code> \(e(TextReport.source(r, language: language)))"
                }
                out += "</li>\n"
            }
            if let r = swot.coreProblem?.reason {
                out +=
                    "<li>\(e(phrases[.coreProblem])): <code>\(e(r.rule))</code> \(e(TextReport.source(r, language: language)))</li>\n"
            }
            out += "</ul>\n"
        }
        if let ranking = report.options {
            out += "<h3>\(e(phrases[.options]))</h3>\n"
            let builder = DocumentBuilder(language: language)
            for o in ranking.options {
                out += "<p><strong>\(e(builder.optionTitle(o)))</strong></p>\n<ul>\n"
                for r in o.rejections {
                    out += "<li>\(e(phrases[.knockOut])) (\(e(text.label(r.criterion, ranking))))"
                    if let reason = r.reason {
                        out +=
                            ": <code>\(e(reason.rule))</code> \(e(TextReport.source(reason, language: language))): \(e(text.t(reason.because, "")))"
                    }
                    out += "</li>\n"
                }
                for (criterion, r) in o.reasons {
                    let points = (r.amount >= 0 ? "+" : "") + text.n(r.amount)
                    out +=
                        "<li>\(e(text.label(criterion, ranking))) \(e(points)): <code>\(e(r.rule))</code> \(e(TextReport.source(r, language: language))): \(e(text.t(r.because, "")))</li>\n"
                }
                out += "</ul>\n"
            }
        }
        if !report.expectations.isEmpty {
            out += "<h3>\(e(phrases[.expectations]))</h3>\n<ul>\n"
            for x in report.expectations {
                let got =
                    x.met
                    ? "" : " (\(phrases[.got]): \(x.actual.map { text.t(x.actualLabel, $0) } ?? phrases[.nothing]))"
                out +=
                    "<li>\(e(x.met ? phrases[.met] : phrases[.notMet])): \(e(text.t(x.topicLabel, x.topic))) = \(e(text.t(x.expectedLabel, x.expected)))\(e(got))</li>\n"
            }
            out += "</ul>\n"
        }
        if let trace = report.trace {
            out += "<h3>\(e(phrases[.trace]))</h3>\n<pre>\(e(text.trace(trace)))</pre>\n"
        }
        if !explanation.isEmpty { out += "<h3>\(e(phrases[.how]))</h3>\n<pre>\(e(explanation))</pre>\n" }
        out += "<p class=\"legend\">\(e(phrases[.legend]))</p>\n<p class=\"legend\">\(e(phrases[.combineLegend]))</p>\n"
        return out + "</section>\n"
    }

    /// The rules behind a conclusion: name, sources, what each added and how it combined.
    func reasons(_ reasons: [Reason], arithmetic: Bool) -> String {
        var out = "<ul>\n"
        for r in reasons {
            let sum =
                "\(text.n(r.ruleCertainty)) × \(text.n(r.premise)) = \(text.n(r.amount)); \(text.n(r.before)) ⊕ \(text.n(r.amount)) = \(text.n(r.after))"
            out +=
                "<li><code>\(e(r.rule))</code> \(e(TextReport.source(r, language: language))): \(e(sum)). \(e(text.t(r.because, "")))</li>\n"
        }
        return out + "</ul>\n"
    }
}
