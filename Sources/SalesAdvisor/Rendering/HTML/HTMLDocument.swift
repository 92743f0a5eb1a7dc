import RuleLanguage

/// Writes an ``AdviceDocument`` as one self-contained HTML page: the title block, page one (the
/// advice), the plan, and the reasoning as an appendix.
struct HTMLDocument {
    let language: Language
    let say: DocumentPhrases
    let text: TextReport
    let charts: HTMLCharts

    init(language: Language) {
        self.language = language
        say = DocumentPhrases(language: language)
        text = TextReport(language: language)
        charts = HTMLCharts(text: text, say: say)
    }

    func e(_ s: String) -> String { HTMLText.escape(s) }

    /// The page's head: character set, width, title and the style sheet.
    func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="SalesAdvisor">
        <title>\(e(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>

        """
    }

    static let foot = "</body>\n</html>\n"

    /// The page's body: title block, advice, plan, appendix.
    func body(_ d: AdviceDocument, explanation: String = "") -> String {
        var out = "<header>\n<p class=\"kind\">\(e(say[.salesPlan]))</p>\n"
        out += "<h1>\(e(d.info.customer ?? say[.salesPlan]))</h1>\n" + meta(d.info) + "</header>\n"
        out += advice(d) + plan(d) + appendix(d.report, explanation: explanation)
        return out
    }

    /// The date and who prepared the document.
    func meta(_ info: DocumentInfo) -> String {
        var out = "<dl class=\"meta\">\n"
        if let date = info.date { out += "<div><dt>\(e(say[.date]))</dt><dd>\(e(date))</dd></div>\n" }
        if let by = info.preparedBy {
            out += "<div><dt>\(e(say[.preparedBy]))</dt><dd>\(e(by))</dd></div>\n"
        } else {
            out += "<div><dd>\(e(say[.preparedWith]))</dd></div>\n"
        }
        return out + "</dl>\n"
    }

    // MARK: Page one

    func advice(_ d: AdviceDocument) -> String {
        var out = "<section class=\"advice\">\n<h2>\(e(say[.theAdvice]))</h2>\n"
        for g in d.goals {
            out += "<div class=\"goal\">\n<h3>\(e(g.label))</h3>\n"
            guard let value = g.value else {
                out += "<p>\(e(say[.noRecommendation]))</p>\n</div>\n"
                continue
            }
            out +=
                "<p class=\"value\">\(e(value.capitalizedFirst)) <span class=\"certainty\">\(e(say[.certainty])) \(e(text.n(g.certainty, g.digits)))</span></p>\n"
            if let meaning = g.meaning { out += "<p class=\"meaning\">\(e(meaning))</p>\n" }
            if let verdict = g.verdict {
                out += "<p class=\"call \(g.isClose ? "close" : "clear")\">\(e(verdict))</p>\n"
            }
            if g.alternatives.count > 1 { out += "<figure>\(charts.alternatives(g))</figure>\n" }
            out += "</div>\n"
        }
        out += "<h3>\(e(say[.optionChosen]))</h3>\n"
        if let o = d.option {
            out += "<div class=\"option\"><p><span class=\"value\">\(e(o.title))</span> "
            out +=
                "<span class=\"certainty\">(\(e(Phrases(language: language)[.total])) \(e(text.n(o.total))))</span></p>\n"
            if !o.addresses.isEmpty { out += "<p>\(e(say[.itAddresses]))</p>\n" + list(o.addresses) }
            out += "</div>\n"
        } else {
            out += "<p>\(e(say[.noOptions]))</p>\n"
        }
        out += "<h3>\(e(say[.attention]))</h3>\n"
        out += d.attention.isEmpty ? "<p>\(e(say[.noAttention]))</p>\n" : list(d.attention, ordered: true)
        return out + "</section>\n"
    }

    // MARK: The plan

    func plan(_ d: AdviceDocument) -> String {
        var out = "<section class=\"plan\">\n<h2>\(e(say[.thePlan]))</h2>\n"
        for s in d.plan {
            out += "<section class=\"step\">\n<h3>\(s.number). \(e(s.title))</h3>\n"
            for b in s.blocks { out += block(b) }
            out += "</section>\n"
        }
        return out + "</section>\n"
    }

    func block(_ b: DocumentBlock) -> String {
        switch b {
        case .paragraph(let s): return "<p>\(e(s))</p>\n"
        case .bullets(let items): return items.isEmpty ? "" : list(items)
        case .blank(let s): return "<p class=\"blank\"><strong>\(e(say[.toFill]))</strong>\(e(s))</p>\n"
        case .table(let t): return table(t)
        case .matrix(let g): return matrix(g)
        case .definitions(let parts):
            return "<dl class=\"parts\">\n"
                + parts.map { "<dt>\(e($0.term))</dt><dd>\(e($0.text))</dd>\n" }.joined() + "</dl>\n"
        case .optionChart(let ranking, let titles):
            return
                "<figure><figcaption>\(e(say[.optionChart]))</figcaption>\(charts.options(ranking, titles: titles))</figure>\n"
        case .scorecardChart(let rows):
            return "<figure><figcaption>\(e(say[.scorecardChart]))</figcaption>\(charts.scorecard(rows))</figure>\n"
        }
    }

    func list(_ items: [String], ordered: Bool = false) -> String {
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</\(tag)>\n"
    }

    func table(_ t: DocumentTable) -> String {
        var out = "<div class=\"scroll\"><table>\n"
        if !t.caption.isEmpty { out += "<caption>\(e(t.caption))</caption>\n" }
        out += "<thead><tr>" + t.header.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (i, row) in t.rows.enumerated() {
            out += t.struck.contains(i) ? "<tr class=\"struck\">" : "<tr>"
            for (c, cell) in row.enumerated() {
                let numeric = !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "–" }
                if t.toFill.contains(c) {
                    out += "<td class=\"blankcell\">\(e(cell))</td>"
                } else if cell.isEmpty {
                    out += "<td></td>"
                } else {
                    out += numeric ? "<td class=\"num\">\(e(cell))</td>" : "<td>\(e(cell))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    func matrix(_ g: ConfrontationGrid) -> String {
        func signed(_ v: Int) -> String { v > 0 ? "+\(v)" : String(v) }
        var out =
            "<div class=\"scroll\"><table class=\"matrix\">\n<caption>\(e(say[.matrix]))</caption>\n<thead><tr><th></th>"
        for c in g.columns { out += "<th scope=\"col\" title=\"\(e(c.text))\">\(e(c.code))</th>" }
        out += "<th scope=\"col\" class=\"sum\">\(e(g.totalLabel))</th></tr></thead>\n<tbody>\n"
        for (r, row) in g.rows.enumerated() {
            out += "<tr><th scope=\"row\">\(e(row.code)) <small>\(e(row.text))</small></th>"
            for c in g.columns.indices {
                if let v = g.scores[r][c] {
                    out += "<td class=\"\(v > 0 ? "pos" : v < 0 ? "neg" : "zero")\">\(signed(v))</td>"
                } else {
                    out += "<td>·</td>"
                }
            }
            out += "<td class=\"sum\">\(signed(g.rowTotal(r)))</td></tr>\n"
        }
        out += "<tr><th scope=\"row\" class=\"sum\">\(e(g.totalLabel))</th>"
        for c in g.columns.indices { out += "<td class=\"sum\">\(signed(g.columnTotal(c)))</td>" }
        let all = g.rows.indices.reduce(0) { $0 + g.rowTotal($1) }
        out += "<td class=\"sum\">\(signed(all))</td></tr>\n</tbody>\n</table></div>\n"
        // The columns' items in words, and the four quadrants with their totals.
        out += list(g.columns.map { "\($0.code): \($0.text)" })
        out += "<div class=\"quadrants\">\n"
        for q in g.quadrants {
            out += "<div>\(e("\(q.letters): \(q.name)")) <strong>\(signed(g.total(q)))</strong></div>\n"
        }
        return out + "</div>\n"
    }
}
