import RuleLanguage

/// Why an option is not the one chosen: knocked out (by which rules, on which criterion), or
/// ranked lower (its scores on each criterion against the winner's, and the weights).
public struct WhyNotOption: Sendable {
    /// The option asked about.
    public let option: OptionResult
    /// The option that won, if any.
    public let winner: OptionResult?
    /// The criteria, for comparing scores.
    public let criteria: [Criterion]
    /// The weights as used (normalised to sum 1).
    public let weights: [String: Double]
}

extension Explainer {
    /// Why an option was knocked out or ranked below the winner.
    public func whyNot(option typed: String) throws(InputError) -> WhyNotOption {
        let name =
            ["doorgaan-zoals-nu", "doorgaan zoals nu", "continue as is"].contains(typed.lowercased())
            ? OptionRanking.baseline : typed
        guard let ranking = run.report.options else { throw InputError("this situation has no options to rank") }
        guard let option = ranking.options.first(where: { $0.name == name }) else {
            let names = ranking.options.map(\.name)
            var m = "this situation has no option '\(name)'"
            if let best = Situation.suggest(name, in: names) { m += "; did you mean '\(best)'?" }
            throw InputError(m + "; its options are: \(names.joined(separator: ", "))")
        }
        let total = ranking.criteria.reduce(0) { $0 + $1.weight }
        let weights = Dictionary(
            ranking.criteria.map { ($0.name, total > 0 ? $0.weight / total : 0) },
            uniquingKeysWith: { first, _ in first })
        return WhyNotOption(option: option, winner: ranking.winner, criteria: ranking.criteria, weights: weights)
    }
}

extension ExplanationText {
    /// The explanation as text.
    public func whyNot(option w: WhyNotOption) -> String {
        let o = w.option
        var out = heading("\(say[.whyNot]) \(say[.option]) \(TextReport(language: language).optionName(o.name))?")
        let indent = markdown ? "" : "  "
        let label = { (c: String) in self.t(w.criteria.first { $0.name == c }?.label, c) }
        if o.rejected {
            out += wrap(say[.optionKnockedOut], indent)
            for r in o.rejections {
                if let reason = r.reason {
                    out += wrap(
                        "\(markdown ? "- " : "")\(label(r.criterion)): \(code(reason.rule)) \(TextReport.source(reason, language: language)): \(t(reason.because, ""))",
                        indent + "  ")
                } else if let s = r.scaled {
                    out += wrap(
                        "\(markdown ? "- " : "")\(label(r.criterion)): \(say[.belowThreshold]) (\(n(s)))",
                        indent + "  ")
                }
            }
            return out
        }
        guard let winner = w.winner, winner.name != o.name else {
            out += wrap(say[.optionIsWinner], indent)
            return out
        }
        out += wrap(
            say[.optionRanked].replacing("{rank}", with: String(o.rank)).replacing(
                "{winner}", with: TextReport(language: language).optionName(winner.name)
            )
            .replacing("{total}", with: n(o.total)).replacing("{winnerTotal}", with: n(winner.total)), indent)
        for c in w.criteria {
            let mine = o.scaled[c.name] ?? 1
            let theirs = winner.scaled[c.name] ?? 1
            let weight = w.weights[c.name] ?? 0
            out += wrap(
                "\(markdown ? "- " : "")\(label(c.name)) (\(say[.weight]) \(n(weight))): \(n(mine)) \(say[.against]) \(n(theirs))"
                    + (mine < theirs ? " (\(n((theirs - mine) * weight)) \(say[.behindWeighted]))" : ""),
                indent + "  ")
        }
        return out
    }
}

extension ExplanationJSON {
    /// `{option, rank, rejected, total, knockOuts: [{criterion, rule}], winner, scores: {criterion: {option, winner, weight}}}`.
    public func whyNot(option w: WhyNotOption) -> JSONValue {
        let o = w.option
        var fields: [(String, JSONValue)] = [
            ("option", .string(o.name)), ("rank", .integer(o.rank)), ("rejected", .bool(o.rejected)),
            ("total", .number(o.total)),
            (
                "knockOuts",
                .array(
                    o.rejections.map { r in
                        .object([
                            ("criterion", .string(r.criterion)), ("rule", r.reason.map { reasons.reason($0) } ?? .null),
                            ("scaled", r.scaled.map { .number($0) } ?? .null),
                        ])
                    })
            ),
        ]
        if let winner = w.winner {
            fields.append(("winner", .string(winner.name)))
            fields.append(("winnerTotal", .number(winner.total)))
            fields.append(
                (
                    "scores",
                    .object(
                        w.criteria.map { c in
                            (
                                c.name,
                                .object([
                                    ("option", .number(o.scaled[c.name] ?? 1)),
                                    ("winner", .number(winner.scaled[c.name] ?? 1)),
                                    ("weight", .number(w.weights[c.name] ?? 0)),
                                ])
                            )
                        })
                ))
        }
        return .object(fields)
    }
}
