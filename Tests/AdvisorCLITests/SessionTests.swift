import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

@testable import AdvisorCLI

/// Sessions exact and never lost (issue 23, part 3): what is saved reads back equal, a second
/// consultation cannot overwrite the first, an unfinished session is not rotated away, steps that
/// fit nothing are refused with their line and kept.
@Suite struct SessionTests {
    @Test func certaintiesReadBackEqual() throws {
        for c in [0.00004, 0.7, 1.0 / 3.0, -0.123456789, 1, -1, 5e-324] {
            let record = SessionRecord(
                knowledgeBase: "x", language: .en,
                steps: [.answer(Answer(question: "complexity", value: "high", certainty: c))])
            let read = try SessionRecord.parse(record.text)
            guard case .answer(let a) = read.steps.first else {
                Issue.record("no answer read back")
                continue
            }
            #expect(a.certainty == c, "\(c) came back as \(a.certainty)")
        }
    }

    /// A save made beside the next question's work (``BackgroundSave``): its failure is said once,
    /// before the question that follows the answer, and the consultation goes on; saves that work
    /// leave every answer in the file, and what was said comes in the order it was said.
    @Test func savesBesideTheNextQuestionAreSaidInOrder() throws {
        let dir = try temporaryFolder([:])
        let folder = dir.appendingPathComponent("s.session").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let failed = advisor(["consult", "--session", folder], input: ["1", "2", "1"])
        let warning = "Cannot write \(folder): '\(folder)' is a folder\n"
        #expect(failed.err.components(separatedBy: warning).count == 2, "\(failed.err)")
        // (Answers read in process are not echoed: the warning follows the first question's choices.)
        let afterFirst = try #require(failed.err.range(of: "3 customer intimacy\n"))
        #expect(failed.err[afterFirst.upperBound...].hasPrefix(warning + "\nQuestion 2;"), "\(failed.err)")
        #expect(failed.err.contains("Question 4;"))
        // A file that can be written: every answer is in it, and the dialogue is the same whether
        // each save is made beside the next question or in line.
        let answers = ["1", "2", "x", "1", "back", "2", "1"]
        var said: [String] = []
        for (name, quick) in [("beside", 0.0), ("inline", Double.infinity)] {
            let path = dir.appendingPathComponent(name + ".session").path
            let run = Dialogue.$quickSave.withValue(quick) { advisor(["consult", "--session", path], input: answers) }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // Four answers: the third was taken back and given again.
            #expect(text.components(separatedBy: "\nanswer ").count - 1 == 4, "\(name): \(text)")
            said.append(run.err.replacingOccurrences(of: name + ".session", with: "X"))
        }
        #expect(said[0] == said[1])
    }

    @Test func windowsLineEndsAndBlankLinesAfterTheEnd() throws {
        let text = "advisor-session 1\r\nknowledge-base x\r\nlanguage nl\r\nanswer risk high 1\r\nend\r\n\r\n\n"
        let record = try SessionRecord.parse(text)
        #expect(record.language == .nl && record.steps.count == 1)
        // Cut inside `end-of-list`, the file is not complete.
        #expect(throws: SessionRecord.Failure.self) { try SessionRecord.parse("advisor-session 1\nend") }
    }

    @Test func aSecondConsultationOnOneFileIsRefused() throws {
        let dir = try temporaryFolder([:]).path
        let session = dir + "/s.session"
        let held = try SessionStore.lock(session).get()
        let second = advisor(["consult", "--session", session], input: ["quit"])
        #expect(second.status == .badInput)
        #expect(second.err.contains("another consultation is using"), "\(second.err)")
        held.release()
        let after = advisor(["consult", "--session", session], input: ["quit"])
        #expect(after.status == .success, "\(after.err)")
        // The lock goes with the consultation.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.session"])
    }

