/// The arithmetic of option choice (docs/domain.md §2 D4): raw points → 1–5 scale per criterion, weighted
/// total, knock-outs, ranking with suitability as the tie-break, and weight sensitivity.
/// Pure functions over numbers, so the tests check them by hand.
public enum OptionScoring {
    /// The criterion that breaks ties (Wenstøp: suitability ranks lexicographically first).
    public static let tieBreak = "suitability"
    static let epsilon = 1e-9

    /// `1 + 4 × raw / max`, kept within 1…5.
    public static func scale(_ raw: Double, max: Double) -> Double {
        guard max > 0 else { return 1 }
        return 1 + 4 * Swift.min(Swift.max(raw / max, 0), 1)
    }

    /// The weighted total: Σ weight × scaled, with the weights normalised to sum 1.
    public static func total(_ scaled: [String: Double], weights: [String: Double]) -> Double {
        let sum = weights.values.reduce(0, +)
        guard sum > 0 else { return 0 }
        return weights.reduce(0) { $0 + $1.value / sum * (scaled[$1.key] ?? 1) }
    }

    /// Orders options: survivors first by total (higher first), then by the tie-break criterion,
    /// then by name; rejected options after them in the same order.
    public static func order(
        _ options: [(name: String, total: Double, tieBreak: Double, rejected: Bool)]
    ) -> [String] {
        options.sorted { a, b in
            if a.rejected != b.rejected { return !a.rejected }
            if abs(a.total - b.total) > epsilon { return a.total > b.total }
            if abs(a.tieBreak - b.tieBreak) > epsilon { return a.tieBreak > b.tieBreak }
            return a.name < b.name
        }.map(\.name)
    }

    /// The weights when `criterion` is set to `t` and the others keep their proportions, summing to 1.
    public static func shifted(_ weights: [String: Double], _ criterion: String, to t: Double) -> [String: Double] {
        let sum = weights.values.reduce(0, +)
        let own = (weights[criterion] ?? 0) / (sum > 0 ? sum : 1)
        let others = weights.keys.filter { $0 != criterion }
        var result: [String: Double] = [criterion: t]
        for k in others {
            let share = own < 1 ? (weights[k] ?? 0) / (sum > 0 ? sum : 1) / (1 - own) : 1 / Double(others.count)
            result[k] = share * (1 - t)
        }
        return result
    }

    /// The winner among the survivors under `weights`.
    public static func winner(_ survivors: [(name: String, scaled: [String: Double])], weights: [String: Double])
        -> String?
    {
        order(survivors.map { ($0.name, total($0.scaled, weights: weights), $0.scaled[tieBreak] ?? 0, false) }).first
    }

    /// For each criterion: the range of its weight over which the winner stays the same, found from
    /// the points where the winner's total line crosses another survivor's.
    public static func sensitivity(
        _ survivors: [(name: String, scaled: [String: Double])], weights: [String: Double], criteria: [String]
    ) -> [WeightSensitivity] {
        guard let current = winner(survivors, weights: weights) else { return [] }
        let sum = weights.values.reduce(0, +)
        return criteria.map { c in
            let w = (weights[c] ?? 0) / (sum > 0 ? sum : 1)
            // Totals are linear in t: total(t) = t × s_c + (1 − t) × rest. Crossings are where two lines meet.
            var points: [Double] = [0, 1]
            let lines = survivors.map { o -> (Double, Double) in
                let at0 = total(o.scaled, weights: shifted(weights, c, to: 0))
                let at1 = total(o.scaled, weights: shifted(weights, c, to: 1))
                return (at0, at1 - at0)
            }
            for i in lines.indices {
                for j in lines.indices where j > i {
                    let slope = lines[i].1 - lines[j].1
                    if abs(slope) > epsilon {
                        let t = (lines[j].0 - lines[i].0) / slope
                        if t > 0, t < 1 { points.append(t) }
                    }
                }
            }
            points.sort()
            // Walk outwards from the current weight while the winner stays (test between crossings).
            func winnerAt(_ t: Double) -> String? { winner(survivors, weights: shifted(weights, c, to: t)) }
            var low = 0.0
            var below: String?
            for p in points.reversed() where p < w - epsilon {
                let probe = p > 0 ? p - 1e-6 : p
                if let x = winnerAt(probe), x != current, p > 0 {
                    low = p
                    below = x
                    break
                }
            }
            if below == nil, let x = winnerAt(0), x != current { below = x }
            var high = 1.0
            var above: String?
            for p in points where p > w + epsilon {
                let probe = p < 1 ? p + 1e-6 : p
                if let x = winnerAt(probe), x != current, p < 1 {
                    high = p
                    above = x
                    break
                }
            }
            if above == nil, let x = winnerAt(1), x != current { above = x }
            return WeightSensitivity(
                criterion: c, weight: w, low: low, high: high, winnerBelow: below, winnerAbove: above)
        }
    }
}
