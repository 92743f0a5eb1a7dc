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
@_spi(Tooling) public struct SessionRecord: Equatable, Sendable {
    public var knowledgeBase: String
    public var language: String
    public var scenario: String?
    public var steps: [ConsultationStep]

    public init(knowledgeBase: String, language: String, scenario: String? = nil, steps: [ConsultationStep]) {
        self.knowledgeBase = knowledgeBase
        self.language = language
        self.scenario = scenario
        self.steps = steps
    }

    public var text: String {
        var out = "advisor-session 1\nknowledge-base \(knowledgeBase)\nlanguage \(language)\n"
        if let scenario { out += "scenario \(scenario)\n" }
        for step in steps {
            switch step {
            case .answer(let a):
                if let v = a.value {
                    out += "\(a.isPreset ? "preset" : "answer") \(a.question) \(v) \(DecimalText.fixed(a.certainty, 4))\n"
                } else {
                    out += "\(a.isPreset ? "preset-unknown" : "unknown") \(a.question)\n"
                }
            case .offer(let kind, let accepted): out += "offer \(kind) \(accepted ? "yes" : "no")\n"
            case .instance(let kind, let label): out += "instance \(kind) \(label.oneLine)\n"
            case .endOfList(let kind): out += "end-of-list \(kind)\n"
            case .slot(let i, let slot, let value):
                out += value.map { "slot \(i) \(slot) \($0.oneLine)\n" } ?? "slot-unknown \(i) \(slot)\n"
            case .restate(let kind, let slot, let value, let typed):
                out += "restate \(kind) \(slot) \(typed ? "typed" : "kept") \(value.oneLine)\n"
            }
        }
        return out + "end\n"
    }

    public struct Failure: Error, Sendable {
        public let message: String
    }

    /// Reads a session file's text; the message of a failure names the line.
    public static func parse(_ text: String) throws(Failure) -> SessionRecord {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "advisor-session 1" else {
            throw Failure(message: "not a session file of this advisor (the first line is not 'advisor-session 1')")
        }
        var record = SessionRecord(knowledgeBase: "", language: "en", steps: [])
        var ended = false
        for (i, line) in lines.enumerated().dropFirst() {
            if ended {
                guard line.isEmpty else { throw Failure(message: "line \(i + 1): text after 'end'") }
                continue
            }
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let key = words.first else { continue }
            func bad() -> Failure { Failure(message: "line \(i + 1): cannot read '\(line)'") }
            switch key {
            case "knowledge-base" where words.count == 2: record.knowledgeBase = words[1]
            case "language" where words.count == 2: record.language = words[1]
            case "scenario" where words.count >= 2: record.scenario = String(line.dropFirst("scenario ".count))
            case "answer" where words.count == 4, "preset" where words.count == 4:
                guard let c = Double(words[3]), c.isFinite, c >= -1, c <= 1 else { throw bad() }
                record.steps.append(.answer(ConsultationAnswer(question: words[1], value: words[2], certainty: c, isPreset: key == "preset")))
            case "unknown" where words.count == 2, "preset-unknown" where words.count == 2:
                record.steps.append(.answer(ConsultationAnswer(question: words[1], value: nil, isPreset: key == "preset-unknown")))
            case "offer" where words.count == 3 && (words[2] == "yes" || words[2] == "no"):
                record.steps.append(.offer(kind: words[1], accepted: words[2] == "yes"))
            case "instance" where words.count >= 3:
                record.steps.append(.instance(kind: words[1], label: rest(line, after: 2)))
            case "end-of-list" where words.count == 2:
                record.steps.append(.endOfList(kind: words[1]))
            case "slot" where words.count >= 4:
                guard let n = Int(words[1]), n >= 0 else { throw bad() }
                record.steps.append(.slot(instance: n, slot: words[2], value: rest(line, after: 3)))
            case "slot-unknown" where words.count == 3:
                guard let n = Int(words[1]), n >= 0 else { throw bad() }
                record.steps.append(.slot(instance: n, slot: words[2], value: nil))
            case "restate" where words.count >= 4 && (words[3] == "typed" || words[3] == "kept"):
                record.steps.append(.restate(kind: words[1], slot: words[2], value: words.count > 4 ? rest(line, after: 4) : "", typed: words[3] == "typed"))
            case "end" where words.count == 1: ended = true
            default: throw bad()
            }
        }
        guard ended, text.hasSuffix("end\n") || text.hasSuffix("end\n\n") else {
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
    public static func hash(_ kb: KnowledgeBase) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in kb.ruleBase.files {
            h = (h ^ 0) &* 0x100_0000_01b3
            for byte in file.text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension String {
    /// Line breaks as spaces: a label or value stays on its line of the session file.
    var oneLine: String { String(map { $0 == "\n" || $0 == "\r" ? " " : $0 }) }
}
