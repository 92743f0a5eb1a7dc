import Foundation
import Testing

/// What a stream of accounts writes (docs/scenarios.md, "JSON lines out"): `--jsonl` is short
/// (the advice and the conclusions, no texts or explanations) unless `--explain` asks for the
/// full report; `--threads` changes how many threads run, never what is written.
@Suite("a stream of accounts out")
struct StreamOutputTests {
    static let accounts =
        (0..<40).map { i in
            let levels = ["low", "medium", "high"]
            return
                #"{"id": "a\#(i)", "complexity": "\#(levels[i % 3])", "risk": "\#(levels[i / 3 % 3])", "added-value": "\#(levels[i / 9 % 3])"}"#
        }.joined(separator: "\n") + "\n"

    func run(_ extra: [String]) throws -> CommandResult {
        let dir = try temporaryFolder(["a.jsonl": Self.accounts])
        return advisor(["evaluate", dir.appendingPathComponent("a.jsonl").path] + extra)
    }

    @Test("--jsonl is short: the advice per goal, bare conclusions, KPI names; --explain gives the full report")
    func compact() throws {
        let short = try run(["--jsonl"])
        #expect(short.status == .success)
        let lines = short.out.split(separator: "\n")
        #expect(lines.count == 40)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let approach = try #require((first["advice"] as? [String: Any])?["approach"] as? [String: Any])
        #expect(approach["value"] as? String == "transactional" && approach["certainty"] is Double)
        #expect(approach.keys.contains("runnerUp") && approach.keys.contains("closeCallMargin"))
        let conclusions = try #require(first["conclusions"] as? [[String: Any]])
        #expect(conclusions.allSatisfy { Set($0.keys) == ["topic", "value", "certainty", "rank", "recommended"] })
        #expect(first["kpis"] as? [String] != nil && first["plan"] == nil)
        #expect(!short.out.contains("\"explanation\"") && !short.out.contains("\"because\""))
        let full = try run(["--jsonl", "--explain"])
        #expect(full.out.split(separator: "\n").count == 40)
        #expect(full.out.contains("\"explanation\"") && full.out.contains("\"explanations\""))
        #expect(
            short.out.utf8.count * 4 < full.out.utf8.count,
            "short: \(short.out.utf8.count), full: \(full.out.utf8.count)")
    }

    @Test(
        "--threads 1, 2 or every core: the same bytes",
        arguments: [["--jsonl"], ["--format", "csv"], ["--format", "json"]])
    func threads(_ format: [String]) throws {
        let all = try run(format)
        for n in ["1", "2", "7"] {
            let capped = try run(format + ["--threads", n])
            #expect(capped.out == all.out, "--threads \(n)")
        }
        #expect(try run(format + ["--threads", "0"]).status == .badInput)
        #expect(try run(format + ["--threads", "x"]).err.contains("--threads takes a whole number from 1 to 1024"))
    }

    @Test("every report has the same keys, and so does every conclusion: null, never left out")
    func stableShapes() throws {
        for format in [["--format", "json"], ["--jsonl"], ["--jsonl", "--explain"]] {
            let r = advisor(["evaluate", "rules/scenarios", "--set", "complexity=high"] + format)
            let reports: [[String: Any]]
            if format.contains("--jsonl") {
                reports = try r.out.split(separator: "\n").map {
                    try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
                }
            } else {
                reports = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
            }
            #expect(reports.count > 5)
            #expect(
                Set(reports.map { $0.keys.sorted() }).count == 1, "\(format): \(Set(reports.map { $0.keys.sorted() }))")
            let conclusions = reports.flatMap { ($0["conclusions"] as? [[String: Any]]) ?? [] }
            #expect(Set(conclusions.map { $0.keys.sorted() }).count == 1, "\(format)")
        }
    }
}
