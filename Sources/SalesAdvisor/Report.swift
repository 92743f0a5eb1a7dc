import RuleLanguage

/// What a rule contributed to a conclusion, a score or a fact: the rule, its source and confidence
/// tag, the `because` text with its placeholders filled (per language), and the numbers.
public struct Reason: Sendable {
    public let rule: String
    /// Source keys from the rule's `source` line (`A4 S6 S13`), if any.
    public let source: String?
    /// `T` textbook, `P` other published source, `I` our inference.
    public let confidence: String?
    /// Where the rule is declared: `rules/sales/approach.rules:42`.
    public let location: String
    public let because: Texts
    /// For a conclusion: the rule's certainty, the premise's, their product, and the combined
    /// certainty before and after. For a score: `points` only.
    public var ruleCertainty: Double = 0
    public var premise: Double = 1
    public var amount: Double = 0
    public var before: Double = 0
    public var after: Double = 0
}

/// A value of a topic with its combined certainty and every contribution.
public struct RankedValue: Sendable {
    public let value: String
    public let label: Texts
    public let certainty: Double
    /// 1 for the recommendation; values held back by a cap come after the others.
    public let rank: Int
    /// Set when a cap keeps the value from being recommended: the cap's value and the rule that set it.
    public let cappedBy: (value: String, reason: Reason)?
    public let contributions: [Reason]
}

/// A topic the run concluded about: a goal (one value recommended) or a list (warnings, KPIs).
public struct TopicResult: Sendable {
    public let topic: String
    public let label: Texts
    public let isGoal: Bool
    public let values: [RankedValue]
    /// True when the top two values have the same certainty and the order of the enumeration decided.
    public let isTie: Bool
    /// Values the rules only spoke against (a certainty of 0 or below), with the rules that did.
    public var against: [(value: String, label: Texts, certainty: Double, rules: [String])] = []

    public var top: RankedValue? { values.first { $0.cappedBy == nil && $0.certainty > 0 } }
    public var runnerUp: RankedValue? {
        guard let top else { return nil }
        return values.first { $0.value != top.value && $0.certainty > 0 }
    }
}

/// A KPI in its balanced-scorecard perspective, weighted by the run.
public struct KPIResult: Sendable {
    public let kpi: String
    public let label: Texts
    public let perspective: String
    public let perspectiveLabel: Texts
    public let weight: Double
    /// How often it is reviewed and by whom (E1), with their texts.
    public let frequency: String
    public let frequencyLabel: Texts
    public let owner: String
    public let ownerLabel: Texts
}

/// The SWOT part of a report: items, the scored confrontation matrix, issues and the core problem.
public struct SwotResult: Sendable {
    public struct Item: Sendable {
        public let id: String
        public let kind: String
        public let kindLabel: Texts
        public let text: String
        public let rank: Int
    }
    public struct Pair: Sendable {
        public let internal_: String
        public let external: String
        public let score: Int
    }
    public struct Issue: Sendable {
        public let kind: String
        public let internal_: String
        public let external: String
        public let score: Int
        public let reason: Reason?
    }
    public let items: [Item]
    public let pairs: [Pair]
    public let issues: [Issue]
    /// Cause → effect → conclusion (C6): as the scenario states it, or derived by the rules, with
    /// the effect and the conclusion in each language.
    public let coreProblem: (cause: String, effect: Texts, conclusion: Texts, reason: Reason?)?
}

/// One option with its scores per criterion, total, rank and reasons.
public struct OptionResult: Sendable {
    public let name: String
    public let title: String
    /// Raw points and the 1–5 scale, by criterion name.
    public let raw: [String: Double]
    public let scaled: [String: Double]
    public let total: Double
    public let rank: Int
    public let rejected: Bool
    /// Why it was rejected: knock-out rules, or a scaled score below a criterion's threshold.
    public let rejections: [(criterion: String, reason: Reason?, scaled: Double?)]
    /// Every score contribution with its criterion.
    public let reasons: [(criterion: String, reason: Reason)]
}

/// How far one criterion's weight can move (the others scaled to keep the sum 1) before another
/// option wins.
public struct WeightSensitivity: Sendable {
    public let criterion: String
    public let weight: Double
    /// The winner stays the same for weights in `low ... high`.
    public let low: Double
    public let high: Double
    /// Who wins just below `low` and just above `high` (nil at the ends 0 and 1).
    public let winnerBelow: String?
    public let winnerAbove: String?
}

public struct Criterion: Sendable, Hashable {
    public let name: String
    public let label: Texts
    public let weight: Double
    public let max: Double
    public let threshold: Double
}

public struct OptionRanking: Sendable {
    /// The option the knowledge base always adds (`continue-as-is`): its name is ours, so reports
    /// show it in their language (`doorgaan-zoals-nu`) and explanations take either.
    public static let baseline = "continue-as-is"

    public let criteria: [Criterion]
    public let options: [OptionResult]
    public let sensitivity: [WeightSensitivity]
    public var winner: OptionResult? { options.first { !$0.rejected } }
}

/// One step of the sales plan and what the run puts in it.
public struct PlanStep: Sendable {
    public let step: String
    public let label: Texts
    public let topics: [String]
}

/// One firing, for `--trace`.
public struct TraceEntry: Sendable {
    public let cycle: Int
    public let rule: String
    public let bindings: [(name: String, value: String)]
    public let matched: [String]
    public let asserted: [String]
    public let retracted: [String]
    public let concluded: [String]
}

/// An expectation of the scenario and whether the run met it.
public struct ExpectationResult: Sendable {
    public let topic: String
    public let expected: String
    public let actual: String?
    /// The topic's label and the values' labels, by language (empty where there are none:
    /// options are named by the scenario).
    public var topicLabel: Texts = [:]
    public var expectedLabel: Texts = [:]
    public var actualLabel: Texts = [:]
    public var met: Bool { actual == expected }

    public init(topic: String, expected: String, actual: String?) {
        self.topic = topic
        self.expected = expected
        self.actual = actual
    }
}

/// The advice for one situation, independent of language and format; the renderers write it.
public struct Report: Sendable {
    public let name: String
    public let title: String?
    /// The answers given: name, value, and their labels.
    public let answers: [(name: String, value: String, label: Texts, valueLabel: Texts)]
    public let topics: [TopicResult]
    public let kpis: [KPIResult]
    public let swot: SwotResult?
    public let options: OptionRanking?
    public let plan: [PlanStep]
    public let trace: [TraceEntry]?
    public let expectations: [ExpectationResult]
    public let firings: Int

    public func topic(_ name: String) -> TopicResult? { topics.first { $0.topic == name } }

    /// The list topics a report shows as lists: not the KPIs (a table of their own) and not the
    /// notes for the plan (they stand in the plan's steps).
    public var listTopics: [TopicResult] { topics.filter { !$0.isGoal && $0.topic != "kpi" && $0.topic != "plan-note" } }
}
