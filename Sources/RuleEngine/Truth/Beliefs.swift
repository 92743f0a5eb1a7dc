/// What the rules have concluded with a certainty (`conclude`) and the points they have given
/// (`score`), each kept once per key in the order first made, with a hashed index to find it.
struct Beliefs {
    /// The conclusions, one per attribute and value.
    private(set) var conclusions: [Conclusion] = []
    /// The scores, one per option and criterion.
    private(set) var scores: [Score] = []
    private var conclusionIndex: [ConclusionKey: Int] = [:]
    private var scoreIndex: [ScoreKey: Int] = [:]

    /// Adds `points` to the score of `key` (a new score when there is none).
    mutating func score(_ key: ScoreKey, _ contribution: ScoreContribution) {
        if let i = scoreIndex[key] {
            scores[i].total += contribution.points
            scores[i].contributions.append(contribution)
        } else {
            scoreIndex[key] = scores.count
            scores.append(
                Score(
                    option: key.option, criterion: key.criterion, total: contribution.points,
                    contributions: [contribution]))
        }
    }

    /// Combines a contribution of `added` into the conclusion of `key` (MYCIN's rule) and returns
    /// the certainty before and after.
    mutating func conclude(
        _ key: ConclusionKey, added: Double, _ contribution: (_ before: Double, _ after: Double) -> Contribution
    ) -> (before: Double, after: Double) {
        let index: Int
        if let i = conclusionIndex[key] {
            index = i
        } else {
            index = conclusions.count
            conclusionIndex[key] = index
            conclusions.append(Conclusion(template: key.template, value: key.value, certainty: 0, contributions: []))
        }
        let before = conclusions[index].certainty
        let after = Certainty.combine(before, added)
        conclusions[index].certainty = after
        conclusions[index].contributions.append(contribution(before, after))
        return (before, after)
    }

    /// The contributions to the conclusion of `key` (empty when there is none).
    func contributions(_ key: ConclusionKey) -> [Contribution] {
        conclusionIndex[key].map { conclusions[$0].contributions } ?? []
    }

    /// Takes back the contributions of `firing` to the conclusion of `key` and combines the rest
    /// again, in the order they came: the new certainty, or nil when there was no such conclusion.
    /// A conclusion left without contributions goes (certainty 0).
    mutating func withdraw(_ key: ConclusionKey, firing: Int) -> Double? {
        guard let index = conclusionIndex[key] else { return nil }
        var certainty = 0.0
        var kept: [Contribution] = []
        for c in conclusions[index].contributions where c.firing != firing {
            let after = Certainty.combine(certainty, c.certainty)
            kept.append(
                Contribution(
                    firing: c.firing, rule: c.rule, ruleCertainty: c.ruleCertainty, premise: c.premise,
                    certainty: c.certainty, before: certainty, after: after, because: c.because,
                    bindings: c.bindings))
            certainty = after
        }
        if kept.isEmpty {
            conclusions.remove(at: index)
            conclusionIndex = [:]
            for (i, c) in conclusions.enumerated() {
                conclusionIndex[ConclusionKey(template: c.template, value: c.value)] = i
            }
        } else {
            conclusions[index].contributions = kept
            conclusions[index].certainty = certainty
        }
        return certainty
    }
}

/// A conclusion's key: its template (the attribute) and value.
struct ConclusionKey: Hashable {
    let template: Int
    let value: Value
}

/// A score's key: the option and the criterion.
struct ScoreKey: Hashable {
    let option: Value
    let criterion: Value
}
