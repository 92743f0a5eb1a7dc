import Testing

@testable import SalesAdvisor

/// A plain-text table's columns line up by characters, whatever the characters are: a cell with
/// an accent written as two code points, a character outside the basic plane (two UTF-16 units),
/// or plain ASCII takes as many columns as it has characters.
@Suite("text tables")
struct TextTableTests {
    @Test func columnsLineUpByCharacters() {
        let document = TextDocument(language: .en, markdown: false)
        let table = DocumentTable(
            caption: "", header: ["Option", "Total", "Status"],
            rows: [["cafe\u{301}", "12", "ok"], ["\u{1F680} launch", "3", "ok"], ["plain", "100", "ok"]],
            struck: [])
        let lines = document.table(table).split(separator: "\n").map(String.init)
        // Header, rule, three rows: the last column starts at the same character in each.
        #expect(lines.count == 5, "\(lines)")
        func column(of word: String, in line: String) -> Int? {
            line.range(of: word).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        }
        let columns = [column(of: "Status", in: lines[0])] + lines[2...4].map { column(of: "ok", in: $0) }
        #expect(columns.allSatisfy { $0 != nil } && Set(columns).count == 1, "\(lines)")
    }
}
