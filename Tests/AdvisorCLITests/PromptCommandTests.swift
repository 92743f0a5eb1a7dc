import Foundation
import Testing

@testable import AdvisorCLI

/// Every way a prompt command can miss, in both languages: an ambiguous or unknown topic, value
/// or question, a value given to `how`, help at an offer, a number out of range at a detail. Each
/// gets a message that says what was meant and what is possible, and the consultation goes on.
struct PromptCommandTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let language: String
        let typed: [String]
        let expected: [String]
        var testDescription: String { "\(language): \(typed.joined(separator: " | "))" }
    }

    static let cases: [Case] = [
        Case(
            language: "en", typed: ["3", "why not approach=s"],
            expected: ["Several values start like that: system selling, strategic relationship"]),
        Case(
            language: "nl", typed: ["3", "waarom niet verkoopbenadering=s"],
            expected: ["Meerdere waarden beginnen zo: systeemverkoop, strategische relatie"]),
        Case(
            language: "en", typed: ["3", "why not approach=zzz"],
            expected: ["Not a value of Recommended sales approach: 'zzz'; the values are:"]),
        Case(
            language: "en", typed: ["3", "how approach=zzz"],
            expected: ["Not a value of Recommended sales approach: 'zzz'"]),
        Case(
            language: "en", typed: ["3", "how approach=transactional"],
            expected: ["Recommended sales approach: transactional selling was not concluded"]),
        Case(
            language: "en", typed: ["3", "change c"],
            expected: ["Several questions start like that: Complexity of the offer, Customer value strategy"]),
        Case(language: "nl", typed: ["3", "wijzig k"], expected: ["Meerdere vragen beginnen zo:"]),
        Case(
            language: "en", typed: ["3", "change 9"],
            expected: ["Unknown question '9'; the questions are: 1 Customer value strategy"]),
        Case(
            language: "en", typed: ["3", "change 1", "2"],
            expected: ["Customer value strategy: customer intimacy", "The advice changes:"]),
        Case(language: "en", typed: ["3", "how s"], expected: ["Several topics start like that:"]),
        Case(
            language: "en", typed: Array(repeating: "2", count: 23) + ["?"],
            expected: [
                "SWOT item N: describe it in a few words (an empty line ends the list)", "Answers: 1 yes, 2 no",
                "Commands at any prompt:",
            ]),
        Case(
            language: "nl", typed: Array(repeating: "2", count: 23) + ["?"],
            expected: [
                "SWOT-punt N: beschrijf het in een paar woorden", "Antwoorden: 1 ja, 2 nee",
                "Opdrachten bij elke vraag:",
            ]),
        Case(
            language: "en", typed: Array(repeating: "2", count: 23) + ["1", "quality", "", "1", "p1", "0", "2.5"],
            expected: [
                "'p1' is not an answer to this question. Type one of: a whole number from 1 up", "'0' is not an answer",
                "'2.5' is not an answer",
            ]),
    ]

    @Test(arguments: cases)
    func saysWhatWasMeant(_ c: Case) throws {
        let dir = try temporaryFolder([:]).path
        let r = advisor(["consult", "--session", dir + "/s.session", "--lang", c.language], input: c.typed)
        for text in c.expected {
            #expect(r.err.replacing("\n  ", with: " ").contains(text), "\(r.err.suffix(1500))")
        }
        // The consultation went on to the next prompt and saved the answers.
        #expect(r.err.contains(c.language == "nl" ? "Consult bewaard" : "Session saved"))
    }
}
