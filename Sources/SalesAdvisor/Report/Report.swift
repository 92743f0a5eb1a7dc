import RuleLanguage

/// The advice for one situation, independent of language and format; the renderers write it.
public struct Report: Sendable {
    /// The situation's name (the scenario's file name, or `situation`).
    public internal(set) var name: String
    /// Its title, in the advice's language.
    public internal(set) var title: String?
    /// The answers given: name, value, and their labels.
    public let answers: [(name: String, value: String, label: Texts, valueLabel: Texts)]
    /// Every topic concluded about: the goals first, then the lists.
    public internal(set) var topics: [TopicResult]
    /// The KPIs with their perspectives, weights, frequencies and owners.
    public let kpis: [KPIResult]
    /// The SWOT part, when the situation has SWOT items.
    public let swot: SwotResult?
    /// The option ranking, when the situation has options.
    public let options: OptionRanking?
    /// The sales plan outline, step by step.
    public let plan: [PlanStep]
    /// Every firing, when the evaluation recorded the trace.
    public let trace: [TraceEntry]?
    /// The scenario's expectations and whether they were met.
    public let expectations: [ExpectationResult]
    /// How many rules fired.
    public let firings: Int
    /// The perspective of the scorecard each success factor belongs to, by factor (the knowledge
    /// base's `csf-perspective` facts).
    public internal(set) var factorPerspectives: [String: String] = [:]

    /// Names the program gives a situation that has none of its own (answers given with --set, a
    /// consultation): words of the program, never shown as the customer's name.
    public static let programNames: Set<String> = ["situation", "consultation"]

    /// This report under another situation's name and title (a situation that differs in nothing
    /// else).
    func renamed(_ name: String, title: String?) -> Report {
        var report = self
        report.name = name
        report.title = title
        return report
    }

    /// The topic called `name`, if the run concluded about it.
    public func topic(_ name: String) -> TopicResult? { topics.first { $0.topic == name } }

    /// The list topics a report shows as lists: not the KPIs (a table of their own) and not the
    /// notes for the plan (they stand in the plan's steps).
    public var listTopics: [TopicResult] {
        topics.filter { !$0.isGoal && $0.topic != "kpi" && $0.topic != "plan-note" }
    }
}
