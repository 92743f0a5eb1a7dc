import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `advisor evaluate -` tells what standard input holds by its first line that is not blank, after
/// a byte-order mark (issue 23): blank lines, a BOM and a one-column header do not make an export a
/// scenario, and an error says what the input was read as.
@Suite struct StandardInputKindTests {
    func run(_ arguments: [String], input: [UInt8]) throws -> ProcessResult {
        try advisorProcess(arguments, input: input)
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    static let exports: [(String, [UInt8])] = [
        ("blank lines before a CSV header", Array("\n \n\r\nid,complexity,risk\nacme,high,low\n".utf8)),
        ("a BOM before a CSV header", bom + Array("id,complexity\nacme,high\n".utf8)),
        ("a one-column CSV: id", Array("id\nacme\n".utf8)),
        ("a one-column CSV: a question", bom + Array("complexity\nhigh\n".utf8)),
        ("a BOM before JSON lines", bom + Array("{\"id\": \"acme\", \"complexity\": \"high\"}\n".utf8)),
        ("blank lines before JSON lines", Array("\n\n{\"id\": \"acme\", \"complexity\": \"high\"}\n".utf8)),
    ]

    @Test(arguments: 0..<6)
    func anExportIsAnExport(_ index: Int) throws {
        let (name, input) = Self.exports[index]
        let r = try run(["evaluate", "-", "--format", "csv"], input: input)
        #expect(r.status == 0, "\(name): \(r.err)")
        let rows = r.out.split(separator: "\n")
        #expect(rows.count == 2, "\(name): \(r.out)")
        #expect(rows.last?.hasPrefix("acme,") == true || rows.last?.hasPrefix("line 2,") == true, "\(name): \(r.out)")
    }

    @Test func aBOMBeforeAScenarioIsNoMistake() throws {
        let r = try run(
            ["evaluate", "-", "--format", "csv"], input: Self.bom + Array("complexity = high\nrisk = low\n".utf8))
        #expect(r.status == 0, "\(r.err)")
    }

    @Test func anErrorSaysWhatTheInputWasReadAs() throws {
        let scenario = try run(["evaluate", "-"], input: Array("complexity high\n".utf8))
        #expect(scenario.status == 2)
        #expect(scenario.err.contains("<stdin>:1:1: error:"))
        #expect(scenario.err.contains("note: standard input was read as a scenario"), "\(scenario.err)")
        let csv = try run(["evaluate", "-"], input: Array("id,complxity\na,high\n".utf8))
        #expect(csv.status == 2)
        #expect(csv.err.contains("standard input was read as a CSV export"), "\(csv.err)")
    }

    /// Files too: Excel's "CSV UTF-8" starts with a byte-order mark.
    @Test func aBOMInAnExportFile() throws {
        let dir = try temporaryFolder([:])
        let csv = dir.appendingPathComponent("a.csv")
        try Data(Self.bom + Array("id,complexity\nacme,high\n".utf8)).write(to: csv)
        let jsonl = dir.appendingPathComponent("a.jsonl")
        try Data(Self.bom + Array("{\"id\": \"bolt\", \"complexity\": \"high\"}\n".utf8)).write(to: jsonl)
        let r = advisor(["evaluate", csv.path, jsonl.path, "--format", "csv"])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.contains("\nacme,") && r.out.contains("\nbolt,"), "\(r.out)")
    }
}
