/// Reads a suite file (docs/suites.md). Every line is read and every mistake reported, each with
/// the suite file's line and column; the answers and facts of a case are read by the scenario
/// reader, so they are written, and checked, exactly as in a scenario.
@_spi(Tooling) public enum SuiteParser {
    public static func parse(_ text: String, file: String) -> Result<Suite, InputError> {
        var suite = Suite(name: suiteName(file), file: file)
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            line -> String in
            String(Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
        }
        suite.lines = lines
        var errors: [InputError] = []
        var open:
            (
                name: String, place: Scenario.Place, scenario: (String, Scenario.Place)?, given: [Int],
                expectations: [SuiteExpectation]
            )?
        var names: [String: Int] = [:]

        func close() {
            guard let c = open else { return }
            var given = Array(repeating: "", count: lines.count)
            for i in c.given { given[i] = lines[i] }
            switch ScenarioParser.parse(given.joined(separator: "\n"), file: file) {
            case .success(var s):
                s.name = c.name
                s.lines = lines
                suite.cases.append(
                    SuiteCase(
                        name: c.name, place: c.place, scenarioFile: c.scenario, given: s, expectations: c.expectations))
            case .failure(let e):
                errors.append(e)
                errors += e.more
            }
            open = nil
        }

        for (index, raw) in lines.enumerated() {
            let line = index == 0 && raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
            let place = { (w: ScenarioParser.Word) in Scenario.Place(file: file, line: index + 1, column: w.column) }
            let fail = { (w: ScenarioParser.Word, m: String) in errors.append(InputError(m, at: place(w), line: raw)) }
            if let (column, message) = ScenarioParser.unreadable(line) {
                errors.append(
                    InputError(message, at: Scenario.Place(file: file, line: index + 1, column: column), line: raw))
                continue
            }
            let words: [ScenarioParser.Word]
            switch ScenarioParser.tokenize(line) {
            case .success(let w): words = w
            case .failure(let column, let message):
                errors.append(
                    InputError(message, at: Scenario.Place(file: file, line: index + 1, column: column), line: raw))
                continue
            }
            guard let first = words.first else { continue }
            let keyword = first.quoted ? "" : first.text
            func quotedArgument(_ what: String, example: String) -> String? {
                guard words.count == 2, words[1].quoted, !words[1].text.isEmpty else {
                    fail(first, "'\(keyword)' takes one quoted \(what): \(keyword) \"\(example)\"")
                    return nil
                }
                return words[1].text
            }
            if open == nil {
                switch keyword {
                case "suite":
                    if let name = quotedArgument("name", example: "Sales approach") { suite.name = name }
                case "rules":
                    if let path = quotedArgument("folder", example: "../sales") {
                        suite.rules = (path, place(words[1]))
                    }
                case "case":
                    guard let name = quotedArgument("name", example: "simple product, low risk") else { continue }
                    if let first = names[name] {
                        fail(
                            words[1],
                            "case \"\(name)\" is written twice (first on line \(first)); each case needs its own name")
                    }
                    names[name] = index + 1
                    open = (name, place(first), nil, [], [])
                default:
                    fail(
                        first, "expected 'case \"NAME\"', 'suite \"NAME\"' or 'rules \"FOLDER\"', found '\(first.text)'"
                    )
                }
                continue
            }
            switch keyword {
            case "end":
                if words.count > 1 { fail(words[1], "'end' stands alone on its line") }
                close()
            case "case", "suite", "rules":
                fail(
                    first,
                    "case \"\(open?.name ?? "")\" (line \(open?.place.line ?? 0)) has no 'end' before this '\(keyword)'"
                )
                close()
            case "scenario":
                guard let path = quotedArgument("file", example: "../scenarios/it-outsourcing.scenario") else {
                    continue
                }
                if open?.scenario != nil { fail(first, "a case starts from one scenario file; this is the second") }
                open?.scenario = (path, place(words[1]))
            case "expect":
                switch expectation(Array(words.dropFirst()), line: raw, place: place) {
                case .success(let e): open?.expectations.append(e)
                case .failure(let e): errors.append(e)
                }
            default:
                open?.given.append(index)
            }
        }
        if let c = open {
            errors.append(InputError("case \"\(c.name)\" has no 'end'", at: c.place, line: suite.line(c.place.line)))
            close()
        }
        if var first = errors.first {
            first.more = Array(errors.dropFirst())
            return .failure(first)
        }
        return .success(suite)
    }