    @Test func resumingRefusesSetAndTheSessionAsTranscript() throws {
        let dir = try temporaryFolder([:]).path
        let r = advisor(["consult", "--resume", dir + "/s.session", "--set", "risk=high"])
        #expect(r.status == .badInput && r.err.contains("--set cannot change a resumed consultation"), "\(r.err)")
        let same = advisor(["consult", "--session", dir + "/s.session", "--record", dir + "/s.session"])
        #expect(
            same.status == .badInput && same.err.contains("--record writes a transcript, not the session"),
            "\(same.err)")
        let dash = advisor(["consult", "--session", "-"])
        #expect(dash.status == .badInput)
        // The same question set twice is refused, as evaluate refuses it (not "the last wins").
        for command in ["consult", "evaluate"] {
            let twice = advisor(
                [command, "--session", dir + "/t.session", "--set", "risk=high", "--set", "risk=low"].filter {
                    command == "consult" || !$0.contains("session")
                })
            #expect(
                twice.status == .badInput && twice.err.contains("--set risk is given twice; give it once"),
                "\(command): \(twice.err)")
        }
    }

    /// Starting anew keeps the unfinished sessions it replaces (three of them); one with nothing
    /// typed is not kept, so it never pushes an unfinished one out.
    @Test func unfinishedSessionsAreKeptAside() throws {
        let home = try temporaryFolder([:]).path
        let env = ["HOME": home]
        let folder = home + "/.local/state/advisor"
        func start(_ input: [String]) -> CommandResult { advisor(["consult"], environment: env, input: input) }
        _ = start(["1", "quit"])  // an unfinished session with one answer
        _ = start(["quit"])  // keeps it aside; this one has nothing typed
        _ = start(["quit"])  // nothing typed before: nothing to keep, the unfinished one stays where it is
        let previous = try String(contentsOfFile: folder + "/consultation.previous.session", encoding: .utf8)
        #expect(previous.contains("answer "), "\(previous)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/consultation.previous-2.session"))
        _ = start(["2", "quit"])
        _ = start(["3", "quit"])  // keeps the second one; the first shifts to -2
        #expect(FileManager.default.fileExists(atPath: folder + "/consultation.previous-2.session"))
    }

    @Test func stepsThatFitNothingAreRefusedWithTheirLine() throws {
        let dir = try temporaryFolder([
            "s.session":
                "advisor-session 1\nknowledge-base 0\nlanguage en\nslot 5 fit yes\ninstance option Nowhere\nend-of-list swot\nend\n"
        ]).path
        let r = advisor(["consult", "--resume", dir + "/s.session"], input: ["quit"])
        let said = r.err.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(said.contains("0 answers restored"), "\(said)")
        #expect(
            said.contains("line 4: fit = yes") && said.contains("line 5: option") && said.contains("line 6: swot"),
            "\(said)")
        var state = ConsultationState(kb: try #require(KnowledgeBase.load(folder: nil).0))
        try state.take(.offer(kind: "option", accepted: true))
        for n in 1...ConsultationState.maximumInstances {
            try state.take(.instance(kind: "option", label: "Option \(n)"))
        }
        #expect(throws: InputError.self) { try state.take(.instance(kind: "option", label: "one too many")) }
    }

    /// Hand edits that no consultation writes are refused with their line, and the file is left as
    /// it is: a language the advisor does not speak, a question answered twice.
    @Test(arguments: [
        ("language fr\nanswer risk high 1\n", "line 3: the language 'fr' is not one the advisor speaks (en, nl)"),
        (
            "language en\nanswer risk high 0.5\nanswer risk low 1\n",
            "line 5: 'risk' is answered twice (first on line 4); keep one of the two"
        ),
        ("language en\nunknown risk\npreset risk low 1\n", "line 5: 'risk' is answered twice (first on line 4)"),
    ])
    func handEditsNoConsultationWritesAreRefused(body: String, message: String) throws {
        let text = "advisor-session 1\nknowledge-base 0\n" + body + "end\n"
        let dir = try temporaryFolder(["s.session": text]).path
        let r = advisor(["consult", "--resume", dir + "/s.session"], input: ["quit"])
        #expect(r.status == .badInput)
        #expect(r.err.contains(message), "\(r.err)")
        #expect(try String(contentsOfFile: dir + "/s.session", encoding: .utf8) == text)
    }

    @Test func oneAnswerRestoredIsSaidInTheSingular() throws {
        let dir = try temporaryFolder([
            "s.session": "advisor-session 1\nknowledge-base 0\nlanguage nl\nanswer risk high 1\nend\n"
        ]).path
        let r = advisor(["consult", "--resume", dir + "/s.session"], input: ["stop"])
        #expect(r.err.contains(": 1 antwoord hersteld"), "\(r.err)")
    }

    @Test func aScenarioIsKeptByItsFullPathAndAChangeIsSaid() throws {
        let dir = try temporaryFolder(["s.scenario": "complexity = high\n"]).path
        // Named in a roundabout way; kept as the file's one full path.
        _ = advisor(
            ["consult", "--scenario", dir + "/.//s.scenario", "--session", dir + "/x.session"], input: ["quit"])
        let saved = try String(contentsOfFile: dir + "/x.session", encoding: .utf8)
        #expect(saved.contains("scenario \(dir)/s.scenario\n"), "\(saved)")
        #expect(saved.contains("scenario-hash "))
        try "complexity = low\n".write(toFile: dir + "/s.scenario", atomically: true, encoding: .utf8)
        let resumed = advisor(["consult", "--resume", dir + "/x.session"], input: ["quit"])
        #expect(resumed.err.contains("has changed since this session was saved"), "\(resumed.err)")
    }
}

