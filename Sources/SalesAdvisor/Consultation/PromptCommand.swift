/// What a user can type at any prompt of a consultation besides an answer: the English words and
/// their Dutch equivalents, whatever the consultation's language.
@_spi(Tooling) public enum PromptCommand: Equatable, Sendable {
    case help
    case why
    case how(String?)
    case whyNot(String?)
    case unknown
    case back
    case change(String?)
    case summary
    case report(String?)
    case save(String?)
    /// Drops the saved answers that no longer fit the knowledge base (set aside on resume).
    case drop
    case quit

    /// The command words, for completion and help (English first, then Dutch).
    public static let words = [
        "help", "why", "how", "why not", "unknown", "back", "change", "summary", "report", "save", "drop", "quit",
        "hulp", "waarom", "hoe", "waarom niet", "onbekend", "terug", "wijzig", "overzicht", "rapport", "bewaar",
        "schrap", "stop",
    ]

    /// The command in `line`, or nil when it is not one (then it is an answer).
    public static func parse(_ line: String) -> PromptCommand? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first?.lowercased() else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        let argument: String? = rest.isEmpty ? nil : rest
        switch first {
        case "?", "help", "hulp", "h": return argument == nil ? .help : nil
        case "why", "waarom":
            if let second = words.dropFirst().first?.lowercased(), second == "not" || second == "niet" {
                let target = words.dropFirst(2).joined(separator: " ")
                return .whyNot(target.isEmpty ? nil : target)
            }
            return argument == nil ? .why : nil
        case "how", "hoe": return .how(argument)
        case "unknown", "onbekend", "weet-niet": return argument == nil ? .unknown : nil
        case "back", "terug", "undo": return argument == nil ? .back : nil
        case "change", "wijzig": return .change(argument)
        case "summary", "overzicht": return argument == nil ? .summary : nil
        case "report", "rapport": return .report(argument)
        case "save", "bewaar": return .save(argument)
        case "drop", "schrap": return argument == nil ? .drop : nil
        case "quit", "exit", "stop": return argument == nil ? .quit : nil
        default: return nil
        }
    }
}
