import RuleLanguage

/// A view of a customer base (`evaluate --summary`): the accounts per segment (the customer
/// class of the ABC analysis unless said otherwise), each goal's recommendation per segment, the
/// close calls, the options knocked out, and the accounts whose advice differs from their
/// segment's usual one. It keeps a few facts per account, not the reports, so a large export
/// summarises in little memory.
public struct PortfolioSummary: Sendable {
    /// What the summary keeps of one report.
    public struct Entry: Sendable {
        /// The account's id.
        public let id: String
        /// Its title (the customer's name), when it has one.
        public let title: String?
        /// The title of the option chosen, when options were given (the status quo by its name).
        public let option: String?
        /// Its segment's value (nil: not given).
        public let segment: String?
        /// Each goal's recommendation (nil: none), in the goals' order.
        public let advice: [String?]
        /// The goals whose recommendation was a close call.
        public let closeCalls: [String]
        /// The options knocked out, each with the criterion that knocked it out (and, for the
        /// reader, the option's title and the criterion's label).
        public let knockOuts: [KnockOut]

        /// The entry of `report`, for `goals` and the answer named `segment`.
        public init(_ report: Report, goals: [String], segment: String) {
            id = report.name
            title = report.title
            option = report.options?.winner.map { $0.title.isEmpty ? $0.name : $0.title }
            self.segment = report.answers.last { $0.name == segment }?.value
            advice = goals.map { report.topic($0)?.top?.value }
            closeCalls = goals.filter { report.topic($0)?.closeCall != nil }
            let criteria = report.options?.criteria ?? []
            knockOuts = (report.options?.options ?? []).flatMap { o in
                o.rejections.map { r in
                    KnockOut(
                        option: o.name, title: o.title, criterion: r.criterion,
                        label: criteria.first { $0.name == r.criterion }?.label ?? [:])
                }
            }
        }
    }

    /// An option knocked out on a criterion.
    public struct KnockOut: Sendable {
        /// The option's name.
        public let option: String
        /// The option's title (may be empty).
        public let title: String
        /// The criterion's name.
        public let criterion: String
        /// The criterion's label per language.
        public let label: Texts
    }

    /// The goals summarised, in the knowledge base's order.
    public let goals: [String]
    /// The question whose answer makes the segments (`customer-class`).
    public let segment: String
    /// The accounts, in the order they came.
    public private(set) var entries: [Entry] = []
    /// Accounts that gave no advice (a bad record, a failed run).
    public var failed = 0

    /// The segment's values in their order (the question's), so segments come A, B, C, D.
    public var order: [String] = []

    /// An empty summary of `goals` per value of the answer `segment`, whose values come in `order`.
    public init(goals: [String], segment: String = "customer-class", order: [String] = []) {
        self.goals = goals
        self.segment = segment
        self.order = order
    }

    /// Takes one account's entry.
    public mutating func add(_ entry: Entry) { entries.append(entry) }

    /// The segments' values in their `order` (others as first met, after them), the accounts
    /// without one last (nil).
    public var segments: [String?] {
        var seen: [String] = []
        for e in entries { if let s = e.segment, !seen.contains(s) { seen.append(s) } }
        let known = order.filter(seen.contains)
        let rest: [String?] = seen.filter { !order.contains($0) }
        return known + rest + (entries.contains { $0.segment == nil } ? [nil] : [])
    }

    /// The accounts of a segment.
    public func accounts(in segment: String?) -> [Entry] { entries.filter { $0.segment == segment } }

    /// How often each recommendation of goal `g` (by index) occurs among `accounts`, most first
    /// (ties in the order first met); nil is "no recommendation".
    public func counts(_ g: Int, among accounts: [Entry]) -> [(value: String?, count: Int)] {
        var order: [String?] = []
        var counts: [String?: Int] = [:]
        for e in accounts {
            let v = e.advice[g]
            if counts[v] == nil { order.append(v) }
            counts[v, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }.map(\.element)
    }

    /// The usual recommendation of goal `g` in a segment: the most frequent one, if any.
    public func usual(_ g: Int, in segment: String?) -> String? {
        counts(g, among: accounts(in: segment)).first { $0.value != nil }?.value ?? nil
    }

    /// The accounts of a segment whose recommendation of goal `g` is not the segment's usual one.
    public func differing(_ g: Int, in segment: String?) -> [Entry] {
        let usual = usual(g, in: segment)
        return accounts(in: segment).filter { $0.advice[g] != usual }
    }

    /// How many accounts had a close call on each goal.
    public var closeCalls: [(goal: String, count: Int)] {
        goals.map { g in (g, entries.filter { $0.closeCalls.contains(g) }.count) }
    }

    /// How often each option was knocked out, by criterion, most first.
    public var knockOuts: [(knockOut: KnockOut, count: Int)] {
        var order: [String] = []
        var counts: [String: (KnockOut, Int)] = [:]
        for e in entries {
            for k in e.knockOuts {
                let key = k.option + "\u{0}" + k.criterion
                if counts[key] == nil { order.append(key) }
                counts[key] = (k, (counts[key]?.1 ?? 0) + 1)
            }
        }
        return order.compactMap { counts[$0] }.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }.map { ($0.element.0, $0.element.1) }
    }
}
