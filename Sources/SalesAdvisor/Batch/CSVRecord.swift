/// One record of a CSV file (RFC 4180): its fields with the line and column each starts at, and
/// the physical lines it spans (a quoted field may hold line breaks).
@_spi(Tooling) public struct CSVRecord: Sendable {
    public struct Field: Sendable {
        public let text: String
        public let line: Int
        public let column: Int
    }

    public let line: Int
    public let fields: [Field]
    public let text: [String]
}

/// Splits CSV text into records as it arrives: fields separated by commas, records by CRLF or LF;
/// a field in double quotes may hold commas, line breaks and `""` for a quote. Feed it chunks of
/// bytes; it hands out each record as soon as it is complete, so a file of any size streams.
@_spi(Tooling) public struct CSVSplitter {
    private var pending: [UInt8] = []
    private var line = 1

    public init() {}

    public struct Malformed: Error, Sendable {
        public let line: Int
        public let column: Int
        public let message: String
        public let text: String
    }

    /// Adds bytes and returns the records they complete (a malformed record as its error).
    public mutating func feed(_ bytes: [UInt8], atEnd: Bool = false) -> [Result<CSVRecord, Malformed>] {
        pending += bytes
        var out: [Result<CSVRecord, Malformed>] = []
        var base = 0
        while let (result, end) = next(from: base, atEnd: atEnd) {
            out.append(result)
            base = end
        }
        pending.removeFirst(base)
        return out
    }

    /// The record that starts at `base` in `pending`, and where it ends; nil when it is not
    /// complete yet (or nothing is left).
    private mutating func next(from base: Int, atEnd: Bool) -> (Result<CSVRecord, Malformed>, Int)? {
        if base >= pending.count { return nil }
        var fields: [CSVRecord.Field] = []
        var i = base
        var lineStart = base
        var currentLine = line
        var field: [UInt8] = []
        var fieldLine = line
        var fieldColumn = 1
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        func column(_ at: Int) -> Int { String(decoding: pending[lineStart..<at], as: UTF8.self).count + 1 }
        func texts(_ end: Int) -> [String] {
            String(decoding: pending[base..<end], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.last == "\r" ? String($0.dropLast()) : String($0)
            }
        }
        while i < pending.count {
            let b = pending[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < pending.count, pending[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 2
                        continue
                    }
                    if i + 1 == pending.count && !atEnd { return nil }  // a quote or the closing one: wait
                    inQuotes = false
                    afterQuote = true
                    i += 1
                    continue
                }
                if b == 10 {
                    currentLine += 1
                    lineStart = i + 1
                }
                field.append(b)
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: ","):
                fields.append(CSVRecord.Field(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
                field = []
                quoted = false
                afterQuote = false
                i += 1
                fieldLine = currentLine
                fieldColumn = column(i)
            case 10, 13:
                if b == 13 {
                    if i + 1 == pending.count && !atEnd { return nil }
                    if i + 1 < pending.count, pending[i + 1] != 10 {
                        return failure("a carriage return alone inside a record", line: currentLine, column: column(i), base: base, end: i + 1, atEnd: atEnd)
                    }
                }
                // CRLF takes two bytes; a CR that ends the input, one.
                let end = b == 13 && i + 1 < pending.count ? i + 2 : i + 1
                fields.append(CSVRecord.Field(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
                let record = CSVRecord(line: line, fields: fields, text: texts(i))
                line = currentLine + 1
                return (.success(record), end)
            case UInt8(ascii: "\""):
                guard field.isEmpty, !quoted else {
                    return failure("a quote inside an unquoted field: quote the whole field and double the quote (\"\")", line: currentLine, column: column(i), base: base, end: i + 1, atEnd: atEnd)
                }
                quoted = true
                inQuotes = true
                i += 1
            default:
                if afterQuote {
                    return failure("text after a closing quote: a quoted field ends at the quote", line: currentLine, column: column(i), base: base, end: i + 1, atEnd: atEnd)
                }
                field.append(b)
                i += 1
            }
        }
        guard atEnd else { return nil }
        if inQuotes { return failure("unterminated quoted field: add the closing '\"'", line: fieldLine, column: fieldColumn, base: base, end: pending.count, atEnd: atEnd) }
        fields.append(CSVRecord.Field(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
        let record = CSVRecord(line: line, fields: fields, text: texts(pending.count))
        line = currentLine + 1
        return (.success(record), pending.count)
    }

    /// A malformed record: reported, and skipped to the end of its line.
    private mutating func failure(_ message: String, line at: Int, column: Int, base: Int, end: Int, atEnd: Bool)
        -> (Result<CSVRecord, Malformed>, Int)?
    {
        var stop = end
        while stop < pending.count, pending[stop] != 10 { stop += 1 }
        // The rest of the line has not arrived: wait for it, so a stream split anywhere reads alike.
        if stop == pending.count && !atEnd { return nil }
        let text = String(decoding: pending[base..<min(stop, pending.count)], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let consumed = min(pending.count, stop + 1)
        let newlines = pending[base..<consumed].filter { $0 == 10 }.count
        let malformed = Malformed(line: at, column: column, message: message, text: text)
        line += max(1, newlines)
        return (.failure(malformed), consumed)
    }
}
