@_spi(Tooling) import RuleLanguage

/// A situation to evaluate, as written in a scenario file or with `--set`: answers, facts of other
/// templates (options, SWOT items), and the advice the author expects. Names and values are still
/// text here; ``Situation`` checks them against the knowledge base.
public struct Scenario: Sendable {
    /// Where a line came from, for messages: `file:line:column` (line 0 for a `--set`).
    public typealias Place = SourceLocation

    /// `option webshop fit=yes cost=low`: a fact of a template; the first bare word fills its first slot.
    public struct FactLine: Sendable {
        /// The kind of fact (`option`, `swot`, `pair`).
        public let template: String
        /// Its slots as written.
        public let slots: [(name: String, value: ScenarioValue, place: Place)]
        /// Where it is written.
        public let place: Place
        /// How sure it is (a consultation's detail answered with a certainty); 1 in files.
        public var certainty: Double = 1

        /// A fact line of `template` with `slots`, written at `place`, as sure as `certainty`.
        public init(
            template: String, slots: [(name: String, value: ScenarioValue, place: Place)], place: Place,
            certainty: Double = 1
        ) {
            self.template = template
            self.slots = slots
            self.place = place
            self.certainty = certainty
        }
    }

    /// `expect approach = transactional`, `expect option = webshop`, `expect rejected = expand`.
    public struct Expectation: Sendable {
        /// The topic expected.
        public let topic: String
        /// The value expected.
        public let value: String
        /// Where it is written.
        public let place: Place
    }

    /// The scenario's name (its file name without `.scenario`).
    public var name: String
    /// Its title.
    public var title: String?
    /// The title in other languages (`title "Hospital supplier" nl "Ziekenhuisleverancier"`).
    public var titles: Texts = [:]
    /// The language the advice is given in: a text written for it (`text.nl="…"`, the title's
    /// `nl "…"`) replaces the plain one. Nil: the plain texts.
    public var language: Language?
    /// Its answers, in order.
    public var answers: [Answer] = []
    /// Its other facts (options, SWOT items, pairs).
    public var facts: [FactLine] = []
    /// Its `expect` lines.
    public var expectations: [Expectation] = []
    /// The scenario's lines, for messages with a caret; the first is line `firstLine` of its file
    /// (a scenario read from one line of a JSON-lines or CSV file starts further down).
    public var lines: [String] = []
    /// The line number of `lines[0]` in its file.
    public var firstLine = 1

    /// The text of line `n` of the file, when the scenario holds it.
    public func line(_ n: Int) -> String? {
        let i = n - firstLine
        return i >= 0 && i < lines.count ? lines[i] : nil
    }

    /// An empty scenario.
    public init(name: String) { self.name = name }
}

/// A value in a scenario: a bare word, a number or a quoted string.
public enum ScenarioValue: Sendable, Equatable {
    case word(String)
    /// A whole number that fits 64 bits.
    case integer(Int)
    /// Any other number, with the text it was written as (messages echo what was typed).
    case number(Double, text: String)
    case string(String)

    /// The value as it was written.
    public var text: String {
        switch self {
        case .word(let w): return w
        case .integer(let i): return String(i)
        case .number(_, let text): return text
        case .string(let s): return s
        }
    }
}

/// A mistake in a scenario or a `--set`: where, and a message that names the field and the valid values.
public struct InputError: Error, Sendable {
    /// Where the mistake is, if in a file.
    public let place: Scenario.Place?
    /// What is wrong, with the valid names or values.
    public let message: String
    /// The source line and a caret, when the error has a place in a file.
    public let excerpt: String?
    /// Further errors of the same input (every line of a scenario is read), rendered after this one.
    public var more: [InputError] = []

    /// An error at `place`, quoting `line` with a caret.
    public init(_ message: String, at place: Scenario.Place? = nil, line: String? = nil) {
        self.place = place
        self.message = message
        if let place, let line, place.column > 0 {
            let number = String(place.line)
            let pad = String(repeating: " ", count: number.count)
            // A long line is shown as a window around the caret, never whole.
            let (shown, column) = ShownInput.excerpt(line, column: place.column)
            excerpt = "\(pad) |\n\(number) | \(shown)\n\(pad) | \(String(repeating: " ", count: column - 1))^"
        } else {
            excerpt = nil
        }
    }

    /// `file:line:column: error: message`, the source line and a caret.
    public var rendered: String {
        var out: String
        if let place, place.line > 0 {
            out = "\(place.text): error: \(message)"
        } else if let place {
            out = "advisor: \(place.file): \(message)"
        } else {
            out = "advisor: \(message)"
        }
        if let excerpt { out += "\n" + excerpt }
        for e in more { out += "\n" + e.rendered }
        return ShownInput.capped(out.visibleControls)
    }
}

extension InputError: CustomStringConvertible {
    /// `place: message` (or the message alone), then each further error on a line of its own;
    /// no program name and no source excerpt, for a library's caller to show as it likes.
    public var description: String {
        ([self] + more).map { e in
            guard let p = e.place else { return e.message }
            return "\(p.line > 0 ? p.text : p.file): \(e.message)"
        }.joined(separator: "\n")
    }
}

extension SourceLocation {
    /// `file:line:column`, or just the file (a `--set`) when there is no line.
    public var text: String { line > 0 ? "\(file):\(line):\(column)" : file }
}
