@_spi(Tooling) import SalesAdvisor
import Testing

/// The class "a mistake in a suite file": each is reported at its line and column with what to
/// write instead, and every mistake of the file is reported in one run.
struct SuiteMistakeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let suite: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(
            suite: "suite Sales", line: 1, column: 1, message: "'suite' takes one quoted name: suite \"Sales approach\""
        ),
        Case(suite: "rules \"\"", line: 1, column: 1, message: "'rules' takes one quoted folder"),
        Case(
            suite: "cas \"x\"\nend", line: 1, column: 1,
            message: "expected 'case \"NAME\"', 'suite \"NAME\"' or 'rules \"FOLDER\"', found 'cas'"),
        Case(
            suite: "case \"a\"\n  risk = low\ncase \"b\"\nend", line: 3, column: 1,
            message: "case \"a\" (line 1) has no 'end' before this 'case'"),
        Case(suite: "case \"a\"\n  risk = low\nend now", line: 3, column: 5, message: "'end' stands alone on its line"),
        Case(suite: "case \"a\"\n  risk = low", line: 1, column: 1, message: "case \"a\" has no 'end'"),
        Case(
            suite: "case \"a\"\n  risk = low\nend\ncase \"a\"\n  risk = high\nend", line: 4, column: 6,
            message: "case \"a\" is written twice (first on line 1)"),
        Case(
            suite: "case \"a\"\n  scenario \"x.scenario\"\n  scenario \"y.scenario\"\nend", line: 3, column: 3,
            message: "a case starts from one scenario file; this is the second"),
        Case(
            suite: "case \"a\"\n  expect\nend", line: 2, column: 0,
            message: "write an expectation as expect TOPIC = VALUE"),
        Case(
            suite: "case \"a\"\n  expect approach\nend", line: 2, column: 10,
            message: "write an expectation as expect TOPIC = VALUE"),
        Case(
            suite: "case \"a\"\n  expect ranking = a,,b\nend", line: 2, column: 20,
            message: "write a ranking as: expect ranking = first-option, second-option, …"),
        Case(suite: "case \"a\"\n  expect ranking = a, b,\nend", line: 2, column: 20, message: "write a ranking as"),
        Case(
            suite: "case \"a\"\n  expect approach != x y\nend", line: 2, column: 24,
            message: "expected the end of the line after 'approach != x'"),
        Case(
            suite: "case \"a\"\n  expect approach = x sure\nend", line: 2, column: 23,
            message: "after 'approach = x' write nothing, or a bound"),
        Case(
            suite: "case \"a\"\n  expect approach = x certainty >= 2\nend", line: 2, column: 36,
            message: "a certainty is a number from -1 to 1, found '2'"),
        Case(
            suite: "case \"a\"\n  expect approach = x certainty >= 1e-1\nend", line: 2, column: 36,
            message: "a certainty is a number from -1 to 1, found '1e-1'"),
        Case(
            suite: "case \"a\"\n  expect approach=x certainty >= 0x1\nend", line: 2, column: 34, message: "found '0x1'"),
    ]

    @Test(arguments: cases)
    func isReportedWhereItIs(_ c: Case) {
        switch SuiteParser.parse(c.suite, file: "t.suite") {
        case .success:
            Issue.record("accepted")
        case .failure(let e):
            let all = [e] + e.more
            let found = all.first { $0.message.contains(c.message) }
            #expect(found != nil, "\(all.map(\.message))")
            if c.column > 0 {
                #expect(
                    found?.place?.line == c.line && found?.place?.column == c.column,
                    "\(String(describing: found?.place))")
            }
        }
    }

    /// `approach=transactional` and `approach!=x` are read as three words, as in a scenario.
    @Test func expectationsWithoutSpaces() throws {
        let suite = try SuiteParser.parse(
            "case \"a\"\n  risk = low\n  expect approach=transactional\n  expect approach!=system-selling\nend",
            file: "t.suite"
        ).get()
        #expect(
            suite.cases.first?.expectations.map(\.text) == [
                "expect approach = transactional", "expect approach != system-selling",
            ])
    }
}
