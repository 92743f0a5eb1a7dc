import Foundation
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

@testable import RuleEngine

/// Seeded mutations of a JSON-lines and a CSV export (the fuzz seeds): reading, checking and
/// evaluating them never crashes, a bad record is an `InputError` at a line and column inside the
/// input, and a CSV stream split anywhere gives the same records as the whole.
@Suite struct BatchMutationTests {
    static let pieces =
        ScenarioMutationTests.pieces + [
            "{", "}", "[", "]", ":", ",", "\"\"", "\\u00", "\\ud83d", "null", "true", "\r\n", "\r",
        ]

    static let rounds = ProcessInfo.processInfo.environment["MUTATION_ROUNDS"].flatMap { Int($0) } ?? 300

    static func seed(_ name: String) throws -> String {
        try #require(FileSystem.contents(of: repositoryPath("Fuzz/Seeds/batch/\(name)")))
    }

    static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
        ScenarioMutationTests.mutate(text, &random, pieces: pieces)
    }

    func check(_ result: Result<Scenario, InputError>, lines: Int) {
        do {
            let situation = try Situation(try result.get(), kb: bundledKB)
            _ = JSONReport(language: .en).render(try Evaluation(kb: bundledKB).evaluate(situation))
        } catch let e as InputError {
            if let place = e.place {
                #expect(place.line >= 1 && place.line <= lines + 1, "line \(place.line) of \(lines)")
                #expect(place.column >= 1)
            }
            #expect(!e.message.isEmpty)
        } catch {
            #expect(!"\(error)".isEmpty)
        }
    }

    @Test func mutatedJSONLinesNeverCrash() throws {
        let original = try Self.seed("accounts.jsonl")
        var random = SplitMix64(seed: 11)
        for _ in 0..<Self.rounds {
            let text = Self.mutate(original, &random)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() {
                check(BatchScenario.json(String(line), line: i + 1, file: "m.jsonl"), lines: lines.count)
            }
        }
    }

    @Test func mutatedCSVNeverCrashesAndSplitsAlikeAnywhere() throws {
        let original = try Self.seed("accounts.csv")
        var random = SplitMix64(seed: 12)
        for _ in 0..<Self.rounds {
            let bytes = Array(Self.mutate(original, &random).utf8)
            let lines = bytes.filter { $0 == 10 }.count + 1
            var whole = CSVSplitter()
            let all = whole.feed(bytes, atEnd: true)
            var pieces = CSVSplitter()
            let cut = random.below(bytes.count + 1)
            let split = pieces.feed(Array(bytes[..<cut])) + pieces.feed(Array(bytes[cut...]), atEnd: true)
            #expect(describe(all) == describe(split), "cut at \(cut)")
            guard let first = all.first, case .success(let header) = first else { continue }
            for r in all.dropFirst() {
                switch r {
                case .success(let record):
                    check(BatchScenario.csv(record, header: header.fields.map(\.text), file: "m.csv"), lines: lines)
                case .failure(let m): #expect(m.line >= 1 && m.line <= lines && m.column >= 1)
                }
            }
        }
    }

    /// Found by `scripts/fuzz batch`: a carriage return as the very last byte of the input trapped
    /// (the record's end was taken as two bytes past it).
    @Test(arguments: ["a\r", "id,risk\r", "id,risk\r\nacme,low\r", "\r", "\"x\"\r"])
    func carriageReturnAtTheEnd(_ text: String) {
        var whole = CSVSplitter()
        let records = whole.feed(Array(text.utf8), atEnd: true)
        #expect(!records.isEmpty)
        var pieces = CSVSplitter()
        let bytes = Array(text.utf8)
        let split = pieces.feed(Array(bytes.dropLast())) + pieces.feed([bytes.last ?? 0], atEnd: true)
        #expect(describe(records) == describe(split))
    }

    func describe(_ records: [Result<CSVRecord, CSVSplitter.Malformed>]) -> [String] {
        records.map {
            switch $0 {
            case .success(let r):
                return "\(r.line): " + r.fields.map { "\($0.line):\($0.column)=\($0.text)" }.joined(separator: "|")
            case .failure(let m): return "\(m.line):\(m.column) \(m.message)"
            }
        }
    }
}
