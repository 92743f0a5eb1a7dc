import RuleEngine
import RuleLanguage

/// A value checked against its slot's type, still independent of any engine's symbol table.
public enum InputValue: Hashable, Sendable {
    case symbol(String)
    case string(String)
    case integer(Int)
    case number(Double)

    func value(in engine: Engine) -> Value {
        switch self {
        case .symbol(let s): return .symbol(engine.intern(s))
        case .string(let s): return .string(engine.intern(s))
        case .integer(let i): return .integer(i)
        case .number(let d): return .float(d)
        }
    }
}

/// A scenario checked against the knowledge base: facts ready to assert, and the expectations.
public struct Situation: Sendable {
    /// A fact ready to assert.
    public struct Fact: Sendable {
        /// Its template.
        public let template: Int
        /// Its slot values, converted to the slots' types.
        public let slots: [InputValue]
        /// Its certainty.
        public let certainty: Double
    }

    /// The situation's name.
    public let name: String
    /// Its title, in the advice's language.
    public let title: String?
    /// Answers by question name, in the order given (a later answer to the same question replaces an earlier one).
    public private(set) var answers: [(name: String, value: String)] = []
    /// The facts to assert: answers first, then the scenario's other facts.
    public private(set) var facts: [Fact] = []
    /// The scenario's expectations.
    public private(set) var expectations: [Scenario.Expectation] = []

    /// What it was made from, so that an answer can be changed (what if, why not).
    public let scenario: Scenario
    /// The `--set` answers, which override the file's.
    public let sets: [Answer]

    /// Checks `scenario` (and `--set` answers, which override the file's) against `kb`.
    public init(_ scenario: Scenario, sets: [Answer] = [], kb: KnowledgeBase) throws(InputError) {
        self.scenario = scenario
        self.sets = sets
        name = scenario.name
        title = scenario.language.flatMap { scenario.titles[$0.rawValue] } ?? scenario.title
        // Every answer, fact and expectation is checked: a scenario with three mistakes reports three.
        var errors: [InputError] = []
        var answerFacts = [String: Fact](minimumCapacity: scenario.answers.count + sets.count)
        var order: [String] = []
        // A question is answered once in a file and once on the command line (where --set overrides the file).
        var answeredInFile = [String: Scenario.Place](minimumCapacity: scenario.answers.count)
        var answeredBySet = [String: Scenario.Place](minimumCapacity: sets.count)
        for (k, a) in (scenario.answers + sets).enumerated() {
            guard let value = a.value else { continue }  // unknown: no fact
            let line = a.place.flatMap { scenario.line($0.line) }
            let inFile = k < scenario.answers.count
            if let first = inFile ? answeredInFile[a.question] : answeredBySet[a.question] {
                let message =
                    inFile
                    ? "\(a.question) is answered twice (first on line \(first.line)); give one answer, with a certainty if unsure"
                    : "--set \(a.question) is given twice; give it once"
                errors.append(InputError(message, at: a.place, line: line))
                continue
            }
            if let place = a.place {
                if inFile { answeredInFile[a.question] = place } else { answeredBySet[a.question] = place }
            }
            do {
                let fact = try Situation.answerFact(a, kb: kb, line: line)
                if answerFacts[a.question] == nil { order.append(a.question) }
                answerFacts[a.question] = fact
                answers.removeAll { $0.name == a.question }
                answers.append((a.question, value))
            } catch {
                errors.append(error)
            }
        }
        facts = order.compactMap { answerFacts[$0] }
        var keys: [String: Scenario.Place] = [:]
        for f in scenario.facts {
            let line = scenario.line(f.place.line)
            let fact: Fact
            do {
                fact = try Situation.templateFact(f, kb: kb, line: line, language: scenario.language)
            } catch {
                errors.append(error)
                continue
            }
            // Two instances of a kind may not share a key (`swot s1` twice, two options named alike).
            if let kind = kb.ruleBase.instanceKinds.first(where: { $0.template == fact.template }), let k = kind.key,
                k < fact.slots.count,
                case .symbol(let key) = fact.slots[k]
            {
                let slot = kb.program.templates[fact.template].slots[k].name
                if let first = keys[kind.name + " " + key] {
                    errors.append(
                        InputError(
                            "\(kind.name) \(slot)=\(key) is given twice (first on line \(first.line)); each \(kind.name) needs its own \(slot)",
                            at: f.place, line: line))
                    continue
                }
                keys[kind.name + " " + key] = f.place
            }
            facts.append(fact)
        }
        errors += Situation.checkReferences(scenario, kb: kb)
        for e in scenario.expectations {
            let line = scenario.line(e.place.line)
            do {
                try Situation.check(
                    e, kb: kb, line: line,
                    options: keys.keys.filter { $0.hasPrefix("option ") }.map { String($0.dropFirst(7)) })
                expectations.append(e)
            } catch {
                errors.append(error)
            }
        }
        if var first = errors.first {
            first.more = Array(errors.dropFirst())
            throw first
        }
    }

