@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scenarios from a JSON-lines or CSV file (or standard input), read a block at a time: records are
/// handed out as soon as they are complete, and at most a block of input is held, so a stream of
/// any length runs in constant memory and a slow producer gets its results without waiting for a
/// full chunk.
final class BatchSource {
    enum Format { case jsonLines, csv }

    let file: String
    let format: Format
    let kb: KnowledgeBase
    private let fd: Int32
    private var pending: [UInt8] = []
    private var line = 0
    /// How far the line at the start of `pending` has been searched for its end.
    private var searched = 0
    /// Whether the start of the input has been checked for a byte-order mark.
    private var startChecked = false
    /// Whether the line at the start of `pending` is too long and being skipped.
    private var skipping = false
    /// How the export's columns and cells are read.
    let layout: ExportLayout
    /// Made once the delimiter is known (given, or told from the first line).
    private var splitter: CSVSplitter?
    private var columns: [ExportLayout.Column]?
    /// What is said once, not as an error (the columns left out); the caller takes them.
    var notes: [String] = []
    private var finished = false
    /// Set when the file cannot be used at all (a bad CSV header).
    private(set) var broken = false
    /// The mistakes of a CSV header: the file's, not a record's, so always said in full (and the
    /// run fails whatever `--on-error` says); the caller takes them.
    var headerMistakes: [InputError] = []

    /// `prefill`: bytes of standard input already read (to tell what it holds).
    init?(path: String, format: Format, kb: KnowledgeBase, layout: ExportLayout = ExportLayout(), prefill: [UInt8] = [])
    {
        self.format = format
        self.kb = kb
        self.layout = layout
        pending = prefill
        if path == "-" {
            fd = 0
            file = "<stdin>"
        } else {
            guard FileSystem.isReadableFile(path) else { return nil }
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else { return nil }
            fd = opened
            file = path
        }
    }

    deinit { if fd > 0 { close(fd) } }

    /// The next scenarios (or the errors of their lines), at most `limit`; waits for input only
    /// while none is ready. Nil at the end.
    func next(limit: Int) -> [Result<Scenario, InputError>]? {
        var out: [Result<Scenario, InputError>] = []
        while out.count < limit {
            out += take(limit - out.count)
            if out.count >= limit || finished { break }
            // Something to hand out and nothing more waiting: hand it out now.
            if !out.isEmpty && !readable() { break }
            fill()
        }
        if out.isEmpty && finished { return nil }
        return out
    }

    /// Whether more input can be read at once.
    private func readable() -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    private func fill() {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n > 0 {
            pending += buffer[..<n]
        } else if n < 0 && errno == EINTR {
            return
        } else {
            finished = true
        }
    }

    /// The records complete in `pending`.
    private func take(_ limit: Int) -> [Result<Scenario, InputError>] {
        // A UTF-8 byte-order mark (Excel's "CSV UTF-8" writes one) is not part of the first record.
        if !startChecked && (pending.count >= 3 || finished) {
            startChecked = true
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
        }
        guard startChecked else { return [] }
        switch format {
        case .jsonLines: return jsonLines(limit)
        case .csv: return csvRows()
        }
    }

    private func jsonLines(_ limit: Int) -> [Result<Scenario, InputError>] {
        var out: [Result<Scenario, InputError>] = []
        var start = 0
        while out.count < limit {
            // The search for the line's end goes on where the last block left it: linear in the input.
            var end = start + searched
            while end < pending.count, pending[end] != 10 { end += 1 }
            searched = 0
            if end - start > CSVSplitter.maximumRecordBytes {
                // Too long to be a record: said once, at its start, and skipped without holding it.
                if !skipping {
                    line += 1
                    skipping = true
                    let limitText = "\(CSVSplitter.maximumRecordBytes >> 20) MiB"
                    out.append(
                        .failure(
                            InputError(
                                "a line longer than \(limitText): it is skipped",
                                at: Scenario.Place(file: file, line: line, column: 1),
                                line: String(decoding: pending[start..<(start + 80)], as: UTF8.self) + "…")))
                }
                if end == pending.count {
                    pending.removeAll()
                    return out
                }
                skipping = false
                start = end + 1
                continue
            }
            guard end < pending.count || (finished && start < pending.count) else {
                searched = end - start
                break
            }
            if skipping {
                skipping = false
                start = min(pending.count, end + 1)
                continue
            }
            line += 1
            var bytes = pending[start..<end]
            if bytes.last == 13 { bytes = bytes.dropLast() }
            start = min(pending.count, end + 1)
            let text = String(decoding: bytes, as: UTF8.self)
            if text.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            if let (column, message) = ScenarioParser.unreadable(text) {
                out.append(
                    .failure(
                        InputError(message, at: Scenario.Place(file: file, line: line, column: column), line: text)))
                continue
            }
            out.append(BatchScenario.json(text, line: line, file: file, layout: layout, kb: kb))
        }
        pending.removeFirst(start)
        return out
    }

