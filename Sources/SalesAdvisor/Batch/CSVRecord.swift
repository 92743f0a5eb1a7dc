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

/// Splits CSV text into records as it arrives: fields separated by a delimiter (a comma, or the
/// semicolon or tab of European spreadsheets), records by CRLF or LF; a field in double quotes may
/// hold delimiters, line breaks and `""` for a quote. Feed it chunks of
/// bytes; it hands out each record as soon as it is complete, so a file of any size streams.
///
/// Reading is linear in the input however it is quoted or split: a record that is not complete
/// when a chunk ends is continued where its scan stopped, never scanned again, and a record is at
/// most ``maximumRecordBytes`` long, so a quote left open does not hold the rest of the file.
@_spi(Tooling) public struct CSVSplitter {
    /// The longest record: a longer one (most often a quote that is never closed) is reported at
    /// its start and skipped up to the end of the line where the limit was reached.
    public static let maximumRecordBytes = 1 << 20

    private var pending: [UInt8] = []
    private var line = 1
    /// The record at the start of `pending` when a chunk ended inside it.
    private var scan: Scan?
    /// A malformed record whose line end has not arrived yet.
    private var skip: Skip?

    /// The byte between fields.
    public let delimiter: UInt8

    /// A splitter of fields separated by `delimiter` (a comma unless said otherwise).
    public init(delimiter: UInt8 = UInt8(ascii: ",")) { self.delimiter = delimiter }

