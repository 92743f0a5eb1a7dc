@_spi(Tooling) import RuleLanguage

/// A consultation as saved to its session file: the knowledge base it ran on (a hash), the
/// language, the scenario file it started from, and every step in order (answers, instances and
/// their slots).
///
/// The file is plain text, one item a line, so that a person can read it:
/// ```
/// advisor-session 1
/// knowledge-base 3f1c0a5e9b2d7c41
/// language en
/// answer complexity high 1
/// preset risk low 1
/// unknown buy-class
/// offer option yes
/// instance option Offer pay-per-use
/// end-of-list option
/// slot 0 fit yes
/// slot-unknown 0 cost
/// end
/// ```
/// The last line `end` marks a complete file: a file cut off before it (a crash in the middle of
/// a save, a copy cut short) is refused with a message, never half read.
public struct SessionRecord: Equatable, Sendable {
    /// Equal in what they hold; where the steps were read from does not count.
    public static func == (a: SessionRecord, b: SessionRecord) -> Bool {
        a.knowledgeBase == b.knowledgeBase && a.language == b.language && a.scenario == b.scenario
            && a.scenarioHash == b.scenarioHash
            && a.customer == b.customer && a.objectives == b.objectives
            && a.steps == b.steps && a.setAside == b.setAside
    }

    /// The hash of the knowledge base the session ran in.
    public var knowledgeBase: String
    /// The consultation's language.
    public var language: Language
    /// The scenario file it started from, if any.
    public var scenario: String?
    /// A hash of the scenario file's text when the session started: resuming notices a changed file.
    public var scenarioHash: String?
    /// The customer the advice is for (`--customer`), its title.
    public var customer: String?
    /// The sales objectives for the plan.
    public var objectives: [Objective] = []
    /// The steps taken, in order.
    public var steps: [ConsultationStep]
    /// The line of the file each step was read from (for a message about one that no longer fits).
    public var lines: [Int] = []
    /// Steps that no longer fit the knowledge base (a question it no longer asks, a value it no
    /// longer has), kept as their lines so that nothing the user gave is lost; named at each resume.
    public var setAside: [String] = []

    /// A record of a session's steps.
    public init(knowledgeBase: String, language: Language, scenario: String? = nil, steps: [ConsultationStep]) {
        self.knowledgeBase = knowledgeBase
        self.language = language
        self.scenario = scenario
        self.steps = steps
    }

    /// The session file's text.
    public var text: String {
        var out = "advisor-session 1\nknowledge-base \(knowledgeBase)\nlanguage \(language.rawValue)\n"
        if let scenario { out += "scenario \(scenario)\n" }
        if let scenarioHash { out += "scenario-hash \(scenarioHash)\n" }
        if let customer { out += "customer \(customer.oneLine)\n" }
        for o in objectives { out += "objective \(o.kind.rawValue) \(o.target.oneLine)\n" }
        for step in steps { out += Self.line(step) + "\n" }
        for line in setAside { out += "set-aside \(line.oneLine)\n" }
        return out + "end\n"
    }

    /// A step as one line of the file.
    public static func line(_ step: ConsultationStep) -> String {
        switch step {
        case .answer(let a):
            guard let v = a.value else { return "\(a.isPreset ? "preset-unknown" : "unknown") \(a.question)" }
            // The certainty as Swift writes a Double: it reads back exactly (0.00004, not 0).
            return "\(a.isPreset ? "preset" : "answer") \(a.question) \(v) \(a.certainty == 1 ? "1" : "\(a.certainty)")"
        case .offer(let kind, let accepted): return "offer \(kind) \(accepted ? "yes" : "no")"
        case .instance(let kind, let label): return "instance \(kind) \(label.oneLine)"
        case .endOfList(let kind): return "end-of-list \(kind)"
        case .slot(let i, let slot, let value, let certainty):
            guard let value else { return "slot-unknown \(i) \(slot)" }
            // The certainty as Swift writes a Double (it reads back exactly), before the value (which may hold spaces).
            return certainty == 1
                ? "slot \(i) \(slot) \(value.oneLine)" : "slot-certainty \(i) \(slot) \(certainty) \(value.oneLine)"
        case .restate(let kind, let slot, let value, let typed):
            return "restate \(kind) \(slot) \(typed ? "typed" : "kept") \(value.oneLine)"
        }
    }

    /// A session file that cannot be read, with what is wrong.
    public struct Failure: Error, Sendable {
        /// What is wrong, naming the line.
        public let message: String
    }

