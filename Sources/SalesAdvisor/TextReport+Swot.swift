import RuleLanguage

extension TextReport {
    func swot(_ s: SwotResult) -> String {
        var out = say[.swot] + "\n"
        for item in s.items {
            out += wrap(
                "\(s.code(item.id, language: language)) (\(t(item.kindLabel, item.kind))): \(item.text)", indent: "  ")
        }
        if !s.pairs.isEmpty {
            out += "  \(say[.matrix]):\n"
            // Rows and columns in the order of the SWOT list (S, W / O, T by rank), then any others.
            let listed = s.items.map(\.id)
            let internals = unique(
                listed.filter { id in s.pairs.contains { $0.internal == id } } + s.pairs.map(\.internal))
            let externals = unique(
                listed.filter { id in s.pairs.contains { $0.external == id } } + s.pairs.map(\.external))
            let code = { (id: String) in s.code(id, language: self.language) }
            let width = max(6, (internals.map { code($0).count }.max() ?? 0) + 1)
            out += "    " + pad("", width) + externals.map { pad(code($0), 5) }.joined() + pad(say[.sum], 5) + "\n"
            for i in internals {
                var row = "    " + pad(code(i), width)
                var sum = 0
                for e in externals {
                    if let p = s.pairs.first(where: { $0.internal == i && $0.external == e }) {
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
            out += "  \(say[.issues]):\n"
            for i in s.issues {
                let kind = say.issue(i.kind)
                let cell =
                    "\(s.code(i.internal, language: language)) × \(s.code(i.external, language: language)), \(i.score > 0 ? "+" : "")\(i.score)"
                let question = i.reason.flatMap { pick($0.because, language) }.map { ": " + $0 } ?? ""
                out += wrap("- \(kind) (\(cell))\(question)", indent: "    ")
            }
        }
        if let core = s.coreProblem {
            out += "  \(say[.coreProblem]):\n"
            out += wrap("\(say[.cause]): \(core.cause)", indent: "    ")
            out += wrap("\(say[.effect]): \(t(core.effect, ""))", indent: "    ")
            out += wrap("\(say[.conclusion]): \(t(core.conclusion, ""))", indent: "    ")
            if let r = core.reason { out += "      (\(r.rule) \(TextReport.source(r, language: language)))\n" }
        }
        return out
    }
}
