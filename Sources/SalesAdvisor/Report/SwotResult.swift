import RuleLanguage

/// The SWOT part of a report: items, the scored confrontation matrix, issues and the core problem.
public struct SwotResult: Sendable {
    /// An item's code as a reader knows it: the quadrant's letter and its place there (`S1`, `W2`;
    /// in Dutch `S1`, `Z2`, `K1`, `B1`), in the order of rank and then of the list; the id for an
    /// item the list does not have.
    public func code(_ id: String, language: Language) -> String {
        guard let item = items.first(where: { $0.id == id }) else { return id }
        let letters: [String: (en: String, nl: String)] = [
            "strength": ("S", "S"), "weakness": ("W", "Z"), "opportunity": ("O", "K"), "threat": ("T", "B"),
        ]
        guard let letter = letters[item.kind] else { return id }
        let quadrant = items.enumerated().filter { $0.element.kind == item.kind }
            .sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
        let place = (quadrant.firstIndex { $0.element.id == id } ?? 0) + 1
        return (language == .nl ? letter.nl : letter.en) + String(place)
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
