import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

/// Every report format frames a stream of reports itself: zero, one and three reports make a
/// valid document of the format (a JSON array, JSON lines, one CSV header, Markdown rules between
/// reports), so a front end only writes what the renderer gives.
struct RendererTests {
    static func reports(_ n: Int) throws -> [Report] {
        try (0..<n).map { i in try evaluate(["complexity": ["low", "medium", "high"][i % 3], "risk": "high"]) }
    }

    @Test(arguments: ReportFormat.allCases, [0, 1, 3])
    func aStreamIsOneDocument(format: ReportFormat, count: Int) throws {
        let renderer = format.renderer(language: .en, goals: bundledKB.ruleBase.goals.map(\.name))
        let text = renderer.render(try Self.reports(count))
        switch format {
        case .json:
            let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
            #expect(array.count == count)
        case .jsonl:
            let lines = text.split(separator: "\n")
            #expect(lines.count == count)
            for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]) }
        case .csv:
            let lines = text.split(separator: "\n")
            #expect(lines.count == count + 1 && lines.first?.hasPrefix("scenario,") == true)
        case .markdown:
            #expect(text.components(separatedBy: "\n---\n").count == max(1, count))
        case .html:
            #expect(HTMLCheck.problems(text) == [], "\(HTMLCheck.problems(text).prefix(3))")
            #expect(text.components(separatedBy: "<html").count == 2)
            #expect(text.components(separatedBy: "<article").count == count + 1)
            #expect(text.contains("No situation gave advice") == (count == 0))
        case .text:
            #expect(
                text.split(separator: "\n").filter { $0.hasPrefix("Sales advice") }.count == count,
                "\(text.prefix(300))")
        }
    }

    @Test func theFormatNamesAreTheCasesButJSONLines() {
        #expect(ReportFormat.formatNames == ["text", "markdown", "json", "csv", "html"])
    }
}
