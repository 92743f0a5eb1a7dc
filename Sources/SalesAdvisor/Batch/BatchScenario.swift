/// Scenarios from data exports (docs/scenarios.md, "Batch input"): one JSON object per line, or one
/// CSV row under a header of question names. Each becomes a ``Scenario`` whose places name the
/// file, the line and the column, so every mistake is reported where it is and the other lines
/// still run.
@_spi(Tooling) public enum BatchScenario {
    /// `{"id": "acme", "complexity": "high", "risk": {"value": "low", "certainty": 0.8},
    /// "option": [{"name": "webshop", "fit": "yes"}], "expect": {"approach": "transactional"}}`.
    /// Keys that are not `id`, `title` or `expect` are answers (a value, or an object with `value`
    /// and `certainty`) or, given as a list of objects, facts of that kind.
    /// With `kb`, keys are read through `layout` (mapped, or left out when unknown and
    /// `ignoresUnknown`) and answers as an export's cells (``ExportLayout/value(_:of:kb:)``).
    public static func json(
        _ text: String, line: Int, file: String, layout: ExportLayout = ExportLayout(), kb: KnowledgeBase? = nil
    ) -> Result<Scenario, InputError> {
        var scenario = Scenario(name: "line \(line)")
        scenario.lines = [text]
        scenario.firstLine = line
        func place(_ column: Int) -> Scenario.Place { Scenario.Place(file: file, line: line, column: column) }
        func fail(_ column: Int, _ message: String) -> Result<Scenario, InputError> {
            .failure(InputError(message, at: place(column), line: text))
        }
        let root: JSONInput
        switch JSONInput.parse(text) {
        case .success(let v): root = v
        case .failure(let e): return fail(e.column, e.message)
        }
        guard case .object(let fields) = root else {
            return fail(1, "each line holds one JSON object: {\"complexity\": \"high\", …}")
        }
        for (given, value, column, valueColumn) in fields {
            var key = layout.map[given.lowercased()] ?? given
            if let kb {
                switch ExportLayout.column(key, kb: kb) {
                case .answer(let name)?: key = name
                case .id?: key = "id"
                case .title?: key = "title"
                case .ignored?, nil:
                    if layout.ignoresUnknown && key != "expect" && kb.template(key) == nil { continue }
                }
            }
            /// An answer as a cell of an export: its value's name or label, in any case.
            func cell(_ answer: String) -> String {
                guard let kb else { return answer }
                return ExportLayout.value(answer, of: key, kb: kb)
            }
            switch key {
            case "id":
                guard let id = scalarText(value) else {
                    return fail(column, "\"id\" takes a string or a number, found \(value.kind)")
                }
                scenario.name = id
            case "title":
                guard case .string(let t) = value else {
                    return fail(column, "\"title\" takes a string, found \(value.kind)")
                }
                scenario.title = t
            case "expect":
                guard case .object(let items) = value else {
                    return fail(column, "\"expect\" takes an object: {\"approach\": \"transactional\"}")
                }
                for (topic, v, _, c) in items {
                    guard let text = scalarText(v) else {
                        return fail(c, "an expectation takes a value, found \(v.kind)")
                    }
                    scenario.expectations.append(Scenario.Expectation(topic: topic, value: text, place: place(c)))
                }
            default:
                switch value {
                case .array(let items):
                    for (item, c) in items {
                        guard case .object(let slots) = item else {
                            return fail(c, "each \(key) is an object of its slots: {\"name\": …}")
                        }
                        var line: [(name: String, value: ScenarioValue, place: Scenario.Place)] = []
                        for (slot, v, _, sc) in slots {
                            guard let s = scenarioValue(v) else {
                                return fail(sc, "\(key).\(slot) takes a value, found \(v.kind)")
                            }
                            line.append((slot, s, place(sc)))
                        }
                        scenario.facts.append(Scenario.FactLine(template: key, slots: line, place: place(c)))
                    }
                case .object(let parts):
                    guard let v = parts.first(where: { $0.key == "value" }), let answer = scalarText(v.value) else {
                        return fail(
                            column,
                            "an answer given as an object needs \"value\": {\"value\": \"high\", \"certainty\": 0.8}")
                    }
                    var certainty = 1.0
                    if let c = parts.first(where: { $0.key == "certainty" }) {
                        guard case .number(let n) = c.value, let d = Double(n), d.isFinite, d >= -1, d <= 1 else {
                            let found = scalarText(c.value).map { "'\($0)'" } ?? c.value.kind
                            return fail(c.valueColumn, "a certainty is a number from -1 to 1, found \(found)")
                        }
                        certainty = d
                    }
                    if let other = parts.first(where: { $0.key != "value" && $0.key != "certainty" }) {
                        return fail(
                            other.column, "an answer object has \"value\" and \"certainty\", not \"\(other.key)\"")
                    }
                    scenario.answers.append(
                        Answer(
                            question: key, value: cell(answer), certainty: certainty,
                            origin: .written(at: place(column), value: place(v.valueColumn))))
                case .null:
                    continue  // not answered
                default:
                    guard let answer = scalarText(value) else {
                        return fail(valueColumn, "\(key) takes a value, found \(value.kind)")
                    }
                    scenario.answers.append(
                        Answer(
                            question: key, value: cell(answer), certainty: 1,
                            origin: .written(at: place(column), value: place(valueColumn))))
                }
            }
        }
        return .success(scenario)
    }

