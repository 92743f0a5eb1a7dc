import Testing

@testable import SalesAdvisor

/// CSV fields are quoted when they hold a comma, a quote or any line break a spreadsheet or
/// Swift's own `Character.isNewline` would see, judged from the bytes.
@Suite struct CSVReportTests {
    /// The byte scan agrees with `Character` on every scalar of the Basic Multilingual Plane's first
    /// 0x3000, alone and inside text.
    @Test func quotingAgreesWithCharactersOnEveryScalar() {
        func expected(_ s: String) -> Bool { s.contains { $0 == "," || $0 == "\"" || $0.isNewline } }
        var disagreements: [String] = []
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a\(scalar)b", "é\(scalar)", "\u{2027}\(scalar)"] {
                if CSVReport.needsQuotes(text) != expected(text) { disagreements.append(text.debugDescription) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(CSVReport.field("a\u{2028}b") == "\"a\u{2028}b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("plain") == "plain")
    }
}
