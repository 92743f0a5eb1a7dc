/// A regression suite (docs/suites.md): named cases, each a situation (answers and facts written
/// as in a scenario, or a scenario file) and what the knowledge base must make of it.
@_spi(Tooling) public struct Suite: Sendable {
    public var name: String
    public let file: String
    /// `rules "../sales"`: the knowledge base the suite is written for, relative to the suite file.
    public var rules: (path: String, place: Scenario.Place)?
    public var cases: [SuiteCase] = []
    /// The suite file's lines, for messages with a caret.
    public var lines: [String] = []

    public init(name: String, file: String) {
        self.name = name
        self.file = file
    }

    /// Line `n` of the suite file, for a message's excerpt.
    public func line(_ n: Int) -> String? { n >= 1 && n <= lines.count ? lines[n - 1] : nil }
}

/// One case: `case "name"` … `end`.
@_spi(Tooling) public struct SuiteCase: Sendable {
    public let name: String
    public let place: Scenario.Place
    /// `scenario "file"`: a scenario file (relative to the suite) whose answers, facts and
    /// expectations the case starts from; the case's own answers replace the file's.
    public var scenarioFile: (path: String, place: Scenario.Place)?
    /// The answers, facts and scenario-style expectations written in the case.
    public var given: Scenario
    public var expectations: [SuiteExpectation] = []
}

/// What a case expects, with the place it is written.
@_spi(Tooling) public struct SuiteExpectation: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `expect TOPIC = VALUE [certainty OP C]`: the recommendation of a goal, a value in a list
        /// topic, `option = NAME` (the winner) or `rejected = NAME` (knocked out); with a certainty
        /// bound on that value.
        case value(topic: String, value: String, certainty: CertaintyBound?)
        /// `expect TOPIC != VALUE`: the value is not concluded (absent, certainty 0 or less, or capped).
        case notConcluded(topic: String, value: String)
        /// `expect ranking = a, b, c`: the options not knocked out, best first, start with these.
        case ranking([String])
        /// `expect fired RULE` / `expect not fired RULE`.
        case fired(rule: String, fired: Bool)
        /// `expect trace "FILE"`: the firings, one per line, equal the golden file.
        case trace(path: String)
    }

    public let kind: Kind
    public let place: Scenario.Place
    /// The line as written, for reports.
    public let text: String
    /// Where the name it is about is written (the value, the rule, the first option), for errors.
    public var argument: Scenario.Place? = nil
}

/// `certainty >= 0.7`, `certainty <= 0.3` (also `>`, `<`).
@_spi(Tooling) public struct CertaintyBound: Sendable, Equatable {
    public enum Operator: String, Sendable, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
        case above = ">"
        case below = "<"
    }
    public let op: Operator
    public let bound: Double

    public func holds(_ c: Double) -> Bool {
        switch op {
        case .atLeast: return c >= bound - 1e-9
        case .atMost: return c <= bound + 1e-9
        case .above: return c > bound
        case .below: return c < bound
        }
    }
}