    /// The delimiters a CSV file may use: comma, semicolon, tab.
    public static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9]

    /// The delimiter of a file whose first line is `line`: of comma, semicolon and tab, the one it
    /// has most of outside quotes (a comma when it has none, or on a tie).
    public static func delimiter(of line: some Collection<UInt8>) -> UInt8 {
        var counts = [0, 0, 0]
        var quoted = false
        for b in line {
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if let i = delimiters.firstIndex(of: b) { counts[i] += 1 }
        }
        var best = 0
        for i in 1..<counts.count where counts[i] > counts[best] { best = i }
        return delimiters[best]
    }

    public struct Malformed: Error, Sendable {
        public let line: Int
        public let column: Int
        public let message: String
        /// The physical line the mistake is on.
        public let text: String
    }

    /// How far the record at `pending[0]` has been read; offsets count from its first byte.
    private struct Scan {
        var i = 0
        var lineStart = 0
        var currentLine: Int
        var fields: [CSVRecord.Field] = []
        var field: [UInt8] = []
        var fieldLine: Int
        var fieldColumn = 1
        var fieldStart = 0
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        /// The column of `columnAt` (characters since `lineStart`), so columns cost nothing to count again.
        var columnAt = 0
        var columnCount = 0

        init(line: Int) {
            currentLine = line
            fieldLine = line
        }
    }

    /// A malformed record being skipped to the end of its line; offsets count from `pending[0]`.
    private struct Skip {
        var line: Int
        var column: Int
        var message: String
        /// Where the line with the mistake starts, and the mistake itself.
        var shownStart: Int
        var shownAt: Int
        var text: String?
        /// Where the search for the line's end goes on, and the line breaks passed so far.
        var searched: Int
        var newlines: Int
    }

    /// Adds bytes and returns the records they complete (a malformed record as its error).
    public mutating func feed(_ bytes: [UInt8], atEnd: Bool = false) -> [Result<CSVRecord, Malformed>] {
        pending += bytes
        var out: [Result<CSVRecord, Malformed>] = []
        var base = 0
        while true {
            let step = skip != nil ? continueSkip(from: base, atEnd: atEnd) : next(from: base, atEnd: atEnd)
            guard let (result, end) = step else { break }
            out.append(result)
            base = end
        }
        // A record being skipped keeps no more than the text it shows.
        if var s = skip, s.text != nil {
            base += s.searched
            s.searched = 0
            skip = s
        }
        pending.removeFirst(base)
        return out
    }

    /// The record that starts at `base` in `pending`, and where it ends; nil when it is not
    /// complete yet (its scan is kept in `scan`) or nothing is left.
    private mutating func next(from base: Int, atEnd: Bool) -> (Result<CSVRecord, Malformed>, Int)? {
        if base >= pending.count { return nil }
        var s = base == 0 ? scan ?? Scan(line: line) : Scan(line: line)
        scan = nil
        // Offsets in `s` count from `base`.
        func column(_ at: Int) -> Int {
            if s.columnAt < s.lineStart {
                s.columnAt = s.lineStart
                s.columnCount = 0
            }
            let bytes = pending[(base + s.columnAt)..<(base + at)]
            // Plain ASCII (most exports) is one character a byte.
            s.columnCount +=
                bytes.allSatisfy { $0 < 0x80 } ? bytes.count : String(decoding: bytes, as: UTF8.self).count
            s.columnAt = at
            return s.columnCount + 1
        }
        func texts(_ end: Int) -> [String] {
            String(decoding: pending[base..<(base + end)], as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false
            ).map {
                $0.last == "\r" ? String($0.dropLast()) : String($0)
            }
        }
        func wait() -> (Result<CSVRecord, Malformed>, Int)? {
            scan = s
            return nil
        }
        let count = pending.count - base
        while s.i < count {
            if s.i >= Self.maximumRecordBytes {
                let message =
                    s.inQuotes
                    ? "a quoted field still open after \(Self.maximumRecordBytes / (1 << 20)) MiB: is its closing '\"' missing? The record is skipped to the end of line \(s.currentLine)"
                    : "a record longer than \(Self.maximumRecordBytes / (1 << 20)) MiB: it is skipped"
                let at = s.inQuotes ? s.fieldStart : 0
                let line = s.inQuotes ? s.fieldLine : self.line
                let columnNumber = s.inQuotes ? s.fieldColumn : 1
                return failure(
                    message, line: line, column: columnNumber, at: base + at, base: base, end: base + s.i, atEnd: atEnd)
            }
            let b = pending[base + s.i]
            if s.inQuotes {
                if b == UInt8(ascii: "\"") {
                    if s.i + 1 < count, pending[base + s.i + 1] == UInt8(ascii: "\"") {
                        s.field.append(b)
                        s.i += 2
                        continue
                    }
                    if s.i + 1 == count && !atEnd { return wait() }  // a quote or the closing one: wait
                    s.inQuotes = false
                    s.afterQuote = true
                    s.i += 1
                    continue
                }
                if b == 10 {
                    s.currentLine += 1
                    s.lineStart = s.i + 1
                }
                s.field.append(b)
                s.i += 1
                continue
            }
            switch b {
            case delimiter:
                s.fields.append(
                    CSVRecord.Field(
                        text: String(decoding: s.field, as: UTF8.self), line: s.fieldLine, column: s.fieldColumn))
                s.field = []
                s.quoted = false
                s.afterQuote = false
                s.i += 1
                s.fieldLine = s.currentLine
                s.fieldColumn = column(s.i)
            case 10, 13:
                if b == 13 {
                    if s.i + 1 == count && !atEnd { return wait() }
                    if s.i + 1 < count, pending[base + s.i + 1] != 10 {
                        return failure(
                            "a carriage return alone inside a record", line: s.currentLine, column: column(s.i),
                            at: base + s.i, base: base, end: base + s.i + 1, atEnd: atEnd)
                    }
                }
                // CRLF takes two bytes; a CR that ends the input, one.
                let end = b == 13 && s.i + 1 < count ? s.i + 2 : s.i + 1
                s.fields.append(
                    CSVRecord.Field(
                        text: String(decoding: s.field, as: UTF8.self), line: s.fieldLine, column: s.fieldColumn))
                let record = CSVRecord(line: line, fields: s.fields, text: texts(s.i))
                line = s.currentLine + 1
                return (.success(record), base + end)
            case UInt8(ascii: "\""):
                guard s.field.isEmpty, !s.quoted else {
                    return failure(
                        "a quote inside an unquoted field: quote the whole field and double the quote (\"\")",
                        line: s.currentLine, column: column(s.i), at: base + s.i, base: base, end: base + s.i + 1,
                        atEnd: atEnd)
                }
                s.quoted = true
                s.inQuotes = true
                s.fieldStart = s.i
                s.i += 1
            default:
                if s.afterQuote {
                    return failure(
                        "text after a closing quote: a quoted field ends at the quote", line: s.currentLine,
                        column: column(s.i), at: base + s.i, base: base, end: base + s.i + 1, atEnd: atEnd)
                }
                // The run of plain bytes this one starts, at once (most of a field is one).
                var j = s.i + 1
                let limit = min(count, Self.maximumRecordBytes)
                while j < limit {
                    let c = pending[base + j]
                    if c == delimiter || c == 10 || c == 13 || c == UInt8(ascii: "\"") { break }
                    j += 1
                }
                s.field.append(contentsOf: pending[(base + s.i)..<(base + j)])
                s.i = j
            }
        }
        guard atEnd else { return wait() }
        if s.inQuotes {
            // Shown on the line the quote opens, where the mistake is, not the input's last line.
            return failure(
                "unterminated quoted field: add the closing '\"'", line: s.fieldLine, column: s.fieldColumn,
                at: base + s.fieldStart, base: base, end: pending.count, atEnd: atEnd)
        }
        s.fields.append(
            CSVRecord.Field(text: String(decoding: s.field, as: UTF8.self), line: s.fieldLine, column: s.fieldColumn))
        let record = CSVRecord(line: line, fields: s.fields, text: texts(count))
        line = s.currentLine + 1
        return (.success(record), pending.count)
    }

    /// A malformed record: reported, and skipped to the end of the line where it was found
    /// (`end`); `at` is the mistake, whose line is shown.
    private mutating func failure(
        _ message: String, line at: Int, column: Int, at offset: Int, base: Int, end: Int, atEnd: Bool
    )
        -> (Result<CSVRecord, Malformed>, Int)?
    {
        var start = offset
        while start > base, pending[start - 1] != 10 { start -= 1 }
        let newlines = pending[base..<min(end, pending.count)].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        skip = Skip(
            line: at, column: column, message: message, shownStart: start - base, shownAt: offset - base,
            searched: end - base, newlines: newlines)
        return continueSkip(from: base, atEnd: atEnd)
    }

    /// Goes on skipping the malformed record at `base` to its line's end: the error once it is
    /// there, else nil (and the bytes it no longer needs may go).
    private mutating func continueSkip(from base: Int, atEnd: Bool) -> (Result<CSVRecord, Malformed>, Int)? {
        guard var s = skip else { return nil }
        var stop = base + s.searched
        while stop < pending.count, pending[stop] != 10 { stop += 1 }
        let found = stop < pending.count
        // The line shown: whole when its end is there, else as much as an error shows.
        if s.text == nil {
            var lineEnd = base + s.shownStart
            while lineEnd < pending.count, pending[lineEnd] != 10 { lineEnd += 1 }
            if lineEnd < pending.count || atEnd || lineEnd - (base + s.shownStart) >= Self.shownBytes {
                var bytes = pending[(base + s.shownStart)..<min(lineEnd, base + s.shownStart + Self.shownBytes)]
                if bytes.last == 13 { bytes = bytes.dropLast() }
                s.text = String(decoding: bytes, as: UTF8.self)
            }
        }
        guard found || atEnd, let text = s.text else {
            s.searched = stop - base
            skip = s
            return nil
        }
        skip = nil
        line += max(1, s.newlines + (found ? 1 : 0))
        return (
            .failure(Malformed(line: s.line, column: s.column, message: s.message, text: text)),
            min(pending.count, stop + 1)
        )
    }

    /// How much of a line an error shows (a window around its column is cut from it later).
    static let shownBytes = 4096
}