    /// The same situation with one answer changed (or removed, with `value` nil).
    public func with(answer name: String, value: String?, kb: KnowledgeBase) throws(InputError) -> Situation {
        var scenario = self.scenario
        scenario.answers.removeAll { $0.question == name }
        var sets = self.sets.filter { $0.question != name }
        if let value {
            let place = Scenario.Place(file: "--set \(name)=\(value)", line: 0, column: 0)
            sets.append(Answer(question: name, value: value, certainty: 1, origin: .written(at: place, value: place)))
        }
        return try Situation(scenario, sets: sets, kb: kb)
    }

    /// The value given for a question, if any.
    public func answer(_ name: String) -> String? { answers.last { $0.name == name }?.value }

    /// The names a scenario may answer: the knowledge base's questions.
    public static func answerNames(_ kb: KnowledgeBase) -> [String] { kb.ruleBase.questions.map(\.name) }

    static func answerFact(_ a: Answer, kb: KnowledgeBase, line: String?) throws(InputError) -> Fact {
        guard let q = kb.question(a.question) else {
            let names = answerNames(kb)
            var message: String
            if let t = kb.template(a.question), kb.program.templates[t].isAttribute {
                message = "'\(a.question)' is concluded by the knowledge base, not an answer"
            } else if kb.template(a.question) != nil {
                message = "'\(a.question)' is a kind of fact, not an answer: write it as '\(a.question) slot=value …'"
            } else {
                message = "unknown answer '\(a.question)'"
                if let best = Situation.suggest(a.question, in: names) { message += "; did you mean '\(best)'?" }
            }
            message += "; the answers are: \(names.joined(separator: ", "))"
            throw InputError(message, at: a.place, line: line)
        }
        let spec = kb.program.templates[q.attribute].slots[0]
        guard let given = a.value else {
            throw InputError("\(a.question) has no value", at: a.place, line: line)
        }
        let value = try convert(
            ScenarioParser.value(of: given), type: spec.type, range: spec.range, kb: kb, field: a.question,
            at: a.valuePlace, line: line)
        return Fact(template: q.attribute, slots: [value], certainty: a.certainty)
    }

