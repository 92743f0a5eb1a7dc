/// The portfolio summary as one HTML page (`evaluate … --format html` over several accounts):
/// the split over the segments (the ABC classes), each goal's usual advice per segment, the close
/// calls with the accounts that had them, the options knocked out, and a table of every account.
public struct PortfolioHTML: Sendable {
    /// The language of the page.
    public let language: Language
    /// The date and author on the title block.
    public let info: DocumentInfo

    /// A writer in `language`.
    public init(language: Language, info: DocumentInfo = DocumentInfo()) {
        self.language = language
        self.info = info
    }

    /// The page of `summary`, with the names of `kb` in the page's language.
    public func render(_ summary: PortfolioSummary, kb: KnowledgeBase) -> String {
        let words = PortfolioText(language: language)
        let say = words.say
        let names = PortfolioNames(kb: kb, language: language, summary: summary)
        let document = HTMLDocument(language: language)
        func e(_ s: String) -> String { HTMLText.escape(s) }
        let total = summary.entries.count
        let title = "\(say[.portfolio]): \(words.count(total, say[.accounts]))"
        var out = document.head(title: title)
        out +=
            "<header>\n<p class=\"kind\">\(e(say[.portfolio]))</p>\n<h1>\(e(words.count(total, say[.accounts])))</h1>\n"
        out += document.meta(info) + "</header>\n"
        if summary.failed > 0 {
            out += "<p class=\"blank\">\(e("\(words.count(summary.failed, say[.accounts])) \(say[.noAdvice])."))</p>\n"
        }
        // The segments: accounts and, per goal, the usual advice with its share.
        let segmentTitle = say[.perSegment].replacing("{segment}", with: names.segmentTitle)
        out += "<section>\n<h2>\(e(segmentTitle))</h2>\n<div class=\"scroll\"><table>\n<thead><tr>"
        out += "<th scope=\"col\"></th><th scope=\"col\" class=\"num\">\(e(say[.accounts].capitalizedFirst))</th>"
        for goal in summary.goals { out += "<th scope=\"col\">\(e(names.goal(goal)))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for segment in summary.segments {
            let accounts = summary.accounts(in: segment)
            let name =
                segment.map(names.segment)
                ?? say[.noSegment].replacing("{segment}", with: names.segmentTitle).capitalizedFirst
            out += "<tr><th scope=\"row\">\(e(name))</th>"
            out +=
                "<td class=\"num\">\(e(words.number(accounts.count))) (\(e(words.percent(accounts.count, of: total))))</td>"
            for (g, goal) in summary.goals.enumerated() {
                let shares = summary.counts(g, among: accounts).map { c in
                    "\(c.value.map { names.value($0, of: goal) } ?? say[.none]) \(words.percent(c.count, of: accounts.count))"
                }
                out += "<td>\(shares.map(e).joined(separator: "<br>"))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        // Close calls, with the accounts that had them.
        out +=
            "<section>\n<h2>\(e(say[.closeCalls]))</h2>\n<p class=\"legend\">\(e(say[.closeCallsNote].capitalizedFirst)).</p>\n<ul>\n"
        for goal in summary.goals {
            let close = summary.entries.filter { $0.closeCalls.contains(goal) }
            var line = "\(names.goal(goal)): \(words.number(close.count)) (\(words.percent(close.count, of: total)))"
            if !close.isEmpty {
                var ids = close.prefix(PortfolioText.named).map { $0.title ?? $0.id }.joined(separator: ", ")
                if close.count > PortfolioText.named {
                    ids += ", " + say[.andMore].replacing("{n}", with: words.number(close.count - PortfolioText.named))
                }
                line += ": " + ids
            }
            out += "<li>\(e(line))</li>\n"
        }
        out += "</ul>\n</section>\n"
        // Options knocked out.
        out += "<section>\n<h2>\(e(say[.knockOuts]))</h2>\n"
        let knockOuts = summary.knockOuts
        if knockOuts.isEmpty { out += "<p>\(e(say[.noKnockOuts].capitalizedFirst)).</p>\n" }
        if !knockOuts.isEmpty {
            out += "<ul>\n"
            for (k, n) in knockOuts {
                out +=
                    "<li>\(e("\(names.option(k)) (\(pick(k.label, language) ?? k.criterion)): \(words.count(n, say[.accounts]))"))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n"
        // Every account, one row each.
        out += "<section>\n<h2>\(e(say[.accounts].capitalizedFirst))</h2>\n<div class=\"scroll\"><table>\n<thead><tr>"
        out +=
            "<th scope=\"col\">\(e(say[.account].capitalizedFirst))</th><th scope=\"col\">\(e(names.segmentTitle.capitalizedFirst))</th>"
        for goal in summary.goals { out += "<th scope=\"col\">\(e(names.goal(goal)))</th>" }
        // The option column only where some account was given options.
        let options = summary.entries.contains { $0.option != nil }
        if options { out += "<th scope=\"col\">\(e(Phrases.word(.option, language).capitalizedFirst))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for entry in summary.entries {
            out += "<tr><td>\(e(entry.title ?? entry.id))</td><td>\(e(entry.segment.map(names.segment) ?? ""))</td>"
            for (g, goal) in summary.goals.enumerated() {
                let value = entry.advice[g].map { names.value($0, of: goal) } ?? say[.none]
                let close = entry.closeCalls.contains(goal)
                out += close ? "<td class=\"close\">\(e(value)) ⚠</td>" : "<td>\(e(value))</td>"
            }
            out += (options ? "<td>\(e(entry.option ?? ""))</td>" : "") + "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n<p class=\"legend\">⚠ \(e(say[.closeCallsNote])).</p>\n</section>\n"
        return out + HTMLDocument.foot
    }
}
