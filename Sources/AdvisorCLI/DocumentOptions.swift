import Foundation
import SalesAdvisor

/// `--date` and `--prepared-by`: the document's title block, for `evaluate` and `consult`. The
/// date is today's unless given (or unless `SOURCE_DATE_EPOCH` fixes it, as reproducible builds do).
enum DocumentOptions {
    static let specs = [
        OptionSpec(
            name: "--date", value: "YYYY-MM-DD",
            help: "the date on the document (default: today; SOURCE_DATE_EPOCH when set)"),
        OptionSpec(name: "--prepared-by", value: "NAME", help: "who prepared the document, on its title block"),
        OptionSpec(
            name: "--objective", value: "KIND=TARGET",
            help: "a sales objective for the plan (repeatable): turnover, margin, retention or share, with its target",
            repeatable: true),
    ]

    /// The document's information from the command line; `command` names the command in a mistake.
    static func info(_ a: Arguments, customer: String?, environment: [String: String], command: String)
        throws(UsageError) -> DocumentInfo
    {
        let date: String
        if let given = a.value("--date") {
            guard valid(given) else {
                throw UsageError(
                    message: "--date takes a date as YYYY-MM-DD (2026-12-07), found '\(given)'", command: command)
            }
            date = given
        } else if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            // Whole seconds since 1970, as reproducible builds write it, up to the end of year 9999.
            guard let seconds = Int(epoch), (0...253_402_300_799).contains(seconds) else {
                throw UsageError(
                    message: "SOURCE_DATE_EPOCH takes whole seconds since 1970 (0 to 253402300799), found '\(epoch)'",
                    command: command)
            }
            date = Self.date(Date(timeIntervalSince1970: Double(seconds)), utc: true)
        } else {
            date = Self.date(Date(), utc: false)
        }
        for (option, value) in [("--prepared-by", a.value("--prepared-by")), ("--customer", customer)] {
            if let value, ScenarioParser.unreadable(value) != nil {
                throw UsageError(
                    message: "\(option): a name holds no control character (a line break, an escape)", command: command)
            }
        }
        var objectives: [Objective] = []
        for given in a.values("--objective") {
            switch Objective.parse(given) {
            case .success(let o):
                guard !objectives.contains(where: { $0.kind == o.kind }) else {
                    throw UsageError(
                        message: "--objective \(o.kind.rawValue) is given twice; give it once", command: command)
                }
                objectives.append(o)
            case .failure(let e): throw UsageError(message: e.message, command: command)
            }
        }
        return DocumentInfo(
            customer: customer, date: date, preparedBy: a.value("--prepared-by"), objectives: objectives)
    }

    /// Whether `text` is a calendar date written YYYY-MM-DD.
    static func valid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1
        else { return false }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// A moment as a date, in the local time zone (UTC for SOURCE_DATE_EPOCH).
    static func date(_ moment: Date, utc: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        if utc, let zone = TimeZone(identifier: "UTC") { calendar.timeZone = zone }
        let c = calendar.dateComponents([.year, .month, .day], from: moment)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : String($0) } ?? "01" }
        return "\(c.year.map(String.init) ?? "1970")-\(two(c.month))-\(two(c.day))"
    }
}
