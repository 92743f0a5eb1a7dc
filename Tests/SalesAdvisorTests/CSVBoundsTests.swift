@_spi(Tooling) import SalesAdvisor
import Testing

/// A stray quote or an endless line in a CSV export (issue 23): the mistake is shown on its own
/// line, a record is at most `maximumRecordBytes` long (so a quote left open costs one MiB of
/// accounts, not the rest of the file), and reading in chunks gives what reading whole gives.
@Suite struct CSVBoundsTests {
    static let header = "id,complexity,risk\n"

    /// The records of `text`, read whole and in chunks of `chunk` bytes; both must agree.
    func read(_ text: String, chunk: Int = 65536) -> [Result<CSVRecord, CSVSplitter.Malformed>] {
        let bytes = Array(text.utf8)
        var whole = CSVSplitter()
        let all = whole.feed(bytes, atEnd: true)
        var pieces = CSVSplitter()
        var split: [Result<CSVRecord, CSVSplitter.Malformed>] = []
        var i = 0
        while i < bytes.count {
            split += pieces.feed(Array(bytes[i..<min(bytes.count, i + chunk)]))
            i += chunk
        }
        split += pieces.feed([], atEnd: true)
        #expect(describe(all) == describe(split))
        return all
    }

    func describe(_ records: [Result<CSVRecord, CSVSplitter.Malformed>]) -> [String] {
        records.map {
            switch $0 {
            case .success(let r):
                return "\(r.line): " + r.fields.map { "\($0.line):\($0.column)=\($0.text)" }.joined(separator: "|")
            case .failure(let m): return "\(m.line):\(m.column) \(m.message) [\(m.text)]"
            }
        }
    }

    func errors(_ records: [Result<CSVRecord, CSVSplitter.Malformed>]) -> [CSVSplitter.Malformed] {
        records.compactMap { if case .failure(let m) = $0 { m } else { nil } }
    }

    @Test func anUnterminatedQuoteIsShownOnItsOwnLine() {
        let records = read(Self.header + "acme,\"high,low\nbeta,low,low\n\n", chunk: 7)
        let e = errors(records)
        #expect(e.count == 1)
        #expect(e.first?.line == 2 && e.first?.column == 6)
        #expect(e.first?.text == "acme,\"high,low")
        #expect(e.first?.message.contains("unterminated quoted field") == true)
    }

    @Test func aQuoteLeftOpenCostsOneMebibyteNotTheRestOfTheFile() {
        let rows = 3 * CSVSplitter.maximumRecordBytes / 16
        var text = Self.header + "acme,\"high,low\n"
        for i in 0..<rows { text += "c\(String(i + 100000)),low,low\n" }  // 16 bytes a row
        let records = read(text)
        let e = errors(records)
        #expect(e.count == 1)
        #expect(e.first?.line == 2 && e.first?.column == 6)
        #expect(e.first?.text == "acme,\"high,low")
        #expect(e.first?.message.contains("still open after 1 MiB") == true)
        // About a third of the rows fall in the skipped mebibyte; the rest are read, at their lines.
        let read = records.compactMap { if case .success(let r) = $0 { r } else { nil } }.dropFirst()
        #expect(read.count > rows / 2 && read.count < rows)
        if let first = read.first {
            #expect(first.fields.first?.text == "c\(String(100000 + first.line - 3))")
        }
        #expect(read.last?.line == rows + 2)
    }

    @Test func anEndlessLineIsSkippedAtTheLimit() {
        let long = String(repeating: "x", count: CSVSplitter.maximumRecordBytes + 10)
        let records = read(Self.header + long + "\nbeta,low,low\n")
        let e = errors(records)
        #expect(e.count == 1)
        #expect(e.first?.line == 2 && e.first?.message.contains("longer than 1 MiB") == true)
        // The line shown is cut: an error never echoes a mebibyte.
        #expect((e.first?.text.utf8.count ?? .max) <= 4096)
        #expect(describe(records).last == "3: 3:1=beta|3:6=low|3:10=low")
    }

    /// Many fields on one long line: columns are counted once, and right.
    @Test func columnsOnALongLine() {
        let line = Array(repeating: "é", count: 20000).joined(separator: ",")
        let records = read(line + "\n", chunk: 1000)
        guard case .success(let r) = records.first else {
            Issue.record("no record")
            return
        }
        #expect(r.fields.count == 20000)
        #expect(r.fields.last?.column == 2 * 19999 + 1)
    }
}
