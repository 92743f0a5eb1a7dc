import Foundation
import Testing

@testable import AdvisorCLI

/// HTML from the command line: one scenario is one document with the title block the options
/// give; several accounts are the portfolio page; a consultation's `report FILE.html` writes the
/// document; a wrong `--date` is a usage error.
struct HTMLOutputTests {
    @Test func oneScenarioIsADocumentWithItsTitleBlock() {
        let r = advisor([
            "evaluate", "rules/scenarios/hospital-equipment.scenario", "--format", "html", "--date", "2026-12-07",
            "--prepared-by", "Anna Jansen", "--customer", "St. Anna <Ziekenhuis>", "--lang", "nl",
        ])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(r.out.contains("<title>Verkoopplan: St. Anna &lt;Ziekenhuis&gt;</title>"))
        #expect(r.out.contains("<h1>St. Anna &lt;Ziekenhuis&gt;</h1>"))
        #expect(r.out.contains("<dt>Datum</dt><dd>2026-12-07</dd>") && r.out.contains("<dd>Anna Jansen</dd>"))
        #expect(r.out.components(separatedBy: "<article").count == 2 && r.out.hasSuffix("</html>\n"))
        #expect(HTMLCheck.problems(r.out) == [], "\(HTMLCheck.problems(r.out).prefix(3))")
        #expect(r.err.isEmpty)
    }

