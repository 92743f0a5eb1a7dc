import RuleEngine
@_spi(Tooling) import RuleLanguage

/// What one case did: the expectations it failed (with expected, actual and why not), or the
/// error that kept it from running, and what it covered.
@_spi(Tooling) public struct CaseResult: Sendable {
    public struct Failure: Sendable {
        public let expectation: SuiteExpectation
        public let actual: String
        /// The why-not explanation of the expected value, when there is one.
        public let explanation: String?
    }

    public let name: String
    public let place: Scenario.Place
    public var failures: [Failure] = []
    /// Bad input in the case (an unknown rule or topic, a scenario file that cannot be read) or a
    /// runtime error of the knowledge base: the case did not run to a verdict.
    public var error: InputError?
    public var coverage = CaseCoverage()
    public var passed: Bool { error == nil && failures.isEmpty }
}

/// A suite's cases, run.
@_spi(Tooling) public struct SuiteResult: Sendable {
    public let name: String
    public let file: String
    public var cases: [CaseResult]
}

/// Runs suites against a knowledge base: each case's situation is built as a scenario's would be,
/// evaluated with the trace on, and its expectations checked against the report and the trace.
@_spi(Tooling) public struct SuiteRunner {
    public let evaluation: Evaluation
    /// Reads a file named relative to the suite (a scenario, a golden trace); nil when it cannot.
    public var read: (String) -> String? = { FileSystem.contents(of: $0) }
    /// Writes a golden trace under `--update-traces` (nil: golden traces are compared only).
    public var writeTrace: ((String, String) -> String?)?
    /// Whether each case records what it covered (`--coverage`: a search per rule and case).
    public var measuresCoverage = false

    public init(kb: KnowledgeBase) {
        var e = Evaluation(kb: kb)
        e.recordsTrace = true
        evaluation = e
    }

    var kb: KnowledgeBase { evaluation.kb }

    /// Runs the cases of `suite` that `include` accepts.
    public func run(_ suite: Suite, include: (String) -> Bool = { _ in true }) -> SuiteResult {
        var result = SuiteResult(name: suite.name, file: suite.file, cases: [])
        for c in suite.cases where include(c.name) { result.cases.append(run(c, of: suite)) }
        return result
    }

    /// A path named in a suite, relative to the suite file's folder.
    public static func resolve(_ path: String, from suiteFile: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let slash = suiteFile.lastIndex(of: "/") else { return path }
        return String(suiteFile[...slash]) + path
    }

    /// Whether a relative path stays in its folder or below it (`traces/a.trace`, not `../a.trace`
    /// or `/tmp/a.trace`): a suite's golden traces are its own files, read and written beside it.
    public static func staysInside(_ path: String) -> Bool {
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return false }
        var depth = 0
        for part in path.split(separator: "/") where part != "." {
            depth += part == ".." ? -1 : 1
            if depth < 0 { return false }
        }
        return depth > 0
    }

    func run(_ c: SuiteCase, of suite: Suite) -> CaseResult {
        var result = CaseResult(name: c.name, place: c.place)
        let situation: Situation
        do {
            situation = try self.situation(c, of: suite)
            try check(c.expectations, situation: situation, suite: suite)
        } catch {
            result.error = error
            return result
        }
        let run: Evaluation.Run
        do {
            run = try evaluation.run(situation)
        } catch {
            result.error = InputError(
                "the knowledge base failed: \(error.message)", at: c.place, line: suite.line(c.place.line))
            return result
        }
        if measuresCoverage { result.coverage = CaseCoverage(run.engine) }
        for e in situation.expectations {
            let expectation = SuiteExpectation(
                kind: .value(topic: e.topic, value: e.value, certainty: nil), place: e.place,
                text: "expect \(e.topic) = \(e.value)")
            if let failure = verdict(expectation, run) { result.failures.append(failure) }
        }
        for e in c.expectations {
            if let failure = verdict(e, run, suite: suite) { result.failures.append(failure) }
        }
        return result
    }

    /// The case's situation: the scenario file's (checked at its own lines), with the case's
    /// answers replacing the file's and its facts and expectations added.
    func situation(_ c: SuiteCase, of suite: Suite) throws(InputError) -> Situation {
        guard let (path, place) = c.scenarioFile else { return try Situation(c.given, kb: kb) }
        let resolved = SuiteRunner.resolve(path, from: suite.file)
        guard let text = read(resolved) else {
            throw InputError(
                "cannot read scenario '\(path)' (\(resolved)): \(FileSystem.readProblem(resolved))", at: place,
                line: suite.line(place.line))
        }
        let file: Scenario
        switch ScenarioParser.parse(text, file: resolved) {
        case .success(let s): file = s
        case .failure(let e): throw e
        }
        _ = try Situation(file, kb: kb)
        var merged = c.given
        let own = Set(c.given.answers.map(\.question))
        merged.answers = file.answers.filter { !own.contains($0.question) } + c.given.answers
        merged.facts = file.facts + c.given.facts
        merged.expectations = file.expectations + c.given.expectations
        merged.title = c.given.title ?? file.title
        return try Situation(merged, kb: kb)
    }

    /// Names in expectations must exist: a misspelt rule or value is bad input, not a failure.
    func check(_ expectations: [SuiteExpectation], situation: Situation, suite: Suite) throws(InputError) {
        var errors: [InputError] = []
        let options = situation.optionNames(kb)
        for e in expectations {
            let line = suite.line(e.place.line)
            let at = e.argument ?? e.place
            do throws(InputError) {
                switch e.kind {
                case .value(let topic, let value, let certainty):
                    if certainty != nil && (topic == "option" || topic == "rejected") {
                        throw InputError(
                            "a certainty bound applies to a topic's value, not to '\(topic)'", at: at, line: line)
                    }
                    try Situation.check(
                        Scenario.Expectation(topic: topic, value: value, place: at), kb: kb, line: line,
                        options: options)
                case .notConcluded(let topic, let value):
                    if topic == "option" || topic == "rejected" {
                        throw InputError(
                            "write 'expect ranking = …' or 'expect rejected = …' for options; != applies to topics",
                            at: at, line: line)
                    }
                    try Situation.check(
                        Scenario.Expectation(topic: topic, value: value, place: at), kb: kb, line: line,
                        options: options)
                case .ranking(let names):
                    for n in names {
                        try Situation.check(
                            Scenario.Expectation(topic: "option", value: n, place: at), kb: kb, line: line,
                            options: options)
                    }
                case .fired(let rule, _):
                    let names = kb.program.rules.map(\.name)
                    guard names.contains(rule) else {
                        var m = "no rule '\(rule)' in the knowledge base"
                        if let best = Situation.suggest(rule, in: names) { m += "; did you mean '\(best)'?" }
                        throw InputError(m, at: at, line: line)
                    }
                case .trace:
                    break
                }
            } catch {
                errors.append(error)
            }
        }
        if var first = errors.first {
            first.more = Array(errors.dropFirst())
            throw first
        }
    }
}

extension Situation {
    /// The names of the options the situation gives (the key of each `option` instance).
    func optionNames(_ kb: KnowledgeBase) -> [String] {
        guard let t = kb.template("option"), let kind = kb.ruleBase.instanceKinds.first(where: { $0.template == t }),
            let key = kind.key
        else { return [] }
        return facts.filter { $0.template == t && key < $0.slots.count }.compactMap {
            if case .symbol(let name) = $0.slots[key] { return name }
            return nil
        }
    }
}
