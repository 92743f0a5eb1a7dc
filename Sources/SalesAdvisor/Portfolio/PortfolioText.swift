/// The portfolio summary as text or Markdown, in English or Dutch: per segment the accounts and
/// each goal's recommendations with their share, the accounts that differ from the segment's
/// usual advice, then the close calls and the options knocked out.
public struct PortfolioText: Sendable {
    /// The language of the words and labels.
    public let language: Language
    /// Markdown (headings, lists) rather than plain text.
    public let markdown: Bool
    /// How many differing accounts are named per segment and goal (the rest are counted).
    public static let named = 10

    /// A writer in `language`, Markdown when `markdown`.
    public init(language: Language, markdown: Bool = false) {
        self.language = language
        self.markdown = markdown
    }

    var say: PortfolioPhrases { PortfolioPhrases(language: language) }

    /// The summary, with the names of `kb` in the summary's language.
    public func render(_ summary: PortfolioSummary, kb: KnowledgeBase) -> String {
        let names = PortfolioNames(kb: kb, language: language, summary: summary)
        let width = 78
        let text = TextReport(language: language, width: width)
        var out = heading(1, "\(say[.portfolio]): \(count(summary.entries.count, say[.accounts]))")
        if summary.failed > 0 { out += paragraph("\(count(summary.failed, say[.accounts])) \(say[.noAdvice]).") }
        out += heading(2, say[.perSegment].replacing("{segment}", with: names.segmentTitle))
        let total = summary.entries.count
        for segment in summary.segments {
            let accounts = summary.accounts(in: segment)
            let name =
                segment.map(names.segment)
                ?? say[.noSegment].replacing("{segment}", with: names.segmentTitle).capitalizedFirst
            out += item(
                0, "\(name): \(count(accounts.count, say[.accounts])) (\(percent(accounts.count, of: total)))", text)
            for (g, goal) in summary.goals.enumerated() {
                let shares = summary.counts(g, among: accounts).map { c in
                    "\(c.value.map { names.value($0, of: goal) } ?? say[.none]) \(number(c.count)) (\(percent(c.count, of: accounts.count)))"
                }
                out += item(1, "\(names.goal(goal)): " + shares.joined(separator: ", "), text)
                let differing = summary.differing(g, in: segment)
                if let usual = summary.usual(g, in: segment), !differing.isEmpty {
                    let label = say[.differs].replacing("{value}", with: names.value(usual, of: goal))
                    var ids = differing.prefix(Self.named).map(\.id).joined(separator: ", ")
                    if differing.count > Self.named {
                        ids += ", " + say[.andMore].replacing("{n}", with: number(differing.count - Self.named))
                    }
                    out += item(2, "\(label.capitalizedFirst): \(number(differing.count)): \(ids)", text)
                }
            }
        }
        out += heading(2, "\(say[.closeCalls]) (\(say[.closeCallsNote]))")
        for c in summary.closeCalls {
            out += item(0, "\(names.goal(c.goal)): \(number(c.count)) (\(percent(c.count, of: total)))", text)
        }
        out += heading(2, say[.knockOuts])
        let knockOuts = summary.knockOuts
        if knockOuts.isEmpty { out += paragraph(say[.noKnockOuts].capitalizedFirst + ".") }
        for (k, n) in knockOuts {
            out += item(
                0, "\(names.option(k)) (\(pick(k.label, language) ?? k.criterion)): \(count(n, say[.accounts]))", text)
        }
        return out
    }

    func heading(_ level: Int, _ s: String) -> String {
        if markdown { return String(repeating: "#", count: level) + " " + s + "\n\n" }
        return (level == 1 ? "" : "\n") + s + "\n"
    }

    func paragraph(_ s: String) -> String { s + "\n" + (markdown ? "\n" : "") }

    func item(_ depth: Int, _ s: String, _ text: TextReport) -> String {
        let indent = String(repeating: "  ", count: depth + (markdown ? 0 : 1))
        if markdown { return indent + "- " + s + "\n" }
        return text.wrap(s, indent: indent)
    }

    /// `24,980 accounts` (`24.980` in Dutch); one account.
    func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(say[.account])" : "\(number(n)) \(noun)" }

    /// A whole number with the thousands separated as the language does.
    func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .nl ? "." : ",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `25%`, rounded; `0%` of nothing.
    func percent(_ n: Int, of total: Int) -> String {
        guard total > 0 else { return "0%" }
        return "\(Int((Double(n) * 100 / Double(total)).rounded()))%"
    }
}

extension String {
    /// With its first letter in lower case (a label inside a sentence).
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
