import RuleLanguage

/// How an export's columns and cells are read (docs/scenarios.md, "Exports as they come"): the
/// delimiter, the columns' names or a map from the export's headers to the knowledge base's
/// names, whether columns it does not know are left out, and the headerless columns of a
/// partition.
@_spi(Tooling) public struct ExportLayout: Sendable {
    /// What separates a CSV file's fields (`--delimiter`).
    public enum Delimiter: String, CaseIterable, Sendable {
        case comma, semicolon, tab

        /// The byte itself.
        public var byte: UInt8 {
            switch self {
            case .comma: UInt8(ascii: ",")
            case .semicolon: UInt8(ascii: ";")
            case .tab: 9
            }
        }
    }

    /// What separates the fields; nil: told from the first line.
    public var delimiter: Delimiter?
    /// The export's column names (as lower case) mapped to an answer's name, `id` or `title`.
    public var map: [String: String] = [:]
    /// Columns that are neither `id`, `title` nor a question are left out (and named once).
    public var ignoresUnknown = false
    /// The columns of a file without a header (a partition of a larger export).
    public var columns: [String]?

    /// The layout of a plain export: header first, delimiter told from it, names as they are.
    public init() {}

    /// What a column holds.
    public enum Column: Hashable, Sendable {
        case id
        case title
        /// The answer to a question, by its name.
        case answer(String)
        /// Left out (`--ignore-unknown`).
        case ignored
    }

    /// A header read: what each column holds, the mistakes (by column index), the columns left
    /// out, and those read by a word of a question's label (said, so a wrong guess is seen).
    public struct Header: Sendable {
        public var columns: [Column] = []
        public var mistakes: [(column: Int, message: String)] = []
        public var ignored: [String] = []
        public var readAs: [(column: String, name: String)] = []
    }

    /// Reads a header's `names` against `kb`: `id`, `title`, a question's name or its label in
    /// English or Dutch, in any case, or a word only one question's label has (`complexiteit`,
    /// `risico`); or what the map gives for the name.
    public func header(_ names: [String], kb: KnowledgeBase) -> Header {
        var header = Header()
        let questions = kb.ruleBase.questions.map(\.name)
        var taken: [Column: String] = [:]
        for (k, raw) in names.enumerated() {
            let name = raw.trimmingSpaces
            let mapped = map[name.lowercased()]
            let exact = Self.column(mapped ?? name, kb: kb)
            // A first-word guess only for a column the map does not name.
            let guessed = exact == nil && mapped == nil ? Self.word(name, kb: kb) : nil
            guard let column = exact ?? guessed else {
                header.columns.append(.ignored)
                if let mapped {
                    header.mistakes.append((k, "--map \(name)=\(mapped): '\(mapped)' is not id, title or a question"))
                } else if ignoresUnknown {
                    header.ignored.append(name)
                } else {
                    var m = "the column '\(name)' is not id, title or a question"
                    if let best = Situation.suggest(name, in: questions) { m += "; did you mean '\(best)'?" }
                    header.mistakes.append((k, m))
                }
                continue
            }
            if case .answer(let q)? = guessed { header.readAs.append((name, q)) }
            if let first = taken[column] {
                let twice =
                    first == name
                    ? "the column '\(name)' is there twice"
                    : "the columns '\(first)' and '\(name)' both give \(Self.describe(column))"
                header.mistakes.append((k, twice))
            }
            taken[column] = name
            header.columns.append(column)
        }
        // What a header may name, said once, after the last mistake.
        if let last = header.mistakes.indices.last {
            header.mistakes[last].message +=
                "; a header names id, title and the questions (\(questions.joined(separator: ", "))), by name or label"
                + "; map a column with --map COLUMN=NAME, or leave the others out with --ignore-unknown"
        }
        return header
    }

    /// What a column named `name` holds, if the knowledge base knows it.
    static func column(_ name: String, kb: KnowledgeBase) -> Column? {
        // Most keys are written as the knowledge base writes them (every JSON line asks again).
        if kb.question(name) != nil { return .answer(name) }
        let lower = name.lowercased()
        if lower == "id" { return .id }
        if lower == "title" { return .title }
        for q in kb.ruleBase.questions {
            if q.name.lowercased() == lower { return .answer(q.name) }
            if kb.label(ofAttribute: q.attribute).values.contains(where: { $0.lowercased() == lower }) {
                return .answer(q.name)
            }
        }
        return nil
    }

    /// The question whose label alone starts with the word `name` (of four letters or more):
    /// `complexiteit` for "Complexiteit van het aanbod", `risico` for "Risico voor de koper"; not
    /// a word further on (`klant` is in "Overstapkosten voor de klant" but names a customer).
    static func word(_ name: String, kb: KnowledgeBase) -> Column? {
        let lower = name.lowercased()
        guard lower.count >= 4 else { return nil }
        let having = kb.ruleBase.questions.filter { q in
            kb.label(ofAttribute: q.attribute).values.contains { label in
                label.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }.first == lower[...]
            }
        }
        return having.count == 1 ? .answer(having[0].name) : nil
    }

    static func describe(_ c: Column) -> String {
        switch c {
        case .id: "id"
        case .title: "title"
        case .answer(let name): name
        case .ignored: "nothing"
        }
    }

    /// A cell as the value it names: the value's name or its label in English or Dutch, in any
    /// case, around spaces; a cell that names none is given as it is (and reported with the
    /// values the question takes). Not by number or prefix: in an export, `2` is data and `hi`
    /// more likely a cut-off cell than shorthand.
    public static func value(_ cell: String, of question: String, kb: KnowledgeBase) -> String {
        let text = cell.trimmingSpaces
        guard let q = kb.question(question) else { return text }
        let values = kb.values(ofAttribute: q.attribute)
        if values.contains(text) { return text }
        let lower = text.lowercased()
        for v in values {
            if v.lowercased() == lower { return v }
            if let texts = kb.valueTexts(v, ofAttribute: q.attribute),
                texts.values.contains(where: { $0.lowercased() == lower })
            {
                return v
            }
        }
        return text
    }

    /// `--map klant=id,complexiteit=complexity`: pairs of an export's column and a name; nil and a
    /// message when one is not a pair.
    public static func pairs(_ text: String) -> Result<[String: String], MapMistake> {
        var map: [String: String] = [:]
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            guard let eq = part.lastIndex(of: "="), eq != part.startIndex, part.index(after: eq) != part.endIndex
            else { return .failure(MapMistake(text: String(part))) }
            map[String(part[..<eq]).trimmingSpaces.lowercased()] = String(part[part.index(after: eq)...]).trimmingSpaces
        }
        return .success(map)
    }

    /// A `--map` entry that is not COLUMN=NAME.
    public struct MapMistake: Error, Sendable {
        public let text: String
    }
}