    /// Reads a session file's text; the message of a failure names the line.
    public static func parse(_ text: String) throws(Failure) -> SessionRecord {
        // Windows line ends are read as plain ones (a file opened and saved in another editor).
        // ("\r\n" is one Character in Swift: split on both.)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(
            String.init)
        guard lines.first == "advisor-session 1" else {
            throw Failure(message: "not a session file of this advisor (the first line is not 'advisor-session 1')")
        }
        var record = SessionRecord(knowledgeBase: "", language: .en, steps: [])
        var ended = false
        // A session holds one answer per question (a changed answer replaces the old one in place):
        // a second one is a hand edit, refused with both lines rather than read as "the last wins".
        var answeredOn: [String: Int] = [:]
        func answeredOnce(_ question: String, line: Int) throws(Failure) {
            if let first = answeredOn[question] {
                throw Failure(
                    message:
                        "line \(line): '\(question)' is answered twice (first on line \(first)); keep one of the two")
            }
            answeredOn[question] = line
        }
        for (i, line) in lines.enumerated().dropFirst() {
            if ended {
                guard line.isEmpty else { throw Failure(message: "line \(i + 1): text after 'end'") }
                continue
            }
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let key = words.first else { continue }
            let stepsBefore = record.steps.count
            defer { if record.steps.count > stepsBefore { record.lines.append(i + 1) } }
            func bad() -> Failure { Failure(message: "line \(i + 1): cannot read '\(line)'") }
            switch key {
            case "knowledge-base" where words.count == 2: record.knowledgeBase = words[1]
            case "language" where words.count == 2:
                guard let language = Language(code: words[1]) else {
                    throw Failure(
                        message:
                            "line \(i + 1): the language '\(words[1])' is not one the advisor speaks (\(Language.codes))"
                    )
                }
                record.language = language
            case "scenario" where words.count >= 2: record.scenario = String(line.dropFirst("scenario ".count))
            case "scenario-hash" where words.count == 2: record.scenarioHash = words[1]
            case "customer" where words.count >= 2: record.customer = rest(line, after: 1)
            case "objective" where words.count >= 3:
                guard let kind = Objective.Kind(word: String(words[1])) else { throw bad() }
                record.objectives.removeAll { $0.kind == kind }
                record.objectives.append(Objective(kind: kind, target: rest(line, after: 2)))
            case "set-aside" where words.count >= 2: record.setAside.append(rest(line, after: 1))
            case "answer" where words.count == 4, "preset" where words.count == 4:
                guard let c = Double(words[3]), c.isFinite, c >= -1, c <= 1 else { throw bad() }
                try answeredOnce(words[1], line: i + 1)
                record.steps.append(
                    .answer(
                        Answer(
                            question: words[1], value: words[2], certainty: c,
                            origin: key == "preset" ? .preset : .typed)
                    ))
            case "unknown" where words.count == 2, "preset-unknown" where words.count == 2:
                try answeredOnce(words[1], line: i + 1)
                record.steps.append(
                    .answer(Answer(question: words[1], value: nil, origin: key == "preset-unknown" ? .preset : .typed)))
            case "offer" where words.count == 3 && (words[2] == "yes" || words[2] == "no"):
                record.steps.append(.offer(kind: words[1], accepted: words[2] == "yes"))
            case "instance" where words.count >= 3:
                record.steps.append(.instance(kind: words[1], label: rest(line, after: 2)))
            case "end-of-list" where words.count == 2:
                record.steps.append(.endOfList(kind: words[1]))
            case "slot" where words.count >= 4:
                guard let n = Int(words[1]), n >= 0 else { throw bad() }
                record.steps.append(.slot(instance: n, slot: words[2], value: rest(line, after: 3)))
            case "slot-certainty" where words.count >= 5:
                guard let n = Int(words[1]), n >= 0, let c = Double(words[3]), c.isFinite, c >= -1, c <= 1 else {
                    throw bad()
                }
                record.steps.append(.slot(instance: n, slot: words[2], value: rest(line, after: 4), certainty: c))
            case "slot-unknown" where words.count == 3:
                guard let n = Int(words[1]), n >= 0 else { throw bad() }
                record.steps.append(.slot(instance: n, slot: words[2], value: nil))
            case "restate" where words.count >= 4 && (words[3] == "typed" || words[3] == "kept"):
                record.steps.append(
                    .restate(
                        kind: words[1], slot: words[2], value: words.count > 4 ? rest(line, after: 4) : "",
                        typed: words[3] == "typed"))
            // The end line ends with its line break: a file cut inside `end-of-list` is not complete.
            case "end" where words.count == 1 && i < lines.count - 1: ended = true
            default: throw bad()
            }
        }
        guard ended else {
            throw Failure(message: "the file is cut off (no 'end' line): it was not saved completely")
        }
        return record
    }

    /// The text of a line after its first `count` words (and the single spaces between them).
    static func rest(_ line: String, after count: Int) -> String {
        var s = Substring(line)
        for _ in 0..<count {
            guard let space = s.firstIndex(of: " ") else { return "" }
            s = s[s.index(after: space)...]
        }
        return String(s)
    }

    /// A short hash of a knowledge base's files (FNV-1a, 64 bits, over their texts in load order):
    /// resuming on a changed knowledge base is noticed, wherever its folder is.
    public static func hash(_ kb: KnowledgeBase) -> String { hash(kb.ruleBase.files.map(\.text)) }

    /// The same hash over texts (a scenario file's, one text).
    public static func hash(_ texts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in texts {
            h = (h ^ 0) &* 0x100_0000_01b3
            for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension String {
    /// Line breaks as spaces: a label or value stays on its line of the session file.
    var oneLine: String { String(map { $0 == "\n" || $0 == "\r" ? " " : $0 }) }
}