    static let expectForms =
        "expect TOPIC = VALUE [certainty >= C], expect TOPIC != VALUE, expect ranking = A, B, …, expect fired RULE, expect not fired RULE or expect trace \"FILE\""

    /// The words after `expect`.
    static func expectation(
        _ given: [ScenarioParser.Word], line: String, place: (ScenarioParser.Word) -> Scenario.Place
    )
        -> Result<SuiteExpectation, InputError>
    {
        // `approach=transactional` and `approach!=x` read as three words, as in a scenario.
        var words: [ScenarioParser.Word] = []
        for w in given {
            if !w.quoted, w.text.count > 1, w.text != ">=", w.text != "<=",
                let r = w.text.firstRange(of: "!=") ?? w.text.firstRange(of: "="),
                r.lowerBound != w.text.startIndex || r.upperBound != w.text.endIndex
            {
                let left = String(w.text[..<r.lowerBound])
                let op = String(w.text[r])
                let right = String(w.text[r.upperBound...])
                if !left.isEmpty { words.append(ScenarioParser.Word(text: left, column: w.column, quoted: false)) }
                words.append(ScenarioParser.Word(text: op, column: w.column + left.count, quoted: false))
                if !right.isEmpty {
                    words.append(
                        ScenarioParser.Word(text: right, column: w.column + left.count + op.count, quoted: false))
                }
            } else {
                words.append(w)
            }
        }
        let text = "expect " + words.map { $0.quoted ? "\"\($0.text)\"" : $0.text }.joined(separator: " ")
        guard let first = words.first else {
            return .failure(InputError("write an expectation as " + expectForms, line: line))
        }
        func fail(_ w: ScenarioParser.Word, _ m: String) -> Result<SuiteExpectation, InputError> {
            .failure(InputError(m, at: place(w), line: line))
        }
        func make(_ k: SuiteExpectation.Kind) -> Result<SuiteExpectation, InputError> {
            // The name it is about: the rule after `fired`, the value after `=`, the first option.
            let argument = words.count > 2 ? words[2] : words.count > 1 ? words[1] : first
            return .success(SuiteExpectation(kind: k, place: place(first), text: text, argument: place(argument)))
        }
        switch (first.text, words.count) {
        case ("fired", 2): return make(.fired(rule: words[1].text, fired: true))
        case ("not", 3) where words[1].text == "fired": return make(.fired(rule: words[2].text, fired: false))
        case ("trace", 2) where words[1].quoted: return make(.trace(path: words[1].text))
        case ("ranking", _) where words.count >= 3 && words[1].text == "=":
            let names = words.dropFirst(2).map(\.text).joined(separator: " ").split(
                separator: ",", omittingEmptySubsequences: false
            ).map { String($0).trimmingSpaces }
            guard !names.contains(where: { $0.isEmpty }), names.allSatisfy({ !$0.contains(" ") }) else {
                return fail(words[2], "write a ranking as: expect ranking = first-option, second-option, …")
            }
            return make(.ranking(names))
        default: break
        }
        guard words.count >= 3, words[1].text == "=" || words[1].text == "!=" else {
            return fail(first, "write an expectation as " + expectForms)
        }
        let topic = first.text
        let value = words[2].text
        if words[1].text == "!=" {
            guard words.count == 3 else {
                return fail(words[3], "expected the end of the line after '\(topic) != \(value)'")
            }
            return make(.notConcluded(topic: topic, value: value))
        }
        if words.count == 3 { return make(.value(topic: topic, value: value, certainty: nil)) }
        guard words.count == 6, words[3].text == "certainty", let op = CertaintyBound.Operator(rawValue: words[4].text)
        else {
            return fail(
                words[3], "after '\(topic) = \(value)' write nothing, or a bound: certainty >= 0.7 (or <=, >, <)")
        }
        guard let c = AnswerMatcher.decimal(words[5].text), c >= -1, c <= 1 else {
            return fail(words[5], "a certainty is a number from -1 to 1, found '\(words[5].text)'")
        }
        return make(.value(topic: topic, value: value, certainty: CertaintyBound(op: op, bound: c)))
    }

    static func suiteName(_ file: String) -> String {
        var name = file.split(separator: "/").last.map(String.init) ?? file
        if name.hasSuffix(".suite") { name.removeLast(".suite".count) }
        return name
    }
}
