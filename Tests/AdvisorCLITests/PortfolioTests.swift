import Foundation
import Testing

/// `advisor evaluate EXPORT --summary` (issue 24): a portfolio instead of a report per account,
/// in text, Markdown, JSON and CSV, in English and Dutch.
@Suite("a portfolio summary")
struct PortfolioTests {
    /// Eight accounts: four A customers (three account management, one transactional), two D, one
    /// without a class, one bad.
    static let export = """
        id,customer-class,complexity,risk,added-value
        a1,a,high,medium,medium
        a2,a,high,medium,medium
        a3,a,high,medium,medium
        a4,a,low,low,low
        d1,d,high,high,high
        d2,d,low,low,low
        x1,,low,low,low
        bad,b,hgh,low,low

        """

    func run(_ extra: [String]) throws -> CommandResult {
        let dir = try temporaryFolder(["accounts.csv": Self.export])
        return advisor(["evaluate", dir.appendingPathComponent("accounts.csv").path, "--summary"] + extra)
    }

    @Test("JSON: accounts per class in the class order, each goal's advice counted, the odd one out named")
    func json() throws {
        let r = try run(["--format", "json", "--on-error", "skip"])
        #expect(r.status == .success, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(object["accounts"] as? Int == 7 && object["failed"] as? Int == 1)
        let segments = try #require(object["segments"] as? [[String: Any]])
        #expect(segments.map { $0["value"] as? String } == ["a", "d", nil], "A before D, no class last")
        #expect(segments.map { $0["accounts"] as? Int } == [4, 2, 1])
        let approach = try #require((segments[0]["goals"] as? [[String: Any]])?.first)
        #expect(approach["goal"] as? String == "approach")
        let usual = try #require(approach["usual"] as? String)
        let advice = try #require(approach["advice"] as? [[String: Any]])
        #expect(advice.first?["value"] as? String == usual && advice.first?["accounts"] as? Int == 3)
        let differing = try #require(approach["differing"] as? [String: Any])
        #expect(differing["accounts"] as? Int == 1 && differing["ids"] as? [String] == ["a4"])
        #expect(r.err.contains("bad: 'hgh' is not a value of complexity"))
    }

    @Test("text in English and Dutch: the class labels, shares and the accounts that differ")
    func text() throws {
        let en = try run(["--on-error", "skip"])
        #expect(en.out.hasPrefix("Portfolio: 7 accounts\n1 account gave no advice.\n"), "\(en.out)")
        #expect(en.out.contains("Per customer class (ABC)"))
        #expect(en.out.contains("A customer (high current value): 4 accounts (57%)"), "\(en.out)")
        #expect(en.out.contains("  No customer class (ABC) given: 1 account (14%)\n"), "\(en.out)")
        #expect(en.out.contains("Advice other than ") && en.out.contains(": 1: a4"), "\(en.out)")
        #expect(en.out.contains("Close calls (the runner-up less than one rule's worth of evidence behind)"))
        let nl = try run(["--lang", "nl", "--on-error", "skip"])
        #expect(nl.out.hasPrefix("Portefeuille: 7 accounts\n1 account zonder advies.\n"), "\(nl.out)")
        #expect(nl.out.contains("Per klantklasse (ABC)") && nl.out.contains("A-klant"))
        #expect(nl.out.contains("  Geen klantklasse (ABC) opgegeven: 1 account (14%)\n"), "\(nl.out)")
        #expect(nl.out.contains("Ander advies dan ") && nl.out.contains("Nipte keuzes"), "\(nl.out)")
        #expect(!nl.out.contains("account-management") && !nl.out.contains("customer-class"), "no keys in prose")
        let markdown = try run(["--format", "markdown", "--on-error", "skip"])
        #expect(markdown.out.hasPrefix("# Portfolio: 7 accounts\n") && markdown.out.contains("\n## Per customer class"))
    }

    @Test("CSV: a row per class, goal and advice, the usual one marked")
    func csv() throws {
        let r = try run(["--format", "csv", "--on-error", "skip"])
        let rows = r.out.split(separator: "\n").map(String.init)
        #expect(rows.first == "segment,goal,advice,accounts,share,usual")
        #expect(rows.contains { $0.hasPrefix("a,approach,") && $0.hasSuffix(",3,0.75,yes") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("a,approach,") && $0.hasSuffix(",1,0.25,no") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix(",approach,") }, "the accounts without a class")
    }

    @Test("a summary is one document: not with --jsonl, --explain or --trace; a bad record still fails by default")
    func mistakes() throws {
        for other in ["--jsonl", "--explain", "--trace"] {
            let r = try run([other])
            #expect(r.status == .badInput && r.err.contains("--summary writes one summary"), "\(other)")
        }
        let failing = try run([])
        #expect(failing.status == .badInput && failing.out.contains("Portfolio: 7 accounts"))
        let rows = try run(["--on-error", "row"])
        #expect(rows.status == .success && rows.err.contains("bad: 'hgh'"), "row says it in one line: \(rows.err)")
    }

    @Test("options knocked out: by title and criterion label in text, by name in JSON")
    func knockOuts() throws {
        let nl = advisor(["evaluate", "rules/scenarios", "--summary", "--lang", "nl"])
        let part = try #require(nl.out.components(separatedBy: "Opties die afvallen\n").last)
        #expect(part.contains("Doorgaan zoals nu (geschiktheid): "), "\(part)")
        #expect(part.contains("(haalbaarheid): ") && !part.contains("continue-as-is") && !part.contains("feasibility"))
        let json = advisor(["evaluate", "rules/scenarios", "--summary", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let knockOuts = try #require(object["knockOuts"] as? [[String: Any]])
        #expect(knockOuts.first?["option"] as? String == "continue-as-is")
        #expect(
            knockOuts.first?["criterion"] as? String == "suitability"
                && knockOuts.first?["label"] as? String == "suitability")
        let total = knockOuts.compactMap { $0["accounts"] as? Int }.reduce(0, +)
        #expect(total >= knockOuts.count && knockOuts.count > 3)
    }
}
