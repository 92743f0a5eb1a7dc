import Foundation
import RuleLanguage

/// A recommendation whose runner-up is close behind: the verdict says so, and names the answers
/// that would tip it (docs/explanations.md, "Close calls").
///
/// MYCIN's combination of positive evidence, `a + b(1 − a)`, is addition on the scale
/// `−ln(1 − c)`: there every rule adds its own weight, and ten rules of 0.2–0.5 saturate the
/// certainty near 1 while still differing in weight. The margin is therefore measured on that
/// scale, and a call is close when the runner-up is less than one rule of certainty 0.40 behind
/// (the middle of the knowledge base's rule certainties): one more such rule for the runner-up, or
/// one fewer for the recommendation, would turn the advice around. Certainties of 0.97 and 0.95
/// are 0.51 apart on that scale, exactly such a rule; 0.60 and 0.45 are 0.32 apart.
public struct CloseCall: Sendable {
    /// The runner-up that is close behind.
    public let runnerUp: String
    /// The runner-up's label per language.
    public let runnerUpLabel: Texts
    /// The gap between recommendation and runner-up as weight of evidence, `−ln(1 − c)`.
    public let margin: Double
    /// Answers that would make the runner-up the recommendation (at most two, in the knowledge
    /// base's question order); empty until the evaluation looked for them.
    public internal(set) var tippedBy: [Tip] = []
    /// Whether the evaluation looked for tipping answers (``Evaluation/findsTips``).
    public internal(set) var searched = false

    /// One answer that tips the call: a question and the value that would do it.
    public struct Tip: Sendable {
        /// The question's name.
        public let question: String
        /// The question's label per language.
        public let questionLabel: Texts
        /// The value that tips it.
        public let value: String
        /// The value's label per language.
        public let valueLabel: Texts
        /// The answer given now, if any.
        public let current: String?
        /// The current answer's label per language.
        public let currentLabel: Texts
    }

    /// The largest gap that still counts as close: one rule of certainty 0.40.
    public static let threshold = weight(0.40)

    /// A certainty's weight of evidence: `−ln(1 − c)`, 0 for no positive evidence, bounded near 1.
    public static func weight(_ certainty: Double) -> Double {
        guard certainty > 0 else { return 0 }
        return -log(1 - min(certainty, 0.999_999))
    }

    /// The close call of a goal, if its runner-up (not held back by a cap) is within the threshold.
    static func of(_ topic: TopicResult) -> CloseCall? {
        guard topic.isGoal, let top = topic.top, let second = topic.runnerUp, second.cappedBy == nil else { return nil }
        let margin = weight(top.certainty) - weight(second.certainty)
        guard margin < threshold else { return nil }
        return CloseCall(runnerUp: second.value, runnerUpLabel: second.label, margin: max(0, margin))
    }
}

extension Evaluation {
    /// Fills in, for every close call of `run`'s report, the answers that would tip it: a given
    /// answer changed, or an open question (one without a precondition) answered. One re-run per
    /// alternative, only for reports that have a close call.
    public func findTips(_ run: Run) throws(Failure) -> Report {
        var report = run.report
        let close = report.topics.indices.filter { report.topics[$0].closeCall != nil }
        guard !close.isEmpty else { return report }
        for i in close { report.topics[i].closeCall?.searched = true }
        for q in kb.ruleBase.questions {
            let current = run.situation.answer(q.name)
            guard current != nil || q.precondition.isEmpty else { continue }
            for v in kb.values(ofAttribute: q.attribute) where v != current {
                guard close.contains(where: { (report.topics[$0].closeCall?.tippedBy.count ?? 2) < 2 }) else {
                    return report
                }
                let situation: Situation
                do { situation = try run.situation.with(answer: q.name, value: v, kb: kb) } catch { continue }
                let tops = try self.tops(situation).tops
                for i in close {
                    // One answer per question: the first of its values that tips the call.
                    guard var call = report.topics[i].closeCall, call.tippedBy.count < 2,
                        !call.tippedBy.contains(where: { $0.question == q.name }),
                        tops[report.topics[i].topic] == call.runnerUp
                    else { continue }
                    call.tippedBy.append(
                        CloseCall.Tip(
                            question: q.name, questionLabel: kb.label(ofAttribute: q.attribute), value: v,
                            valueLabel: kb.valueTexts(v, ofAttribute: q.attribute) ?? [:], current: current,
                            currentLabel: current.flatMap { kb.valueTexts($0, ofAttribute: q.attribute) } ?? [:]))
                    report.topics[i].closeCall = call
                }
            }
        }
        return report
    }
}
