/// Writes an ``AdviceDocument`` as plain text wrapped at the report's width, or as Markdown: the
/// title block, page one (the advice), the plan in its ten steps, then the appendix (the report's
/// reasoning, as ``TextReport`` or ``MarkdownReport`` writes it). Tables are aligned columns when
/// they fit the width and one wrapped line per row when they do not; charts are left to HTML
/// (their tables say the same).
struct TextDocument {
    let language: Language
    let markdown: Bool
    let say: DocumentPhrases
    let text: TextReport

    init(language: Language, markdown: Bool) {
        self.language = language
        self.markdown = markdown
        say = DocumentPhrases(language: language)
        text = TextReport(language: language)
    }

    /// The title block, page one and the plan (the appendix comes after, from the report). The
    /// title is the report's as before ("Sales advice: title (name)", which scripts look for),
    /// or the customer given.
    func front(_ d: AdviceDocument, customerGiven: Bool) -> String {
        let advice = Phrases(language: language)[.advice]
        let name = d.report.title ?? (Report.programNames.contains(d.report.name) ? nil : d.report.name)
        let title =
            customerGiven
            ? "\(advice): \(d.info.customer ?? "")"
            : markdown ? advice + (name.map { ": " + $0 } ?? "") : text.title(d.report)
        var out = heading(1, title)
        var meta: [String] = []
        if let date = d.info.date { meta.append("\(say[.date]): \(date)") }
        meta.append(d.info.preparedBy.map { "\(say[.preparedBy]): \($0)" } ?? say[.preparedWith])
        out += paragraph(meta.joined(separator: markdown ? " · " : "; "))
        out += heading(2, say[.theAdvice])
        for g in d.goals {
            guard let value = g.value else {
                out += paragraph("\(g.label): \(say[.noRecommendation])")
                continue
            }
            out += paragraph(
                "\(g.label): \(markdown ? "**\(value)**" : value) (\(say[.certainty]) \(text.n(g.certainty, g.digits)))"
            )
            out += bullets([g.meaning, g.verdict].compactMap { $0 })
        }
        out += heading(3, say[.optionChosen])
        if let o = d.option {
            out += paragraph("\(o.title) (\(Phrases(language: language)[.total]) \(text.n(o.total)))")
            if !o.addresses.isEmpty { out += paragraph(say[.itAddresses]) + bullets(o.addresses) }
        } else {
            out += paragraph(say[.noOptions])
        }
        out += heading(3, say[.attention])
        out += d.attention.isEmpty ? paragraph(say[.noAttention]) : bullets(d.attention, numbered: true)
        out += heading(2, say[.thePlan])
        for s in d.plan {
            out += heading(3, "\(s.number). \(s.title)")
            for b in s.blocks { out += block(b) }
        }
        return out + heading(2, say[.appendix])
    }

    func block(_ b: DocumentBlock) -> String {
        switch b {
        case .paragraph(let s): return paragraph(s)
        case .bullets(let items): return bullets(items)
        case .blank(let s):
            let mark = say[.toFill].uppercased()
            return paragraph(markdown ? "> **\(mark)**: \(s)" : "[\(mark)] \(s)")
        case .table(let t): return table(t)
        case .matrix(let g): return matrix(g)
        case .definitions(let parts): return bullets(parts.map { "\($0.term): \($0.text)" })
        case .optionChart, .scorecardChart: return ""
        }
    }

    // MARK: Layout

    func heading(_ level: Int, _ s: String) -> String {
        if markdown { return String(repeating: "#", count: level) + " " + s + "\n\n" }
        let lines = text.wrap(s, indent: "").split(separator: "\n")
        let underline = level == 1 ? "=" : level == 2 ? "-" : ""
        let rule =
            underline.isEmpty
            ? "" : String(repeating: underline, count: min(lines.map(\.count).max() ?? 0, text.width)) + "\n"
        return lines.joined(separator: "\n") + "\n" + rule + "\n"
    }

    func paragraph(_ s: String) -> String { markdown ? s + "\n\n" : text.wrap(s, indent: "", hanging: false) + "\n" }

