/// A report as one short object, for streams of many accounts (`evaluate --jsonl`): the
/// situation, the advice per goal, every conclusion without its texts and explanation, the KPIs,
/// the options' ranking and the expectations. `--jsonl --explain` writes the full report
/// (``JSONReport/value(_:)``) with the how-trees instead. Written straight into bytes: a line per
/// account is written once, so no tree of values is built for it.
extension JSONReport {
    /// The report in its compact form, on one line (docs/scenarios.md, "JSON lines out").
    public func compactLine(_ report: Report) -> String {
        var w = JSONLineWriter()
        w.object { w in
            w.key("schemaVersion")
            w.integer(JSONReport.schemaVersion)
            w.key("scenario")
            w.string(report.name)
            w.key("title")
            w.string(report.title)
            w.key("language")
            w.string(language.rawValue)
            w.key("situation")
            w.object { w in
                for a in report.answers {
                    w.key(text: a.name)
                    w.string(a.value)
                }
            }
            w.key("advice")
            w.object { w in
                for topic in report.topics where topic.isGoal {
                    w.key(text: topic.topic)
                    advice(topic, into: &w)
                }
            }
            w.key("conclusions")
            w.array { w in
                for topic in report.topics {
                    let recommended = topic.isGoal ? topic.top?.value : nil
                    for v in topic.values {
                        w.object { w in
                            w.key("topic")
                            w.string(topic.topic)
                            w.key("value")
                            w.string(v.value)
                            w.key("certainty")
                            w.number(v.certainty)
                            w.key("rank")
                            w.integer(v.rank)
                            w.key("recommended")
                            w.bool(recommended == v.value)
                        }
                    }
                }
            }
            w.key("kpis")
            w.array { w in for k in report.kpis { w.string(k.kpi) } }
            w.key("options")
            w.array { w in
                for o in report.options?.options ?? [] {
                    w.object { w in
                        w.key("name")
                        w.string(o.name)
                        w.key("total")
                        w.number(o.total)
                        w.key("rank")
                        w.integer(o.rank)
                        w.key("rejected")
                        w.bool(o.rejected)
                    }
                }
            }
            w.key("winner")
            w.string(report.options?.winner?.name)
            w.key("expectationsMet")
            w.bool(report.expectations.isEmpty ? nil : report.expectations.allSatisfy(\.met))
            w.key("firings")
            w.integer(report.firings)
        }
        return w.text
    }

    /// A goal's advice: the value with its label and certainty, the runner-up, and how close the
    /// call was (null when it is not close); null when nothing is recommended.
    func advice(_ topic: TopicResult, into w: inout JSONLineWriter) {
        guard let top = topic.top else { return w.string(nil) }
        w.object { w in
            w.key("value")
            w.string(top.value)
            w.key("label")
            w.string(pick(top.label, language) ?? top.value)
            w.key("certainty")
            w.number(top.certainty)
            w.key("runnerUp")
            w.string(topic.runnerUp?.value)
            w.key("runnerUpCertainty")
            w.number(topic.runnerUp?.certainty)
            w.key("closeCallMargin")
            w.number(topic.closeCall?.margin)
        }
    }
}
