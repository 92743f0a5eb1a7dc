import RuleLanguage

extension TextReport {
    func swot(_ s: SwotResult) -> String {
        var out = say["swot"] + "\n"
        for item in s.items {
            out += wrap("\(item.id) (\(t(item.kindLabel, item.kind)), \(item.rank)): \(item.text)", indent: "  ")
        }
        if !s.pairs.isEmpty {
            out += "  \(say["matrix"]):\n"
            // Rows and columns in the order of the SWOT list (S, W / O, T by rank), then any others.
            let listed = s.items.map(\.id)
            let internals = unique(listed.filter { id in s.pairs.contains { $0.internal_ == id } } + s.pairs.map(\.internal_))
            let externals = unique(listed.filter { id in s.pairs.contains { $0.external == id } } + s.pairs.map(\.external))
            let width = max(6, (internals.map(\.count).max() ?? 0) + 1)
            out += "    " + pad("", width) + externals.map { pad($0, 5) }.joined() + pad(say["sum"], 5) + "\n"
            for i in internals {
                var row = "    " + pad(i, width)
                var sum = 0
                for e in externals {
                    if let p = s.pairs.first(where: { $0.internal_ == i && $0.external == e }) {
                        row += pad(p.score > 0 ? "+\(p.score)" : "\(p.score)", 5)
                        sum += p.score
                    } else {
                        row += pad(".", 5)
                    }
                }
                out += row + pad(sum > 0 ? "+\(sum)" : "\(sum)", 5) + "\n"
            }
        }
        if !s.issues.isEmpty {
            out += "  \(say["issues"]):\n"
            for i in s.issues {
                let kind = say["issue-\(i.kind)"]
                out += "    - \(kind): \(i.internal_) x \(i.external) (\(i.score > 0 ? "+" : "")\(i.score))\n"
                if let question = i.reason.flatMap({ pick($0.because, language) }) { out += wrap(question, indent: "      ") }
            }
        }
        if let core = s.coreProblem {
            out += "  \(say["core-problem"]):\n"
            out += wrap("\(say["cause"]): \(core.cause)", indent: "    ")
            out += wrap("\(say["effect"]): \(t(core.effect, ""))", indent: "    ")
            out += wrap("\(say["conclusion"]): \(t(core.conclusion, ""))", indent: "    ")
            if let r = core.reason { out += "      (\(r.rule) \(TextReport.source(r, language: language)))\n" }
        }
        return out
    }
}
