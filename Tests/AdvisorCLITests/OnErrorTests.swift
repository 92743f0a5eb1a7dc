import Foundation
import Testing

/// `--on-error fail|skip|row`: a record that gives no advice is said with its line (exit 2), in one
/// line without the record (exit 0), or in the output in its place (exit 0); a bad header always
/// fails the file.
@Suite("a record that gives no advice")
struct OnErrorTests {
    static let export = "id,complexity,risk\nacme,high,low\nbad,hgh,low\nshort\nzed,low,low\n"

    func run(_ mode: String, _ format: [String], _ text: String = Self.export) throws -> CommandResult {
        let dir = try temporaryFolder(["a.csv": text])
        return advisor(["evaluate", dir.appendingPathComponent("a.csv").path, "--on-error", mode] + format)
    }

    func ids(_ csv: String) -> [String] {
        csv.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    }

    @Test("fail: said with the line and a caret, the others run, exit 2")
    func fail() throws {
        let r = try run("fail", ["--format", "csv"])
        #expect(r.status == .badInput)
        #expect(ids(r.out) == ["acme", "zed"])
        #expect(
            r.err.contains("a.csv:3:5: error: 'hgh' is not a value of complexity") && r.err.contains("3 | bad,hgh,low"))
    }

    @Test("skip: one line per record, without the record; exit 0")
    func skip() throws {
        let r = try run("skip", ["--format", "csv"])
        #expect(r.status == .success)
        #expect(ids(r.out) == ["acme", "zed"])
        #expect(r.err.contains("a.csv:3:5: error: bad: 'hgh' is not a value of complexity"), "\(r.err)")
        #expect(r.err.contains("a.csv:4:1: error: line 4: this row has 1 field and the header 3"), "\(r.err)")
        #expect(!r.err.contains("bad,hgh,low") && !r.err.contains("| short"), "never the record: \(r.err)")
    }

    @Test("row: in the output in input order, with the id and the message; CSV gains an error column")
    func row() throws {
        let csv = try run("row", ["--format", "csv"])
        #expect(csv.status == .success && csv.err.isEmpty, "\(csv.err)")
        #expect(ids(csv.out) == ["acme", "bad", "line 4", "zed"])
        let rows = csv.out.split(separator: "\n")
        #expect(rows.first?.hasSuffix(",expectations,error") == true)
        let widths = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false).count }
        #expect(widths[0] == widths[1] && widths[0] == widths[3], "the same columns: \(rows)")
        #expect(
            rows[2].hasPrefix("bad,,")
                && rows[2].hasSuffix(
                    #"/a.csv:3:5: 'hgh' is not a value of complexity; did you mean 'high'?; the values are: low, medium, high""#
                ))
        let lines = try run("row", ["--jsonl"]).out.split(separator: "\n")
        #expect(lines.count == 4)
        let bad = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(bad["scenario"] as? String == "bad")
        #expect(((bad["error"] as? [String: Any])?["at"] as? String)?.hasSuffix("/a.csv:3:5") == true)
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(try run("row", ["--format", "json"]).out.utf8))
                as? [[String: Any]])
        #expect(array.map { $0["scenario"] as? String } == ["acme", "bad", "line 4", "zed"])
        #expect(try run("row", []).out.contains("a.csv:4:1: error: line 4: this row has 1 field and the header 3"))
    }

    @Test("a bad header fails the file whatever --on-error says", arguments: ["fail", "skip", "row"])
    func header(_ mode: String) throws {
        let r = try run(mode, ["--format", "csv"], "id,complexty\nacme,high\n")
        #expect(r.status == .badInput)
        #expect(r.err.contains("a.csv:1:4: error: the column 'complexty' is not id, title or a question"))
        #expect(ids(r.out).isEmpty)
    }

    @Test func aWrongModeIsAUsageError() {
        let r = advisor(["evaluate", "-", "--on-error", "ignore"])
        #expect(r.status == .badInput && r.err.contains("fail") && r.err.contains("row"))
    }
}