    @Test func severalAccountsAreThePortfolioPage() throws {
        let r = advisor(["evaluate", "rules/scenarios", "--format", "html", "--date", "2026-12-07"])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.contains("<title>Portfolio: 11 accounts</title>"))
        #expect(!r.out.contains("<article"))
        for title in ["IT outsourcing for an insurer", "Packaging supplier for a consumer-goods brand"] {
            #expect(r.out.contains("<td>\(title)</td>"), "\(title)")
        }
        #expect(r.out.contains("Close calls") && r.out.contains("Options knocked out"))
        #expect(HTMLCheck.problems(r.out) == [], "\(HTMLCheck.problems(r.out).prefix(3))")
        #expect(r.out.hasSuffix("</html>\n"))
        #expect(r.out.contains("<th scope=\"col\">Option</th>"))
        // An export without options: no option column.
        let dir = try temporaryFolder(["a.csv": "id,complexity,risk\nacme,high,high\nbolt,low,low\n"])
        let export = advisor(["evaluate", dir.appendingPathComponent("a.csv").path, "--format", "html"])
        #expect(
            export.status == .success && export.out.contains("<title>Portfolio: 2 accounts</title>"), "\(export.err)")
        #expect(!export.out.contains(">Option</th>") && HTMLCheck.problems(export.out) == [])
    }

    @Test func aConsultationsDocumentSaysWhatWouldTipACloseCall() throws {
        let dir = try temporaryFolder([:]).path
        let r = advisor(
            [
                "consult", "--scenario", "rules/scenarios/hospital-equipment.scenario", "--session", dir + "/s.session",
            ],
            input: ["2", "2", "1"] + Array(repeating: "2", count: 20) + ["report \(dir)/advice.md", "quit"])
        #expect(r.status == .success, "\(r.err.suffix(500))")
        let markdown = try String(contentsOfFile: dir + "/advice.md", encoding: .utf8)
        let page = markdown.components(separatedBy: "## The plan")[0]
        #expect(page.contains("Close call: ") && page.contains("it would tip with: "), "\(page)")
    }

    @Test func objectivesComeFromTheCommandLineAndThePrompt() throws {
        let json = advisor([
            "evaluate", "--set", "complexity=high", "--format", "json", "--objective", "omzet=+8% in 2027",
        ])
        #expect(json.status == .success, "\(json.err)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        let document = try #require(reports.first?["document"] as? [String: Any])
        let objectives = try #require(document["objectives"] as? [[String: String]])
        #expect(objectives == [["kind": "turnover", "target": "+8% in 2027"]])
        let twice = advisor([
            "evaluate", "--set", "complexity=high", "--objective", "share=1", "--objective", "aandeel=2",
        ])
        #expect(twice.status == .badInput && twice.err.contains("--objective share is given twice"))
        let dir = try temporaryFolder([:]).path
        let r = advisor(
            ["consult", "--lang", "nl", "--session", dir + "/s.session"],
            input: ["doelstelling marge 32% bruto in 2027", "doelstelling omzet 10%", "doelstelling omzet"]
                + Array(repeating: "2", count: 30) + ["rapport \(dir)/p.md", "stop"])
        #expect(r.status == .success, "\(r.err.suffix(300))")
        let saved = try String(contentsOfFile: dir + "/s.session", encoding: .utf8)
        #expect(saved.contains("objective margin 32% bruto in 2027\n") && !saved.contains("objective turnover"))
        let plan = try String(contentsOfFile: dir + "/p.md", encoding: .utf8)
        #expect(plan.contains("| Brutomarge | 32% bruto in 2027 | brutomarge per product en per klant |"), "\(plan)")
        // Resumed, the objective is still there.
        let again = advisor(["consult", "--resume", dir + "/s.session"], input: ["rapport \(dir)/q.md", "stop"])
        #expect(again.status == .success)
        #expect(try String(contentsOfFile: dir + "/q.md", encoding: .utf8).contains("32% bruto in 2027"))
    }

    @Test func jsonCarriesTheDocument() throws {
        let r = advisor([
            "evaluate", "rules/scenarios/it-outsourcing.scenario", "--format", "json", "--date", "2026-12-07",
            "--prepared-by", "Anna Jansen",
        ])
        #expect(r.status == .success, "\(r.err)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        let report = try #require(array.first)
        let document = try #require(report["document"] as? [String: Any])
        #expect(document["date"] as? String == "2026-12-07" && document["preparedBy"] as? String == "Anna Jansen")
        #expect(document["customer"] as? String == "IT outsourcing for an insurer")
        let advice = try #require(report["advice"] as? [String: Any])
        let goals = try #require(advice["goals"] as? [[String: Any]])
        #expect(goals.map { $0["goal"] as? String } == ["approach", "method", "leadership"])
        #expect(goals[1]["closeCall"] is String && goals[0]["closeCall"] is NSNull)
        #expect((advice["attention"] as? [String])?.count == 3)
        let plan = try #require(report["plan"] as? [[String: Any]])
        #expect(plan.map { $0["number"] as? Int } == Array(1...10))
        let blocks = plan.flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }
        let matrix = try #require(blocks.first { $0["kind"] as? String == "matrix" })
        #expect(matrix["rowTotals"] as? [Int] == [2, 1, -3, -2] && matrix["columnTotals"] as? [Int] == [1, -3])
        #expect(blocks.contains { $0["kind"] as? String == "to-fill" })
    }

    @Test(arguments: ["today", "2026-13-01", "2026-02-29", "2026-2-1", "２０２６-12-07", "2026-12-07x"])
    func aWrongDateIsRefused(_ date: String) {
        let r = advisor(["evaluate", "--set", "complexity=low", "--format", "html", "--date", date])
        #expect(r.status == .badInput, "\(date): \(r.out.prefix(80))")
        #expect(r.err.contains("--date takes a date as YYYY-MM-DD"), "\(r.err)")
        #expect(r.out.isEmpty)
    }

    @Test func theDateIsTodayOrTheReproducibleOne() throws {
        #expect(DocumentOptions.valid("2024-02-29") && !DocumentOptions.valid("2100-02-29"))
        let r = advisor(
            ["evaluate", "--set", "complexity=low", "--format", "html"], environment: ["SOURCE_DATE_EPOCH": "86400"])
        #expect(r.out.contains("<dd>1970-01-02</dd>"), "\(r.out.prefix(2000))")
        for bad in ["1e300", "-1", "abc", "253402300800"] {
            let b = advisor(["evaluate", "--set", "complexity=low"], environment: ["SOURCE_DATE_EPOCH": bad])
            #expect(b.status == .badInput && b.err.contains("SOURCE_DATE_EPOCH takes whole seconds"), "\(bad)")
        }
        // The program itself reads the variable (not only the in-process runner).
        let p = try advisorProcess(
            ["evaluate", "--set", "complexity=low", "--format", "html"], input: [],
            environment: ["SOURCE_DATE_EPOCH": "172800"])
        #expect(p.out.contains("<dd>1970-01-03</dd>"), "\(p.err)")
    }

    @Test func aConsultationWritesTheDocumentItsFileNameAsksFor() throws {
        let dir = try temporaryFolder([:]).path
        let r = advisor(
            [
                "consult", "--lang", "nl", "--customer", "Hotel De Zon", "--date", "2026-12-07", "--session",
                dir + "/s.session",
            ],
            input: Array(repeating: "2", count: 30) + [
                "rapport \(dir)/advies.html", "rapport \(dir)/advies.md", "stop",
            ])
        #expect(r.status == .success, "\(r.err.suffix(500))")
        let html = try String(contentsOfFile: dir + "/advies.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<h1>Hotel De Zon</h1>"))
        #expect(html.contains("<dd>2026-12-07</dd>"))
        let markdown = try String(contentsOfFile: dir + "/advies.md", encoding: .utf8)
        #expect(markdown.hasPrefix("# Verkoopadvies: Hotel De Zon"))
    }
}
