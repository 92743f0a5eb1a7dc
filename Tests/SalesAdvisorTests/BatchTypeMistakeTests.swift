@_spi(Tooling) import SalesAdvisor
import Testing

/// The class "a JSON value of the wrong kind" in a JSON-lines export: whatever key holds whatever
/// wrong kind of value, the message names the key and the kind found, at the value's column.
struct BatchTypeMistakeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let column: Int
        let message: String
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: #"{"id": [1]}"#, column: 2, message: "\"id\" takes a string or a number, found a list"),
        Case(line: #"{"id": {}}"#, column: 2, message: "\"id\" takes a string or a number, found an object"),
        Case(line: #"{"id": null}"#, column: 2, message: "\"id\" takes a string or a number, found null"),
        Case(line: #"{"title": 3}"#, column: 2, message: "\"title\" takes a string, found a number"),
        Case(line: #"{"title": true}"#, column: 2, message: "\"title\" takes a string, found true or false"),
        Case(line: #"{"expect": {"approach": []}}"#, column: 25, message: "an expectation takes a value, found a list"),
        Case(line: #"{"expect": "transactional"}"#, column: 2, message: "\"expect\" takes an object"),
        Case(
            line: #"{"option": [{"name": {"a": 1}}]}"#, column: 22,
            message: "option.name takes a value, found an object"),
        Case(line: #"{"option": [3]}"#, column: 13, message: "each option is an object of its slots"),
        Case(line: #"{"risk": [[]]}"#, column: 11, message: "each risk is an object of its slots"),
        Case(
            line: #"{"risk": {"certainty": 0.5}}"#, column: 2, message: "an answer given as an object needs \"value\""),
        Case(
            line: #"{"risk": {"value": "low", "certainty": "high"}}"#, column: 40,
            message: "a certainty is a number from -1 to 1, found 'high'"),
        Case(
            line: #"{"risk": {"value": "low", "certainty": []}}"#, column: 40,
            message: "a certainty is a number from -1 to 1, found a list"),
        Case(
            line: #"{"risk": {"value": "low", "sure": 1}}"#, column: 27,
            message: "an answer object has \"value\" and \"certainty\", not \"sure\""),
        Case(line: #"[]"#, column: 1, message: "each line holds one JSON object"),
        Case(line: #"{}  x"#, column: 5, message: "expected the end of the line after the JSON value"),
    ]

    @Test(arguments: cases)
    func isNamedAtItsColumn(_ c: Case) {
        switch BatchScenario.json(c.line, line: 7, file: "accounts.jsonl") {
        case .success:
            Issue.record("accepted: \(c.line)")
        case .failure(let e):
            #expect(e.message.contains(c.message), "\(e.message)")
            #expect(e.place?.line == 7 && e.place?.column == c.column, "\(String(describing: e.place))")
        }
    }

    /// Empty lists and objects are values like any other: an empty list of options is no option,
    /// an empty object is a record with no answers.
    @Test func emptyListsAndObjectsAreRead() throws {
        let s = try BatchScenario.json(#"{"id": "a", "option": [], "swot": [ ]}"#, line: 1, file: "a.jsonl").get()
        #expect(s.name == "a" && s.facts.isEmpty && s.answers.isEmpty)
        let empty = try BatchScenario.json("{ }", line: 2, file: "a.jsonl").get()
        #expect(empty.answers.isEmpty && empty.facts.isEmpty)
    }
}
