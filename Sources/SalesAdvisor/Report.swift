import RuleLanguage

/// What a rule contributed to a conclusion, a score or a fact: the rule, its source and confidence
/// tag, the `because` text with its placeholders filled (per language), and the numbers.
public struct Reason: Sendable {
    /// The rule's name.
    public let rule: String
    /// Source keys from the rule's `source` line (`A4 S6 S13`), if any.
    public let source: String?
    /// `T` textbook, `P` other published source, `I` our inference.
    public let confidence: String?
    /// Where the rule is declared: `rules/sales/approach.rules:42`.
    public let location: String
    /// The rule's `because` text per language, placeholders filled.
    public let because: Texts
    /// For a conclusion: the rule's certainty, the premise's, their product, and the combined
    /// certainty before and after. For a score: `points` only.
    public var ruleCertainty: Double = 0
    /// The premise's certainty: the least of the matched facts'.
    public var premise: Double = 1
    /// What it added: rule certainty × premise (for a score: the points).
    public var amount: Double = 0
    /// The combined certainty before this contribution.
    public var before: Double = 0
    /// The combined certainty after it.
    public var after: Double = 0
}

/// A value of a topic with its combined certainty and every contribution.
public struct RankedValue: Sendable {
    /// The value's name (`account-management`).
    public let value: String
    /// The value's label per language.
    public let label: Texts
    /// The combined certainty, from -1 to 1.
    public let certainty: Double
    /// 1 for the recommendation; values held back by a cap come after the others.
    public let rank: Int
    /// Set when a cap keeps the value from being recommended: the cap's value and the rule that set it.
    public let cappedBy: (value: String, reason: Reason)?
    /// Every rule that spoke for or against it, in firing order.
    public let contributions: [Reason]
}

/// A topic the run concluded about: a goal (one value recommended) or a list (warnings, KPIs).
public struct TopicResult: Sendable {
    /// The attribute's name (`approach`).
    public let topic: String
    /// The topic's label per language (`Aanbevolen verkoopbenadering`).
    public let label: Texts
    /// Whether it is a goal (one value recommended) rather than a list.
    public let isGoal: Bool
    /// Its values, best first (capped values after the others).
    public let values: [RankedValue]
    /// True when the top two values have the same certainty and the order of the enumeration decided.
    public let isTie: Bool
    /// Every value of the topic's enumeration by its label per language, also those the run did not
    /// conclude (a cap may name one).
    public internal(set) var labels: [String: Texts] = [:]
    /// A value's label per language: `label(of: "system-selling")`.
    public func label(of value: String) -> Texts? { values.first { $0.value == value }?.label ?? labels[value] }
    /// What each value means, per language (the knowledge base's `definition` facts), by value.
    public internal(set) var definitions: [String: Texts] = [:]
    /// Set when the runner-up is close behind the recommendation (``CloseCall``).
    public internal(set) var closeCall: CloseCall?
    /// Values the rules only spoke against (a certainty of 0 or below), with the rules that did.
    public var against: [(value: String, label: Texts, certainty: Double, rules: [String])] = []

    /// The recommendation: the best value with a positive certainty that no cap holds back.
    public var top: RankedValue? { values.first { $0.cappedBy == nil && $0.certainty > 0 } }
    /// The next value with a positive certainty after the recommendation.
    public var runnerUp: RankedValue? {
        guard let top else { return nil }
        return values.first { $0.value != top.value && $0.certainty > 0 }
    }
}

/// A KPI in its balanced-scorecard perspective, weighted by the run.
public struct KPIResult: Sendable {
    /// The KPI's name.
    public let kpi: String
    /// Its label per language.
    public let label: Texts
    /// Its balanced-scorecard perspective (`financial`, `customer`, `internal-process`, `learning`).
    public let perspective: String
    /// The perspective's label per language.
    public let perspectiveLabel: Texts
    /// Its weight for this situation (its certainty).
    public let weight: Double
    /// How often it is reviewed and by whom (E1), with their texts.
    public let frequency: String
    /// The review frequency's label per language.
    public let frequencyLabel: Texts
    /// Who follows it (our default, tagged [I]).
    public let owner: String
    /// The owner's label per language.
    public let ownerLabel: Texts
}

