import RuleLanguage

extension TextReport {
    func options(_ ranking: OptionRanking) -> String {
        var out = say[.options] + "\n"
        out +=
            "  \(say[.weights]): "
            + ranking.criteria.map { "\(t($0.label, $0.name)) \(n(normalised($0, ranking)))" }.joined(separator: ", ")
            + "\n"
        let nameWidth = max(8, (ranking.options.map { optionName($0.name).count }.max() ?? 0) + 2)
        out += "  " + pad(say[.rank], 5) + pad(say[.option], nameWidth)
        // Each criterion's column as wide as its label (never cut: "aanvaardbaarheid").
        let widths = ranking.criteria.map { max(t($0.label, $0.name).count + 2, 8) }
        for (c, w) in zip(ranking.criteria, widths) { out += pad(t(c.label, c.name), w) }
        out += say[.total] + "\n"
        for o in ranking.options {
            out += "  " + pad(o.rejected ? "-" : "\(o.rank)", 5) + pad(optionName(o.name), nameWidth)
            for (c, w) in zip(ranking.criteria, widths) { out += pad(n(o.scaled[c.name] ?? 1), w) }
            out += n(o.total) + "\n"
        }
        if ranking.options.contains(where: \.rejected) { out += "  (-: \(say[.rejected]))\n" }
        if ranking.winner == nil { out += wrap(say[.noSurvivor], indent: "  ") }
        for o in ranking.options {
            let title = o.title.isEmpty && o.name == OptionRanking.baseline ? say[.continueAsIs] : o.title
            out += wrap("\(optionName(o.name))\(title.isEmpty ? "" : " — " + title):", indent: "  ")
            for r in o.rejections {
                if let reason = r.reason {
                    out += wrap(
                        "\(say[.knockOut]) (\(label(r.criterion, ranking))): \(reason.rule) \(TextReport.source(reason, language: language)): \(t(reason.because, ""))",
                        indent: "    ")
                } else if let scaled = r.scaled {
                    let threshold = ranking.criteria.first { $0.name == r.criterion }?.threshold ?? 0
                    out += wrap(
                        "\(say[.knockOut]) (\(label(r.criterion, ranking))): \(say[.belowThreshold]) (\(n(scaled)) < \(n(threshold)))",
                        indent: "    ")
                }
            }
            for c in ranking.criteria {
                let raw = o.raw[c.name] ?? 0
                out +=
                    "    \(t(c.label, c.name)): \(n(raw)) / \(n(c.max)) \(say[.points]) -> \(n(o.scaled[c.name] ?? 1))\n"
                for (criterion, r) in o.reasons where criterion == c.name {
                    let sign = r.amount >= 0 ? "+" : ""
                    out += wrap(
                        "\(sign)\(n(r.amount)) \(r.rule) \(TextReport.source(r, language: language)): \(t(r.because, ""))",
                        indent: "      ")
                }
            }
        }
        if let winner = ranking.winner, !ranking.sensitivity.isEmpty {
            out += "  \(say[.sensitivity]):\n"
            for s in ranking.sensitivity {
                let c = ranking.criteria.first { $0.name == s.criterion }
                // Whole sentences per language: Dutch puts the verb last in the clause ("… tussen 0,00 en 0,81 ligt").
                var line =
                    "\(t(c?.label, s.criterion)) \(n(s.weight)): \(optionName(winner.name)) "
                    + say[.staysBetween].replacing("{low}", with: n(s.low)).replacing("{high}", with: n(s.high))
                if let b = s.winnerBelow { line += "; " + say[.belowWins].replacing("{option}", with: optionName(b)) }
                if let a = s.winnerAbove { line += "; " + say[.aboveWins].replacing("{option}", with: optionName(a)) }
                out += wrap(line, indent: "    ")
            }
        }
        return out
    }

    /// An option as the reader knows it: the name the scenario gave, or the baseline's name in
    /// the report's language (`doorgaan-zoals-nu`).
    public func optionName(_ name: String) -> String {
        name == OptionRanking.baseline ? say[.continueAsIsName] : name
    }

    func label(_ criterion: String, _ ranking: OptionRanking) -> String {
        t(ranking.criteria.first { $0.name == criterion }?.label, criterion)
    }

    func normalised(_ c: Criterion, _ ranking: OptionRanking) -> Double {
        let sum = ranking.criteria.reduce(0) { $0 + $1.weight }
        return sum > 0 ? c.weight / sum : 0
    }
}