/// A transcript is a consultation, and a replay of it writes only in its own folder (issue 23,
/// part 4 and 6).
@Suite struct ReplayBoundsTests {
    @Test func aTranscriptRunsOnlyConsultations() throws {
        let dir = try temporaryFolder([
            "self.transcript": "$ advisor replay self.transcript\n[exit 0]\n",
            "stdin.transcript": "$ advisor evaluate -\n[exit 0]\n",
        ])
        for name in ["self", "stdin"] {
            let r = advisor(["replay", dir.appendingPathComponent("\(name).transcript").path])
            #expect(r.status == .badInput)
            #expect(r.err.contains("a transcript replays consultations only"), "\(r.err)")
        }
    }

    @Test func aReplayWritesNothingOutsideItsFolder() throws {
        let outside = try temporaryFolder([:]).path
        let dir = try temporaryFolder([
            "escape.transcript":
                "$ advisor consult --session \(outside)/s.session\n[exit 0]\n"
                + "$ advisor consult --session {dir}/s.session\nQuestion> \n⌨ report \(outside)/advice.md\nQuestion> \n⌨ save {dir}/../../\(outside.split(separator: "/").last ?? "x")/copy.session\nQuestion> \n⌨ quit\n[exit 0]\n"
        ])
        _ = advisor(["replay", dir.appendingPathComponent("escape.transcript").path])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty, "written outside the replay's folder")
    }
}

/// A suite that cannot be read is an error in every format, JUnit included (issue 23, part 5).
@Suite struct UnreadableSuiteTests {
    @Test func junitHoldsAnErrorForASuiteThatCannotBeRead() throws {
        let dir = try temporaryFolder(["bad.suite": "suite \"x\"\ncase \"c\"\n  expect nonsense\n"])
        let r = advisor([
            "test", dir.appendingPathComponent("bad.suite").path, dir.appendingPathComponent("missing.suite").path,
            "--format", "junit",
        ])
        #expect(r.status == .badInput)
        #expect(
            r.out.contains("<testsuites name=\"advisor test\" tests=\"2\" failures=\"0\" errors=\"2\">"), "\(r.out)")
        #expect(r.out.components(separatedBy: "<error message=").count == 3)
        let json = advisor(["test", dir.appendingPathComponent("missing.suite").path, "--format", "json"])
        #expect(json.out.contains("\"problems\""))
    }
}

/// File kinds by a case-insensitive extension (issue 23, part 5): a spreadsheet's `.CSV` and a
/// `.json` file are exports, not scenarios.
@Suite struct FileKindTests {
    @Test func extensionsInAnyCase() throws {
        let dir = try temporaryFolder([
            "A.CSV": "id,complexity\nacme,low\n", "b.json": "{\"id\": \"bolt\", \"complexity\": \"low\"}\n",
        ])
        let r = advisor([
            "evaluate", dir.appendingPathComponent("A.CSV").path, dir.appendingPathComponent("b.json").path, "--format",
            "csv",
        ])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.contains("\nacme,transactional,") && r.out.contains("\nbolt,transactional,"), "\(r.out)")
    }

    /// A single item ranked sixth is not "more than five items".
    @Test func aSixthRankIsSaidAsSuch() throws {
        let dir = try temporaryFolder(["s.scenario": "swot s1 kind=strength rank=6 text=\"Fast\"\n"])
        let r = advisor(["evaluate", dir.appendingPathComponent("s.scenario").path])
        #expect(r.out.contains("A strength ranked 6: keep at most five\n        items per quadrant"), "\(r.out)")
        #expect(!r.out.contains("More than five"))
    }
}

/// The advice names its customer (issue 22, the Dutch list: "# Verkoopadvies: <klant>").
@Suite struct CustomerTests {
    @Test func theCustomerTitlesTheAdviceAndStaysWithTheSession() throws {
        let dir = try temporaryFolder([:]).path
        var input = Array(repeating: "1", count: 22)
        input += ["nee", "nee", "nee", ""]
        let r = advisor(
            ["consult", "--session", dir + "/s.session", "--customer", "Hotel De Zon", "--lang", "nl"], input: input)
        #expect(r.out.hasPrefix("Verkoopadvies: Hotel De Zon\n"), "\(r.out.prefix(200))")
        #expect(try String(contentsOfFile: dir + "/s.session", encoding: .utf8).contains("customer Hotel De Zon\n"))
        let resumed = advisor(["consult", "--resume", dir + "/s.session"], input: ["rapport \(dir)/r.md", "stop"])
        #expect(resumed.status == .success)
        #expect(try String(contentsOfFile: dir + "/r.md", encoding: .utf8).hasPrefix("# Verkoopadvies: Hotel De Zon\n"))
    }
}