/// The SWOT part of a report: items, the scored confrontation matrix, issues and the core problem.
public struct SwotResult: Sendable {
    /// An item's code as a reader knows it: the quadrant's letter and its place there (`S1`, `W2`;
    /// in Dutch `S1`, `Z2`, `K1`, `B1`), in the order of rank and then of the list; the id for an
    /// item the list does not have.
    public func code(_ id: String, language: String) -> String {
        guard let item = items.first(where: { $0.id == id }) else { return id }
        let letters: [String: (en: String, nl: String)] = [
            "strength": ("S", "S"), "weakness": ("W", "Z"), "opportunity": ("O", "K"), "threat": ("T", "B"),
        ]
        guard let letter = letters[item.kind] else { return id }
        let quadrant = items.enumerated().filter { $0.element.kind == item.kind }
            .sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
        let place = (quadrant.firstIndex { $0.element.id == id } ?? 0) + 1
        return (language == "nl" ? letter.nl : letter.en) + String(place)
    }

    /// A SWOT item.
    public struct Item: Sendable {
        /// Its id in the scenario (`s1`).
        public let id: String
        /// `strength`, `weakness`, `opportunity` or `threat`.
        public let kind: String
        /// The kind's label per language.
        public let kindLabel: Texts
        /// What the scenario says, in the advice's language.
        public let text: String
        /// Its rank within its kind (1 first).
        public let rank: Int
    }
    /// A scored cell of the confrontation matrix.
    public struct Pair: Sendable {
        /// The strength or weakness, by id.
        public let `internal`: String
        /// The opportunity or threat, by id.
        public let external: String
        /// The score, from -2 (very threatening) to +2 (very promising).
        public let score: Int
    }
    /// A strategic issue the rules drew from the matrix.
    public struct Issue: Sendable {
        /// Its kind (an opportunity, defence or problem issue).
        public let kind: String
        /// The internal item, by id.
        public let `internal`: String
        /// The external item, by id.
        public let external: String
        /// The pair's score.
        public let score: Int
        /// The rule that made it, with its question-shaped text.
        public let reason: Reason?
    }
    /// The SWOT items, by kind and rank.
    public let items: [Item]
    /// The scored pairs.
    public let pairs: [Pair]
    /// The strategic issues, strongest first.
    public let issues: [Issue]
    /// Cause → effect → conclusion (C6): as the scenario states it, or derived by the rules, with
    /// the effect and the conclusion in each language.
    public let coreProblem: (cause: String, effect: Texts, conclusion: Texts, reason: Reason?)?
}

/// One option with its scores per criterion, total, rank and reasons.
public struct OptionResult: Sendable {
    /// The option's name in the scenario (the baseline `continue-as-is` is the knowledge base's).
    public let name: String
    /// Its title, in the advice's language (may be empty).
    public let title: String
    /// Raw points and the 1–5 scale, by criterion name.
    public let raw: [String: Double]
    /// The 1–5 scale, by criterion name.
    public let scaled: [String: Double]
    /// The weighted total of the scaled scores.
    public let total: Double
    /// Its rank among the options that were not rejected.
    public let rank: Int
    /// Whether a knock-out or a threshold rejected it.
    public let rejected: Bool
    /// Why it was rejected: knock-out rules, or a scaled score below a criterion's threshold.
    public let rejections: [(criterion: String, reason: Reason?, scaled: Double?)]
    /// Every score contribution with its criterion.
    public let reasons: [(criterion: String, reason: Reason)]
}

