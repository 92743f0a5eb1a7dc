/// One line per scenario, for spreadsheets: the recommendation of every goal with its certainty,
/// the chosen option, and whether the expectations were met. Fields with a comma, a quote or a line
/// break are quoted (RFC 4180). A text from the input (the scenario's id, an option's name) that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'` in front, so a spreadsheet
/// shows it as text rather than running it as a formula (OWASP's advice on CSV injection).
public struct CSVReport: Sendable {
    /// The goals that get columns, in order.
    public let goals: [String]

    /// A CSV writer with a value, certainty and runner-up column per goal.
    public init(goals: [String]) { self.goals = goals }

    /// The header's names.
    var names: [String] {
        ["scenario"] + goals.flatMap { [$0, "\($0)-certainty", "\($0)-runner-up"] } + [
            "option", "option-total", "expectations",
        ]
    }

    /// The header row.
    public var header: String { names.joined(separator: ",") }

    /// How many columns a row has.
    public var columns: Int { names.count }

    /// One report as a row (RFC 4180 quoting).
    public func row(_ report: Report) -> String {
        var fields = [CSVReport.text(report.name)]
        for g in goals {
            let topic = report.topic(g)
            fields.append(topic?.top?.value ?? "")
            fields.append(topic?.top.map { JSONValue.numberText($0.certainty) } ?? "")
            fields.append(topic?.runnerUp?.value ?? "")
        }
        let winner = report.options?.winner
        fields.append(winner.map { CSVReport.text($0.name) } ?? "")
        fields.append(winner.map { JSONValue.numberText($0.total) } ?? "")
        fields.append(report.expectations.isEmpty ? "" : (report.expectations.allSatisfy(\.met) ? "met" : "not-met"))
        var row = ""
        row.reserveCapacity(fields.reduce(fields.count) { $0 + $1.utf8.count })
        for (i, f) in fields.enumerated() {
            if i > 0 { row += "," }
            row += CSVReport.field(f)
        }
        return row
    }

    /// A text from the input, made harmless to a spreadsheet: one that a spreadsheet would read as
    /// a formula gets a `'` in front.
    public static func text(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    static func field(_ s: String) -> String {
        guard needsQuotes(s) else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// Whether a field holds a comma, a quote or a line break (any of Unicode's: LF, VT, FF, CR,
    /// NEL, LS, PS), read from its UTF-8 bytes.
    static func needsQuotes(_ s: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A...0x0D: return true
            case 0x85 where previous.1 == 0xC2: return true
            case 0xA8, 0xA9: if previous == (0xE2, 0x80) { return true }
            default: break
            }
            previous = (previous.1, b)
        }
        return false
    }
}