    static func scalarText(_ v: JSONInput) -> String? {
        switch v {
        case .string(let s), .number(let s): return s
        case .bool(let b): return b ? "yes" : "no"
        default: return nil
        }
    }

    /// JSON has strings only: one that reads as a name or a number is taken as one (`"yes"`,
    /// `"2"`), any other as text.
    static func scenarioValue(_ v: JSONInput) -> ScenarioValue? {
        switch v {
        case .string(let s):
            let word =
                !s.isEmpty
                && s.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
                }
            return word ? ScenarioParser.value(of: s) : .string(s)
        case .number(let n): return ScenarioParser.value(of: n)
        case .bool(let b): return .word(b ? "yes" : "no")
        default: return nil
        }
    }

    /// One CSV row under `header`: a column `id` names the scenario, `title` titles it, and every
    /// other column is a question; an empty cell leaves it unanswered.
    public static func csv(_ record: CSVRecord, header: [String], file: String) -> Result<Scenario, InputError> {
        let columns = header.map { name -> ExportLayout.Column in
            name == "id" ? .id : name == "title" ? .title : .answer(name)
        }
        return csv(record, columns: columns, file: file)
    }

    /// One CSV row whose fields hold `columns`; with `kb`, each answer is read as an export's cell
    /// (``ExportLayout/value(_:of:kb:)``).
    public static func csv(
        _ record: CSVRecord, columns: [ExportLayout.Column], file: String, kb: KnowledgeBase? = nil
    ) -> Result<Scenario, InputError> {
        var scenario = Scenario(name: "line \(record.line)")
        scenario.lines = record.text
        scenario.firstLine = record.line
        if record.fields.count != columns.count {
            let column = record.fields.last.map { $0.column } ?? 1
            return .failure(
                InputError(
                    "this row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") and the header \(columns.count)",
                    at: Scenario.Place(file: file, line: record.fields.last?.line ?? record.line, column: column),
                    line: scenario.line(record.fields.last?.line ?? record.line)))
        }
        for (column, field) in zip(columns, record.fields) {
            let place = Scenario.Place(file: file, line: field.line, column: field.column)
            let text = field.text.trimmingSpaces
            switch column {
            case .id: if !text.isEmpty { scenario.name = text }
            case .title: if !text.isEmpty { scenario.title = text }
            case .ignored: continue
            case .answer(let name):
                guard !text.isEmpty else { continue }
                let value = kb.map { ExportLayout.value(text, of: name, kb: $0) } ?? text
                scenario.answers.append(
                    Answer(question: name, value: value, certainty: 1, origin: .written(at: place, value: place)))
            }
        }
        return .success(scenario)
    }
}