/// How far one criterion's weight can move (the others scaled to keep the sum 1) before another
/// option wins.
public struct WeightSensitivity: Sendable {
    /// The criterion.
    public let criterion: String
    /// Its weight now (normalised).
    public let weight: Double
    /// The winner stays the same for weights in `low ... high`.
    public let low: Double
    /// The highest weight at which the winner stays.
    public let high: Double
    /// Who wins just below `low` and just above `high` (nil at the ends 0 and 1).
    public let winnerBelow: String?
    /// Who wins just above `high` (nil at 1).
    public let winnerAbove: String?
}

/// A criterion options are scored on (suitability, feasibility, acceptability).
public struct Criterion: Sendable, Hashable {
    /// The criterion's name.
    public let name: String
    /// Its label per language.
    public let label: Texts
    /// Its weight as given (the renderers normalise the weights).
    public let weight: Double
    /// The most raw points the rules can give on it.
    public let max: Double
    /// The scaled score (1–5) below which an option is rejected; 0: none.
    public let threshold: Double
}

/// The options ranked on the criteria, with the sensitivity of the choice to the weights.
public struct OptionRanking: Sendable {
    /// The option the knowledge base always adds (`continue-as-is`): its name is ours, so reports
    /// show it in their language (`doorgaan-zoals-nu`) and explanations take either.
    public static let baseline = "continue-as-is"

    /// The criteria, in the knowledge base's order.
    public let criteria: [Criterion]
    /// Every option, ranked first, rejected ones after.
    public let options: [OptionResult]
    /// How far each weight can move before another option wins.
    public let sensitivity: [WeightSensitivity]
    /// The best option that was not rejected.
    public var winner: OptionResult? { options.first { !$0.rejected } }
}

/// One step of the sales plan and what the run puts in it.
public struct PlanStep: Sendable {
    /// The step's name (`strategic-context`).
    public let step: String
    /// Its title per language.
    public let label: Texts
    /// What the run puts in it, as rendered lines.
    public let topics: [String]
}

/// One firing, for `--trace`.
public struct TraceEntry: Sendable {
    /// The firing's number.
    public let cycle: Int
    /// The rule's name.
    public let rule: String
    /// The rule's variables and their values.
    public let bindings: [(name: String, value: String)]
    /// The facts it matched, as written.
    public let matched: [String]
    /// The facts it asserted.
    public let asserted: [String]
    /// The facts it retracted.
    public let retracted: [String]
    /// The conclusions it changed.
    public let concluded: [String]
}

/// An expectation of the scenario and whether the run met it.
public struct ExpectationResult: Sendable {
    /// The topic expected (`approach`, `option`, `rejected`).
    public let topic: String
    /// The value expected.
    public let expected: String
    /// What the run gave (nil: nothing).
    public let actual: String?
    /// The topic's label and the values' labels, by language (empty where there are none:
    /// options are named by the scenario).
    public var topicLabel: Texts = [:]
    /// The expected value's label per language.
    public var expectedLabel: Texts = [:]
    /// The actual value's label per language.
    public var actualLabel: Texts = [:]
    /// Whether the run met it.
    public var met: Bool { actual == expected }

    /// An expectation's result, without labels.
    public init(topic: String, expected: String, actual: String?) {
        self.topic = topic
        self.expected = expected
        self.actual = actual
    }
}

/// The advice for one situation, independent of language and format; the renderers write it.
public struct Report: Sendable {
    /// The situation's name (the scenario's file name, or `situation`).
    public let name: String
    /// Its title, in the advice's language.
    public let title: String?
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

    /// Names the program gives a situation that has none of its own (answers given with --set, a
    /// consultation): words of the program, never shown as the customer's name.
    public static let programNames: Set<String> = ["situation", "consultation"]

    /// The topic called `name`, if the run concluded about it.
    public func topic(_ name: String) -> TopicResult? { topics.first { $0.topic == name } }

    /// The list topics a report shows as lists: not the KPIs (a table of their own) and not the
    /// notes for the plan (they stand in the plan's steps).
    public var listTopics: [TopicResult] {
        topics.filter { !$0.isGoal && $0.topic != "kpi" && $0.topic != "plan-note" }
    }
}