    static func templateFact(_ f: Scenario.FactLine, kb: KnowledgeBase, line: String?, language: Language? = nil)
        throws(InputError) -> Fact
    {
        let templates = kb.program.templates
        guard let index = kb.template(f.template), !templates[index].isAttribute else {
            let kinds = kb.ruleBase.instanceKinds.map(\.name)
            var message: String
            if kb.template(f.template) != nil {
                message = "'\(f.template)' is an answer: write it as '\(f.template) = VALUE'"
            } else {
                message = "unknown kind of fact '\(f.template)'"
                if let best = Situation.suggest(f.template, in: kinds + answerNames(kb)) {
                    message += "; did you mean '\(best)'?"
                }
                message +=
                    "; the kinds of fact are: \(kinds.joined(separator: ", ")), and answers are written NAME = VALUE"
            }
            throw InputError(message, at: f.place, line: line)
        }
        guard kb.ruleBase.instanceKinds.contains(where: { $0.template == index }) else {
            let kinds = kb.ruleBase.instanceKinds.map(\.name)
            throw InputError(
                "'\(f.template)' is made by the knowledge base, not given by a scenario; a scenario gives answers (NAME = VALUE) and "
                    + (kinds.isEmpty ? "no facts" : "these kinds of fact: \(kinds.joined(separator: ", "))"),
                at: f.place, line: line)
        }
        let template = templates[index]
        var slots = template.slots.map { spec -> InputValue in
            switch spec.defaultValue {
            case .symbol(let s): return .symbol(kb.program.symbols.name(of: s))
            case .string(let s): return .string(kb.program.symbols.name(of: s))
            case .integer(let i): return .integer(i)
            case .float(let d): return .number(d)
            }
        }
        // Plain slots first, then texts for the advice's language (`text.nl="…"`), which replace them.
        // `contains(Character)`, not Foundation's search for a string: this runs for every fact of
        // every situation, and of every re-run a close call's tips make.
        let plain = f.slots.filter { !$0.name.contains(Character(".")) }
        let translated = f.slots.filter { $0.name.contains(Character(".")) }
        for s in plain + translated {
            var slotName = s.name.isEmpty ? (template.slots.first?.name ?? "") : s.name
            if let dot = slotName.firstIndex(of: ".") {
                let lang = String(slotName[slotName.index(after: dot)...])
                slotName = String(slotName[..<dot])
                guard lang.count == 2, lang.allSatisfy({ $0.isLetter && $0.isASCII }) else {
                    throw InputError(
                        "a text for a language is written SLOT.LANGUAGE=\"…\" (for example: text.nl=\"…\"), found '\(s.name)'",
                        at: s.place, line: line)
                }
                guard let i = template.slotIndex(slotName), case .string = s.value, template.slots[i].type == .string
                else {
                    throw InputError(
                        "'\(s.name)': only a text slot of '\(f.template)' has texts per language", at: s.place,
                        line: line)
                }
                if lang != language?.rawValue { continue }
            }
            guard let i = template.slotIndex(slotName) else {
                var message = "'\(f.template)' has no slot '\(slotName)'"
                let names = template.slots.map(\.name)
                if let best = Situation.suggest(slotName, in: names) { message += "; did you mean '\(best)'?" }
                message += "; its slots are: \(names.joined(separator: ", "))"
                throw InputError(message, at: s.place, line: line)
            }
            let spec = template.slots[i]
            slots[i] = try convert(
                s.value, type: spec.type, range: spec.range, kb: kb, field: "\(f.template).\(slotName)", at: s.place,
                line: line)
        }
        return Fact(template: index, slots: slots, certainty: f.certainty)
    }

    /// A slot that takes its answers from another kind's instances (`slot internal from swot where
    /// kind in [strength weakness]`) must name one of them, of the kinds it allows: a pair of two
    /// strengths is an error at the slot, not a cell the matrix cannot have.
    static func checkReferences(_ scenario: Scenario, kb: KnowledgeBase) -> [InputError] {
        // Only facts refer to other facts (an answers-only row of an export has none).
        guard !scenario.facts.isEmpty else { return [] }
        var errors: [InputError] = []
        let symbols = kb.program.symbols
        for kind in kb.ruleBase.instanceKinds {
            let template = kb.program.templates[kind.template]
            for slot in kind.slots {
                guard let filter = slot.fromFilter, let from = slot.from,
                    let source = kb.ruleBase.instanceKinds.first(where: { $0.template == from }), let key = source.key
                else { continue }
                let sourceSlots = kb.program.templates[from].slots
                // A slot as written: by name, or the first slot's value written without one (`swot s1 …`).
                func written(_ f: Scenario.FactLine, _ slots: [SlotSpec], _ i: Int) -> (
                    name: String, value: ScenarioValue, place: Scenario.Place
                )? {
                    f.slots.first { $0.name == slots[i].name || ($0.name.isEmpty && i == 0) }
                }
                // Each instance of the source kind by key, with the value of the filter's slot.
                var kindOf: [String: String] = [:]
                for f in scenario.facts where f.template == source.name {
                    guard let k = written(f, sourceSlots, key)?.value.text else { continue }
                    kindOf[k] =
                        written(f, sourceSlots, filter.slot)?.value.text
                        ?? sourceSlots[filter.slot].defaultValue.rendered(symbols)
                }
                let slotName = template.slots[slot.slot].name
                for f in scenario.facts where f.template == kind.name {
                    guard let s = written(f, template.slots, slot.slot) else { continue }
                    let named = s.value.text
                    let allowed = filter.values.joined(separator: " or ")
                    let what =
                        "\(kind.name).\(slotName) takes a \(source.name) whose \(sourceSlots[filter.slot].name) is \(allowed)"
                    if let value = kindOf[named] {
                        guard !filter.values.contains(value) else { continue }
                        errors.append(
                            InputError(
                                "\(what); '\(named)' has \(sourceSlots[filter.slot].name) \(value)", at: s.place,
                                line: scenario.line(s.place.line)))
                    } else {
                        let known = kindOf.filter { filter.values.contains($0.value) }.keys.sorted()
                        errors.append(
                            InputError(
                                "\(what); no \(source.name) is called '\(named)'"
                                    + (known.isEmpty ? "" : "; these are: \(known.joined(separator: ", "))"),
                                at: s.place, line: scenario.line(s.place.line)))
                    }
                }
            }
        }
        return errors.sorted {
            ($0.place?.line ?? 0, $0.place?.column ?? 0) < ($1.place?.line ?? 0, $1.place?.column ?? 0)
        }
    }

