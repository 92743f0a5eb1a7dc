import Foundation
import Testing

/// Exports as spreadsheets and CRM systems write them (docs/scenarios.md, "Exports as they
/// come"): a byte-order mark, semicolons or tabs, CRLF, quoted line breaks, Dutch headers and
/// values in any case; a column map and columns left out; no formula in a CSV cell.
@Suite("exports as they come")
struct ExportTests {
    static let bom = "\u{FEFF}"

    /// What Dutch Excel's "CSV UTF-8" writes: a BOM, semicolons, CRLF, a quoted cell with a
    /// semicolon and one with a line break, Dutch headers (a label and first words of labels).
    static let excel =
        bom + "Klant;Complexiteit van het aanbod;Risico;Toegevoegde waarde\r\n"
        + "Acme;Hoog;HOOG;hoog\r\n"
        + "\"Bakker; zn\";laag;Laag;laag\r\n"
        + "\"Café\r\nDe Zon\";gemiddeld;laag; Medium \r\n"

    func rows(_ csv: String) -> [String] {
        csv.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
    }

    @Test("a Dutch Excel export: BOM, semicolons, CRLF, quoted cells, Dutch headers and values, with a map")
    func dutchExcel() throws {
        let dir = try temporaryFolder(["klanten.csv": Self.excel])
        let path = dir.appendingPathComponent("klanten.csv").path
        let r = advisor(["evaluate", path, "--map", "klant=id", "--format", "csv"])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.contains("\nAcme,strategic-relationship,"), "\(r.out)")
        #expect(r.out.contains("\nBakker; zn,transactional,"), "a semicolon needs no quotes in a comma file: \(r.out)")
        // A line break inside a cell stays inside its quotes (a carriage return is shown as ␍).
        #expect(r.out.contains("\n\"Café␍\nDe Zon\",transactional,"), "\(r.out)")
        #expect(r.err.contains("columns read as: 'Risico' as risk"), "\(r.err)")
        // Without the map, the customer column is named, with the way out.
        let unmapped = advisor(["evaluate", path, "--format", "csv"])
        #expect(unmapped.status == .badInput)
        #expect(unmapped.err.contains("klanten.csv:1:1: error: the column 'Klant' is not id, title or a question"))
        #expect(unmapped.err.contains("--map COLUMN=NAME") && unmapped.err.contains("--ignore-unknown"))
        // The same through standard input.
        let piped = try advisorProcess(
            ["evaluate", "-", "--map", "klant=id", "--format", "csv"], input: Array(Self.excel.utf8))
        #expect(piped.status == 0, "\(piped.err)")
        #expect(rows(piped.out) == rows(r.out))
    }

    @Test("a tab-separated CRM export with English labels; unknown columns left out and named once")
    func crmTabs() throws {
        let export =
            "Account ID\tComplexity of the offer\tRisk for the buyer\tAdded value\tOwner\tRevenue\n"
            + "A-1\tHigh\tHigh\tHigh\tJan\t1000\n" + "A-2\tlow\tlow\tlow\tPiet\t20\n"
        let dir = try temporaryFolder(["crm.tsv.csv": export])
        let path = dir.appendingPathComponent("crm.tsv.csv").path
        let r = advisor(["evaluate", path, "--map", "account id=id", "--ignore-unknown", "--format", "csv"])
        #expect(r.status == .success, "\(r.err)")
        #expect(rows(r.out).dropFirst().map { String($0.prefix(while: { $0 != "," })) } == ["A-1", "A-2"])
        #expect(r.err.components(separatedBy: "columns left out: 'Owner', 'Revenue'").count == 2, "\(r.err)")
        #expect(r.err.components(separatedBy: "advisor: note:").count == 2, "one note, no read-as: \(r.err)")
    }

    @Test("the delimiter is told from the header or given; given, it wins")
    func delimiter() throws {
        let dir = try temporaryFolder([
            "semi.csv": "id;complexity;risk\nacme;high;low\n",
            "comma-in-quotes.csv": "\"id\";\"complexity, of the offer\"\nacme;high\n",
            "given.csv": "id,complexity\nacme,high\n",
        ])
        func run(_ name: String, _ extra: [String] = []) -> CommandResult {
            advisor(["evaluate", dir.appendingPathComponent(name).path, "--format", "csv"] + extra)
        }
        #expect(run("semi.csv").out.contains("\nacme,"))
        // A comma inside quotes does not count: the semicolon separates (the column is then unknown).
        #expect(run("comma-in-quotes.csv").err.contains("the column 'complexity, of the offer' is not id, title"))
        // Told semicolon, a comma file is one column per line: its header is unknown.
        #expect(run("given.csv", ["--delimiter", "semicolon"]).err.contains("the column 'id,complexity'"))
        #expect(run("given.csv", ["--delimiter", "comma"]).status == .success)
        let wrong = run("given.csv", ["--delimiter", ";"])
        #expect(wrong.status == .badInput && wrong.err.contains("comma") && wrong.err.contains("semicolon"))
    }

    @Test("a map as pairs or as a file; a map to an unknown name and two columns for one question are said")
    func maps() throws {
        let dir = try temporaryFolder([
            "a.csv": "klant,complex,gevaar\nacme,high,low\n",
            "map.txt": "# our CRM's columns\nklant = id\n\ncomplex=complexity\ngevaar=risk\n",
            "twice.csv": "id,complexity,Complexity of the offer\nacme,high,low\n",
        ])
        let a = dir.appendingPathComponent("a.csv").path
        let pairs = advisor([
            "evaluate", a, "--map", "klant=id,complex=complexity", "--map", "gevaar=risk", "--format", "csv",
        ])
        let file = advisor(["evaluate", a, "--map", dir.appendingPathComponent("map.txt").path, "--format", "csv"])
        #expect(pairs.status == .success && file.status == .success, "\(pairs.err)\(file.err)")
        #expect(pairs.out == file.out && pairs.out.contains("\nacme,"))
        let unknown = advisor(["evaluate", a, "--map", "klant=id,complex=complexiteit", "--ignore-unknown"])
        #expect(unknown.err.contains("--map complex=complexiteit: 'complexiteit' is not id, title or a question"))
        let twice = advisor(["evaluate", dir.appendingPathComponent("twice.csv").path])
        #expect(twice.err.contains("the columns 'complexity' and 'Complexity of the offer' both give complexity"))
        let bad = advisor(["evaluate", a, "--map", "klant"])
        #expect(bad.status == .badInput && bad.err.contains("--map takes COLUMN=NAME pairs or a file of them"))
        #expect(advisor(["evaluate", a, "--map", "=id"]).err.contains("--map takes COLUMN=NAME"))
    }

    @Test(
        "cells match a value's name or label in any case; not a number or a prefix",
        arguments: [
            ("HIGH", "high"), (" high ", "high"), ("Hoog", "high"), ("gemiddeld", "medium"), ("Medium", "medium"),
            ("2", nil), ("hi", nil), ("hoo", nil),
        ] as [(String, String?)])
    func cells(_ cell: String, _ value: String?) throws {
        let dir = try temporaryFolder(["a.csv": "id,complexity\nacme,\"\(cell)\"\n"])
        let r = advisor(["evaluate", dir.appendingPathComponent("a.csv").path, "--format", "json"])
        if let value {
            #expect(r.status == .success, "\(r.err)")
            #expect(r.out.contains("\"complexity\": \"\(value)\""), "\(r.out)")
        } else {
            #expect(r.status == .badInput)
            #expect(r.err.contains("is not a value of complexity"), "\(r.err)")
        }
    }

    @Test("JSON lines: keys mapped, named by label, and cells matched as in CSV")
    func jsonLines() throws {
        let dir = try temporaryFolder([
            "a.jsonl":
                #"{"klant": "acme", "Complexiteit van het aanbod": "Hoog", "risk": {"value": "LOW", "certainty": 0.8}, "omzet": 3}"#
                + "\n"
        ])
        let r = advisor([
            "evaluate", dir.appendingPathComponent("a.jsonl").path, "--map", "klant=id", "--ignore-unknown", "--jsonl",
        ])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.contains(#""scenario":"acme""#) && r.out.contains(#""complexity":"high""#), "\(r.out)")
        #expect(r.out.contains(#""risk":"low""#), "\(r.out)")
    }

    @Test(
        "a cell a spreadsheet would run as a formula is written as text",
        arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"])
    func formulas(_ id: String) throws {
        let dir = try temporaryFolder([
            "a.jsonl": #"{"id": "\#(id.replacingOccurrences(of: "\t", with: "\\t"))", "complexity": "low"}"# + "\n"
        ])
        let r = advisor(["evaluate", dir.appendingPathComponent("a.jsonl").path, "--format", "csv"])
        #expect(r.status == .success, "\(r.err)")
        let row = try #require(rows(r.out).last)
        #expect(row.hasPrefix("'" + id) || row.hasPrefix("\"'" + id), "\(row)")
        // Numbers the advisor writes stay numbers.
        #expect(!row.contains(",'0."), "\(row)")
    }

    @Test("a headerless partition (--columns): every line a row, no header out; an empty one writes nothing")
    func partitions() throws {
        let rows = "acme,high,low\nbolt,low,low\n"
        let piped = try advisorProcess(
            ["evaluate", "-", "--columns", "id,complexity,risk", "--format", "csv"], input: Array(rows.utf8))
        #expect(piped.status == 0, "\(piped.err)")
        #expect(self.rows(piped.out).map { String($0.prefix(5)) } == ["acme,", "bolt,"], "\(piped.out)")
        let dir = try temporaryFolder(["part-0001.csv": rows])
        let file = advisor([
            "evaluate", dir.appendingPathComponent("part-0001.csv").path, "--columns", "id,complexity,risk", "--format",
            "csv",
        ])
        #expect(file.out == piped.out)
        for input in ["", "\n\n", "\u{FEFF}"] {
            for format in [["--format", "csv"], ["--jsonl"], ["--columns", "id,risk", "--format", "csv"]] {
                let empty = try advisorProcess(["evaluate", "-"] + format, input: Array(input.utf8))
                #expect(empty.status == 0 && empty.err.isEmpty, "\(format): \(empty.err)")
                #expect(!empty.out.contains("<stdin>"), "no phantom row: \(empty.out)")
                if format.contains("--columns") || format.contains("--jsonl") { #expect(empty.out.isEmpty) }
            }
        }
        let bad = advisor(["evaluate", "-", "--columns", "id,complexty"])
        #expect(bad.status == .badInput && bad.err.contains("--columns: 'complexty' is not id, title or a question"))
        #expect(advisor(["evaluate", "-", "--columns", "id,,risk"]).status == .badInput)
    }
}