    private func csvRows() -> [Result<Scenario, InputError>] {
        if splitter == nil {
            if let given = layout.delimiter {
                splitter = CSVSplitter(delimiter: given.byte)
            } else {
                // Told from the first line: wait for it (or the end).
                guard let end = pending.firstIndex(of: 10) ?? (finished ? pending.count : nil) else { return [] }
                splitter = CSVSplitter(delimiter: CSVSplitter.delimiter(of: pending[..<end]))
            }
            if let given = layout.columns { columns = given.map { readColumn($0) } }
        }
        guard var csv = splitter else { return [] }
        let records = csv.feed(pending, atEnd: finished)
        splitter = csv
        pending = []
        var out: [Result<Scenario, InputError>] = []
        for r in records {
            switch r {
            case .failure(let m):
                out.append(
                    .failure(
                        InputError(
                            m.message, at: Scenario.Place(file: file, line: m.line, column: m.column), line: m.text)))
            case .success(let record):
                // A blank line (spaces only too).
                if record.fields.count == 1 && record.fields[0].text.trimmed.isEmpty { continue }
                guard let columns else {
                    readHeader(record)
                    continue
                }
                if broken { continue }
                out.append(BatchScenario.csv(record, columns: columns, file: file, kb: kb))
            }
        }
        return out
    }

    /// A column named by `--columns`, checked when the request was read.
    private func readColumn(_ name: String) -> ExportLayout.Column {
        layout.header([name], kb: kb).columns.first ?? .ignored
    }

    /// The first record names the columns: `id`, `title` and questions of the knowledge base (by
    /// name or label, in any case), or what `--map` makes of them.
    private func readHeader(_ record: CSVRecord) {
        let header = layout.header(record.fields.map(\.text), kb: kb)
        columns = header.columns
        for (k, message) in header.mistakes {
            let field = record.fields[k]
            let place = Scenario.Place(file: file, line: field.line, column: field.column)
            let said = file == "<stdin>" ? message + " (\(StandardInputKind.csv.assumed))" : message
            headerMistakes.append(InputError(said, at: place, line: record.text.first))
            broken = true
        }
        if !header.readAs.isEmpty {
            notes.append(
                "\(file): columns read as: "
                    + header.readAs.map { "'\($0.column)' as \($0.name)" }.joined(separator: ", "))
        }
        if !header.ignored.isEmpty {
            notes.append("\(file): columns left out: " + header.ignored.map { "'\($0)'" }.joined(separator: ", "))
        }
    }
}

/// What standard input holds, told from its first line that is not blank (after a UTF-8 byte-order
/// mark, which Excel writes): JSON lines (it starts with `{`), a CSV export (a header: names separated
/// by commas, or one name that is `id` or a question), or a scenario.
enum StandardInputKind {
    case jsonLines, csv, scenario

    /// How an error names what standard input was read as, and why.
    var assumed: String {
        switch self {
        case .jsonLines: return "standard input was read as JSON lines (its first line starts with '{')"
        case .csv: return "standard input was read as a CSV export (its first line is a header of names)"
        case .scenario:
            return "standard input was read as a scenario (its first line is neither a JSON object nor a CSV header of "
                + "id and question names); for an export, give a file ending in .csv or .jsonl, or pass --jsonl"
        }
    }

    /// Reads standard input up to its first line that is not blank (or a block); what it holds, and
    /// the bytes read (without a byte-order mark).
    static func sniff(questions: Set<String> = []) -> (StandardInputKind, [UInt8]) {
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        func firstLine() -> String? {
            var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while let end = head[start...].firstIndex(of: 10) {
                let line = String(decoding: head[start..<end], as: UTF8.self).trimmed
                if !line.isEmpty { return line }
                start = end + 1
            }
            return nil
        }
        while firstLine() == nil && head.count < 1 << 16 {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            head += buffer[..<n]
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let first =
            firstLine() ?? String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline).first.map {
                String($0).trimmed
            } ?? ""
        if first.hasPrefix("{") { return (.jsonLines, head) }
        // Names separated by commas, or by the semicolons or tabs of European spreadsheets.
        let delimiter = Character(Unicode.Scalar(CSVSplitter.delimiter(of: Array(first.utf8))))
        let names = first.split(separator: delimiter, omittingEmptySubsequences: false).map {
            String($0).trimmed.trimmingCharacters(in: "\"")
        }
        let isName = { (t: String) in
            !t.isEmpty
                && t.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == " "
                }
        }
        if names.count > 1 && names.allSatisfy(isName) { return (.csv, head) }
        // One column: a header only when it names one (a scenario's line is never a bare name).
        if names.count == 1, let name = names.first, name == "id" || questions.contains(name) { return (.csv, head) }
        return (.scenario, head)
    }
}
