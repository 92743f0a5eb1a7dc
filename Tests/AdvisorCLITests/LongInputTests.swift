import Foundation
@_spi(Tooling) import RuleLanguage
import Testing

@testable import AdvisorCLI

#if canImport(Glibc)
    import Glibc
#endif

/// A mebibyte where a word is expected (issue 23): every reader reports it with the value cut and
/// the source line shown as a window around the caret; no message echoes the input whole.
@Suite struct LongInputTests {
    static let value = String(repeating: "x", count: 1 << 19)  // half the record limit: read, then refused
    static let spaced = String(repeating: "ab ", count: 1 << 18)

    /// What a user sees must stay small, and say how much was left out.
    func expectCut(_ text: String, _ what: String) {
        #expect(text.utf8.count < 6000, "\(what): \(text.utf8.count) bytes")
        #expect(text.contains("characters]"), "\(what): \(text.prefix(300))")
    }

    @Test func everyFileReaderCutsTheValue() throws {
        let dir = try temporaryFolder([
            "long.scenario": "complexity = \(Self.value)\n",
            "long.csv": "id,complexity\nacme,\(Self.value)\n",
            "long.jsonl": "{\"id\": \"a\", \"complexity\": \"\(Self.value)\"}\n",
            "long.rules": "rule a\n  when \(Self.value)\nend\n",
            "long.suite":
                "suite \"s\"\ncase \"c\"\n  complexity = \(Self.value)\n  expect approach = transactional\nend\n",
            "s.session": "advisor-session 1\nknowledge-base 0\nlanguage en\n\(Self.value)\nend\n",
        ]).path
        for arguments in [
            ["evaluate", dir + "/long.scenario"], ["evaluate", dir + "/long.csv"], ["evaluate", dir + "/long.jsonl"],
            ["check", dir + "/long.rules"], ["run", dir + "/long.rules"], ["test", dir + "/long.suite"],
            ["evaluate", "--set", "complexity=" + Self.value, "rules/scenarios/hospital-equipment.scenario"],
            ["explain", "rules/scenarios/hospital-equipment.scenario", "--how", "approach=" + Self.value],
            ["consult", "--resume", dir + "/s.session"],
            ["evaluate", "--format", Self.value, "rules/scenarios/hospital-equipment.scenario"],
        ] {
            let r = advisor(arguments, input: ["quit"])
            #expect(r.status != .success, "\(arguments[0])")
            expectCut(r.err + r.out, arguments[0] + " " + arguments[1])
        }
    }

    @Test func aSourceLineIsShownAroundItsCaret() throws {
        let dir = try temporaryFolder([
            "long.scenario": "\(String(repeating: "# ", count: 1)) x\ncomplexity = low risk \(Self.value)\n"
        ]).path
        let r = advisor(["evaluate", dir + "/long.scenario"])
        let lines = r.err.split(separator: "\n")
        let source = try #require(lines.first { $0.hasPrefix("2 | ") })
        let caret = try #require(lines.first { $0.hasSuffix("^") })
        #expect(source.count < 200)
        // The caret still points at the mistake: the word after `low`.
        let at = caret.count - 1
        #expect(source.dropFirst(at).hasPrefix("risk"), "\(source)\n\(caret)")
    }

    @Test func aLongTypedAnswerIsCutInTheDialogueAndItsEcho() throws {
        // Refused before any work is done on it, in either language, with a short re-prompt.
        let r = advisor(["consult"], input: [Self.value, Self.spaced, "quit"])
        #expect(r.err.utf8.count < 6000)
        func flat(_ text: String) -> String {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        }
        #expect(
            flat(r.err).contains(
                "That line has 524288 characters: an answer or a command has at most 1000. Type it again, shorter."))
        #expect(flat(r.err).contains("That line has 786432 characters"))
        let nl = advisor(["consult", "--lang", "nl"], input: [Self.value, "stop"])
        #expect(
            flat(nl.err).contains(
                "Die regel telt 524288 tekens: een antwoord of opdracht telt er hoogstens 1000. Typ het opnieuw, korter."
            ), "\(nl.err)")
        // The echo of a piped answer is cut as well.
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let writer = fds[1]
        let thread = Thread {
            FileSystem.writeAll(Self.value + "\n", to: writer)
            close(writer)
        }
        thread.start()
        var shown = ""
        let reader = PlainLineReader(fd: fds[0], echo: true) { shown += $0 }
        if case .line(let typed) = reader.read(prompt: "> ", completions: []) {
            #expect(typed == Self.value)
        } else {
            Issue.record("no line read")
        }
        close(fds[0])
        expectCut(shown, "echo")
    }

    @Test func shortTextIsUntouched() {
        let text = "advisor: a path /a/b/c of ordinary length\n  and a second line\n"
        #expect(ShownInput.capped(text) == text)
        #expect(ShownInput.excerpt("short line", column: 3) == ("short line", 3))
        let long = String(repeating: "y", count: 1000)
        let (shown, column) = ShownInput.excerpt(long + "Z" + long, column: 1001)
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(Array(shown)[column - 1] == "Z")
    }
}