    static func convert(
        _ v: ScenarioValue, type: SlotType, range: SlotRange? = nil, kb: KnowledgeBase, field: String,
        at place: Scenario.Place?,
        line: String?
    ) throws(InputError) -> InputValue {
        let value = try convert(v, type: type, kb: kb, field: field, at: place, line: line)
        if let range {
            let number: Value
            switch value {
            case .integer(let i): number = .integer(i)
            case .number(let d): number = .float(d)
            default: return value
            }
            guard range.contains(number) else {
                let kind = type == .integer ? "a whole number" : "a number"
                throw InputError(
                    "\(field) takes \(kind) \(range.described(kb.program.symbols)), found '\(v.text)'", at: place,
                    line: line)
            }
        }
        return value
    }

    private static func convert(
        _ v: ScenarioValue, type: SlotType, kb: KnowledgeBase, field: String, at place: Scenario.Place?, line: String?
    ) throws(InputError) -> InputValue {
        switch (type, v) {
        case (.enumeration, _):
            let valid = kb.values(of: type)
            guard case .word(let w) = v, valid.contains(w) else {
                var message = "'\(v.text)' is not a value of \(field)"
                if let best = Situation.suggest(v.text, in: valid) { message += "; did you mean '\(best)'?" }
                message += "; the values are: \(valid.joined(separator: ", "))"
                throw InputError(message, at: place, line: line)
            }
            return .symbol(w)
        case (.symbol, .word(let w)), (.any, .word(let w)): return .symbol(w)
        case (.string, _), (.any, .string): return .string(v.text)
        case (.integer, .integer(let i)), (.number, .integer(let i)), (.any, .integer(let i)): return .integer(i)
        case (.number, .number(let d, _)), (.any, .number(let d, _)):
            guard d.isFinite else {
                throw InputError("\(field) takes a finite number, found '\(v.text)'", at: place, line: line)
            }
            return .number(d)
        case (.symbol, _):
            throw InputError("\(field) takes a name (a word without quotes), found '\(v.text)'", at: place, line: line)
        case (.integer, _):
            throw InputError("\(field) takes a whole number, found '\(v.text)'", at: place, line: line)
        case (.number, _):
            throw InputError("\(field) takes a number, found '\(v.text)'", at: place, line: line)
        }
    }

    /// Expectations name a goal or attribute and one of its values, or `option` / `rejected` and an option.
    static func check(_ e: Scenario.Expectation, kb: KnowledgeBase, line: String?, options: [String]) throws(InputError)
    {
        if e.topic == "option" || e.topic == "rejected" {
            // The option must be one the scenario gives (or the one every ranking has).
            let known = options.sorted() + [OptionRanking.baseline]
            guard known.contains(e.value) else {
                var message = "expect \(e.topic) = \(e.value): this scenario has no option '\(e.value)'"
                if let best = Situation.suggest(e.value, in: known) { message += "; did you mean '\(best)'?" }
                message += "; its options are: \(known.joined(separator: ", "))"
                throw InputError(message, at: e.place, line: line)
            }
            return
        }
        let topics = kb.program.templates.filter(\.isAttribute).map(\.name) + ["option", "rejected"]
        guard let t = kb.template(e.topic), kb.program.templates[t].isAttribute else {
            var message = "unknown topic '\(e.topic)' in an expectation"
            if let best = Situation.suggest(e.topic, in: topics) { message += "; did you mean '\(best)'?" }
            message += "; the topics are: \(topics.joined(separator: ", "))"
            throw InputError(message, at: e.place, line: line)
        }
        _ = try convert(
            .word(e.value), type: kb.program.templates[t].slots[0].type, kb: kb, field: e.topic, at: e.place, line: line
        )
    }

    /// The name the user most likely meant: the nearest by edit distance, or else the only one that
    /// starts with what was typed (`new` → `new-task`).
    public static func suggest(_ typed: String, in candidates: [String]) -> String? {
        if let best = EditDistance.closest(to: typed, in: candidates) { return best }
        let prefixed = candidates.filter { $0.hasPrefix(typed) && !typed.isEmpty }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