    func bullets(_ items: [String], numbered: Bool = false) -> String {
        guard !items.isEmpty else { return "" }
        var out = ""
        for (i, item) in items.enumerated() {
            let mark = numbered ? "\(i + 1). " : "- "
            if markdown {
                out += mark + item + "\n"
            } else {
                let body = text.wrap(item, indent: String(repeating: " ", count: mark.count), width: text.width - 2)
                out += "  " + mark + body.dropFirst(mark.count)
            }
        }
        return out + "\n"
    }

    func table(_ t: DocumentTable) -> String {
        // A struck row (an option knocked out) keeps its words; the status column says why.
        // An empty cell to fill shows as "…"; any other empty cell stays empty.
        let cells = t.rows.map { row in
            row.enumerated().map { c, cell in cell.isEmpty && t.toFill.contains(c) ? "…" : cell }
        }
        if markdown {
            func row(_ r: [String]) -> String {
                "| " + r.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            var out = row(t.header.map { $0.isEmpty ? " " : $0 }) + "|" + t.header.map { _ in "---|" }.joined() + "\n"
            for r in cells { out += row(r) }
            return out + (t.caption.isEmpty ? "\n" : "\n_\(t.caption)_\n\n")
        }
        let columns = t.header.indices
        let widths = columns.map { c in
            ([t.header[c]] + cells.map { c < $0.count ? $0[c] : "" }).map(\.count).max() ?? 0
        }
        if widths.reduce(0, +) + 2 * (widths.count - 1) + 2 <= text.width {
            func line(_ r: [String]) -> String {
                "  "
                    + columns.map { c in
                        let cell = c < r.count ? r[c] : ""
                        // Padded in characters, as the widths are counted (not Foundation's UTF-16 units).
                        return c == columns.last
                            ? cell : cell + String(repeating: " ", count: max(0, widths[c] - cell.count))
                    }.joined(separator: "  ").trimmingTrailingSpaces + "\n"
            }
            var out =
                line(t.header) + "  " + String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
                + "\n"
            for r in cells { out += line(r) }
            return out + (t.caption.isEmpty ? "\n" : text.wrap(t.caption, indent: "  ") + "\n")
        }
        // Too wide: a row a line, the first cell first, the others named by their column (a pair
        // needs no names).
        if t.header.count == 2 { return bullets(cells.map { "\($0[0]): \($0.count > 1 ? $0[1] : "")" }) }
        var items: [String] = []
        for r in cells {
            let rest = columns.dropFirst().compactMap { c -> String? in
                guard c < r.count, !r[c].isEmpty else { return nil }
                return t.header[c].isEmpty ? r[c] : "\(t.header[c].lowercasedFirst) \(r[c])"
            }
            items.append((r.first ?? "") + ": " + rest.joined(separator: "; "))
        }
        return bullets(items) + (t.caption.isEmpty ? "" : paragraph(t.caption))
    }

    func matrix(_ g: ConfrontationGrid) -> String {
        func signed(_ v: Int) -> String { v > 0 ? "+\(v)" : String(v) }
        let header = [""] + g.columns.map(\.code) + [g.totalLabel]
        var rows: [[String]] = []
        for (r, row) in g.rows.enumerated() {
            rows.append(
                [row.code] + g.columns.indices.map { g.scores[r][$0].map(signed) ?? "·" } + [signed(g.rowTotal(r))])
        }
        rows.append(
            [g.totalLabel] + g.columns.indices.map { signed(g.columnTotal($0)) }
                + [signed(g.rows.indices.reduce(0) { $0 + g.rowTotal($1) })])
        var out = paragraph(say[.matrix] + ":")
        out += table(DocumentTable(caption: "", header: header, rows: rows, struck: []))
        out += bullets(g.rows.map { "\($0.code): \($0.text)" } + g.columns.map { "\($0.code): \($0.text)" })
        out += bullets(g.quadrants.map { "\($0.letters): \($0.name) \(signed(g.total($0)))" })
        return out
    }
}

extension String {
    /// Without the spaces at its end.
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
