import AdvisorCLI
import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

@Suite("advisor consult and replay")
struct ConsultTests {
    static let transcriptFiles = repositoryFiles(in: "transcripts", endingIn: ".transcript")

    /// One case per recorded consultation, so a failure names its transcript.
    @Test("a recorded consultation replays without a difference", arguments: transcriptFiles)
    func transcript(_ file: String) throws {
        let r = advisor(["replay", "transcripts/" + file])
        #expect(r.status == .success, "\(r.out)\(r.err)")
    }

    @Test func everyTranscriptIsReplayed() {
        #expect(Self.transcriptFiles.count >= 18)
    }

    @Test("replay shows a unified diff and exits 1 when the output differs")
    func replayDiff() throws {
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("transcripts/01-en-transactional.transcript"),
            encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: "transactional selling (certainty 1.00)", with: "system selling (certainty 1.00)")
        #expect(changed != text)
        let dir = try temporaryFolder(["changed.transcript": changed])
        let r = advisor(["replay", dir.appendingPathComponent("changed.transcript").path])
        #expect(r.status == .failure)
        #expect(
            r.out.contains(
                "-Recommended sales approach: system selling (certainty 1.00)\n+Recommended sales approach: transactional selling (certainty 1.00)"
            ))
        #expect(r.out.contains("@@ -"))
    }

    @Test("--record writes a transcript that replays without a difference, also across a resume")
    func recordAndReplay() throws {
        let dir = try temporaryFolder([:])
        let transcript = dir.appendingPathComponent("t.transcript").path
        let session = dir.appendingPathComponent("deep/folder/mine.session").path
        let first = advisor(
            ["consult", "--record", transcript, "--session", session], input: ["2", "why", "hgh", "2"])
        #expect(first.status == .failure, "the input ended before the advice")
        let second = advisor(
            ["consult", "--resume", session, "--record", transcript, "--lang", "nl"],
            input: ["2", "terug", "1", "stop"])
        #expect(second.status == .success)
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(text.hasPrefix("$ advisor consult --session {dir}/mine.session\n"))
        #expect(text.contains("$ advisor consult --lang nl --resume {dir}/mine.session\n"))
        #expect(!text.contains(dir.path))
        #expect(text.contains("⌨ hgh\n"))
        let replay = advisor(["replay", transcript])
        #expect(replay.status == .success, "\(replay.out)")
    }

    @Test("a scripted consultation on a pipe: no control codes, the advice alone on standard output")
    func scripted() throws {
        let dir = try temporaryFolder([:])
        let session = dir.appendingPathComponent("s.session").path
        var input: [String] = []
        for _ in 0..<40 { input.append("2") }  // a value of every question; "no" to every offer of a list
        let r = advisor(["consult", "--session", session], input: input)
        #expect(r.status == .success)
        #expect(!r.out.contains("\u{1B}") && !r.err.contains("\u{1B}"))
        #expect(r.out.hasPrefix("Sales advice\n============\nIn short: "), "\(r.out)")
        #expect(r.out.contains("\nRecommended sales approach: "))
        #expect(!r.out.contains("Question "))
        #expect(r.err.contains("Question 1; at most "))
        #expect(FileManager.default.fileExists(atPath: session))
    }

    @Test("resuming a corrupted session says so and leaves the file; a missing one exits 2")
    func corruptedSession() throws {
        let dir = try temporaryFolder([
            "bad.session": "advisor-session 1\nanswer complexity high 1\n", "foreign.session": "hello",
        ])
        let bad = advisor(["consult", "--resume", dir.appendingPathComponent("bad.session").path])
        #expect(bad.status == .badInput)
        #expect(bad.err.contains("cannot resume from"))
        #expect(bad.err.contains("cut off"))
        #expect(
            try String(contentsOf: dir.appendingPathComponent("bad.session"), encoding: .utf8)
                == "advisor-session 1\nanswer complexity high 1\n")
        #expect(
            advisor(["consult", "--resume", dir.appendingPathComponent("foreign.session").path]).status == .badInput)
        let missing = advisor(["consult", "--resume", dir.appendingPathComponent("none.session").path])
        #expect(missing.status == .badInput)
        #expect(missing.err.contains("no such file"))
    }

    @Test("a session saved on another knowledge base keeps the answers that still apply")
    func changedKnowledgeBase() throws {
        let dir = try temporaryFolder([
            "old.session":
                "advisor-session 1\nknowledge-base 0000000000000000\nlanguage en\nanswer complexity high 1.0\nanswer retired-question yes 1.0\nanswer risk extreme 1.0\nend\n"
        ])
        let r = advisor(["consult", "--resume", dir.appendingPathComponent("old.session").path], input: ["quit"])
        #expect(r.status == .success)
        let said = r.err.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(said.contains("The knowledge base has changed since this session was saved"))
        #expect(said.contains("Resumed session: 1 answer restored " + dir.appendingPathComponent("old.session").path))
        #expect(said.contains("Dropped: line 5: retired-question = yes, line 6: risk = extreme"), "\(said)")
        // They stay in the file, set aside, and are named again at the next resume.
        let saved = try String(contentsOf: dir.appendingPathComponent("old.session"), encoding: .utf8)
        #expect(
            saved.contains("set-aside answer retired-question yes 1\nset-aside answer risk extreme 1\nend\n"),
            "\(saved)")
        let again = advisor(["consult", "--resume", dir.appendingPathComponent("old.session").path], input: ["quit"])
        #expect(again.err.contains("2 of the saved answers no longer fit the knowledge base"))
        func flat(_ text: String) -> String {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        }
        #expect(flat(again.err).contains("type drop to remove them for good"))
        // `drop` (Dutch `schrap`) removes them for good, names them, and says so when none are left.
        let dropped = advisor(
            ["consult", "--lang", "nl", "--resume", dir.appendingPathComponent("old.session").path],
            input: ["schrap", "schrap", "stop"])
        #expect(
            dropped.err.contains(
                "Definitief uit het consultbestand verwijderd (2):\n  answer retired-question yes 1\n  answer risk extreme 1\n"
            ), "\(dropped.err)")
        #expect(flat(dropped.err).contains("Er zijn geen bewaarde antwoorden opzijgezet"))
        let after = try String(contentsOf: dir.appendingPathComponent("old.session"), encoding: .utf8)
        #expect(!after.contains("set-aside") && after.contains("answer complexity high 1\n"), "\(after)")
        // The session is Dutch now; the English word works too.
        let last = advisor(
            ["consult", "--resume", dir.appendingPathComponent("old.session").path], input: ["drop", "quit"])
        #expect(!flat(last.err).contains("no longer fit") && flat(last.err).contains("er valt niets te schrappen"))
    }

    @Test("--lang follows LANG and LC_ALL when not given")
    func language() throws {
        let dir = try temporaryFolder([:])
        let nl = advisor(
            ["consult", "--session", dir.appendingPathComponent("a").path], environment: ["LANG": "nl_NL.UTF-8"],
            input: ["quit"])
        #expect(nl.err.hasPrefix("SalesAdvisor: een consult"))
        let en = advisor(
            ["consult", "--session", dir.appendingPathComponent("b").path],
            environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "C"], input: ["quit"])
        #expect(en.err.hasPrefix("SalesAdvisor: a consultation"))
    }
}

@Suite("instances in a consultation")
struct InstanceConsultTests {
    /// The `instances` example of docs/rule-language.md, as a rule folder of its own.
    func exampleFolder() throws -> URL {
        let doc = try String(
            contentsOf: repositoryRoot.appendingPathComponent("docs/rule-language.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## instances\n").dropFirst().first)
        let code = try #require(
            section.components(separatedBy: "```rules\n").dropFirst().first?.components(separatedBy: "\n```").first)
        return try temporaryFolder(["options.rules": code + "\n"])
    }

    @Test("the documented example: instances one by one, then only the slots an open rule needs")
    func documentedExample() throws {
        let rules = try exampleFolder()
        let session = rules.appendingPathComponent("s.session").path
        let transcript = Advisor.transcript(
            ["consult", "--rules", rules.path, "--session", session],
            input: ["yes", "Cheap fix", "Big project", "", "no", "yes", "low", ""])
        #expect(transcript.contains("Do you want to compare options?"))
        #expect(transcript.contains("Option 1: describe it in a few words"))
        #expect(transcript.contains("Does 'Cheap fix' solve the problem?"))
        #expect(transcript.contains("Does 'Big project' solve the problem?"))
        #expect(transcript.contains("What does 'Big project' cost?"))
        #expect(!transcript.contains("What does 'Cheap fix' cost?"), "\(transcript)")
        #expect(transcript.hasSuffix("[exit 0]\n"))
        let saved = try String(contentsOfFile: session, encoding: .utf8)
        #expect(saved.contains("instance option Cheap fix\ninstance option Big project\nend-of-list option\n"))
        #expect(saved.contains("slot 0 fit no\nslot 1 fit yes\nslot 1 cost low\n"))
    }

    /// A detail takes a certainty as a question's answer does (issue 23): a bad one is explained,
    /// a good one is kept in the session, shown in the summary, read back on resume, and makes the
    /// instance as sure as its least sure detail.
    @Test func aDetailKeepsItsCertainty() throws {
        let rules = try exampleFolder()
        let session = rules.appendingPathComponent("s.session").path
        let unsure = Advisor.transcript(
            ["consult", "--rules", rules.path, "--session", session],
            input: ["yes", "Cheap fix", "Big project", "", "no 2", "no", "yes 0.4", "low 0,7", "back", "low 0.7", ""])
        #expect(unsure.contains("A certainty is a number from -1 to 1, found '2' (for example: yes 0.7)"), "\(unsure)")
        #expect(!unsure.contains("not an answer"))
        #expect(unsure.contains("What does 'Big project' cost? low (certainty 0.70)"), "\(unsure)")
        let saved = try String(contentsOfFile: session, encoding: .utf8)
        #expect(
            saved.contains("slot 0 fit no\nslot-certainty 1 fit 0.4 yes\nslot-certainty 1 cost 0.7 low\n"), "\(saved)")
        // Read back exactly; the instance is as sure as its least sure detail, and so is its fact.
        let record = try SessionRecord.parse(saved)
        var state = ConsultationState(kb: try #require(KnowledgeBase.load(folder: rules.path).0))
        for step in record.steps { try state.take(step) }
        #expect(state.instances.map(\.certainty) == [1, 0.4])
        #expect(try state.situation().facts.map(\.certainty).contains(0.4))
    }

    @Test(
        "a number outside a slot's range is asked again, with the range in the consultation's language",
        arguments: [
            ("en", "'3' is not an answer to this question. Type one of: a whole number from -2 to 2, unknown, ?"),
            ("nl", "'3' is hier geen geldig antwoord. Typ een van: een geheel getal van -2 tot en met 2, onbekend, ?"),
        ])
    func rangedSlot(_ language: String, _ reprompt: String) throws {
        let rules = try temporaryFolder([
            "pairs.rules": """
            template pair { name: symbol  title: string = ""  score: integer from -2 to 2 }
            instances pair
              en "Do you want to score pairs?"
              nl "Wilt u paren scoren?"
              key name
              label title
              slot score en "The score of '{title}'" nl "De score van '{title}'"
            end
            rule promising
              when
                pair(name: $p, score: >= 1)
              then
                score $p suitability 1
            end

            """
        ])
        let session = rules.appendingPathComponent("s.session").path
        let r = advisor(
            ["consult", "--lang", language, "--rules", rules.path, "--session", session],
            input: [language == "nl" ? "ja" : "yes", "Quality x tenders", "", "3", "-3", "9223372036854775808", "2"])
        #expect(r.status == .success, "\(r.err)")
        let shown = r.err.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(shown.contains(reprompt), "\(r.err)")
        #expect(shown.contains(reprompt.replacing("'3'", with: "'-3'")))
        let saved = try String(contentsOfFile: session, encoding: .utf8)
        #expect(
            saved.contains("slot 0 score 2\n") && !saved.contains("score 3") && !saved.contains("score -3"), "\(saved)")
    }

    @Test("back takes an instance away; resume restores instances and their slots")
    func backAndResume() throws {
        let rules = try exampleFolder()
        let session = rules.appendingPathComponent("s.session").path
        let first = advisor(
            ["consult", "--rules", rules.path, "--session", session], input: ["yes", "One", "back", "Two", "", "yes"])
        #expect(first.status == .failure, "the input ended before the advice")
        #expect(first.err.contains("Taken back: Option: One"))
        let saved = try String(contentsOfFile: session, encoding: .utf8)
        #expect(!saved.contains("instance option One"))
        #expect(saved.contains("instance option Two\nend-of-list option\nslot 0 fit yes\n"))
        let resumed = Advisor.transcript(["consult", "--rules", rules.path, "--resume", session], input: ["high"])
        #expect(resumed.contains("What does 'Two' cost?"))
        #expect(
            resumed.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ").contains(
                "4 answers restored"))
    }
}

@Suite("a consultation survives any typing")
struct ConsultFuzzTests {
    @Test("random lines (answers, commands with odd arguments, garbage) never crash it and always end cleanly")
    func randomTyping() throws {
        let vocabulary = [
            "1", "2", "3", "4", "0", "99", "-1", "yes", "no", "ja", "nee", "high", "hoog 0,7", "low -1", "medium 1.5",
            "m", "x",
            "?", "help", "why", "how", "how approach", "how kpi", "how cap", "why not",
            "why not approach=transactional",
            "why not approach=", "why not =x", "unknown", "onbekend", "back", "terug", "change", "change risk",
            "change zzz",
            "summary", "report", "save", "", " ", "\u{1B}[A", "\t", "é", String(repeating: "a", count: 5000),
            "9223372036854775807",
            "1e308", "nan", "-0", "Option \u{0}", "x x x x", "back up", "waarom niet", "hoe", "wijzig complexity",
        ]
        var seed: UInt64 = 99
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let dir = try temporaryFolder([:])
        for run in 0..<30 {
            let lines = (0..<(10 + next(40))).map { _ in vocabulary[next(vocabulary.count)] }
            let args =
                ["consult", "--session", dir.appendingPathComponent("f\(run).session").path]
                + (run % 2 == 0 ? ["--lang", "nl"] : [])
            let transcript = Advisor.transcript(args, input: lines)
            // 0: the advice, or `quit`; 1: the input ended before the advice, and it says so.
            let ended = transcript.hasSuffix("[exit 1]\n")
            #expect(transcript.hasSuffix("[exit 0]\n") || ended, "run \(run): \(transcript.suffix(300))")
            if ended {
                #expect(
                    transcript.contains("Input ended before the advice was complete.")
                        || transcript.contains("De invoer eindigde voordat het advies klaar was."))
            }
        }
    }
}

/// `advisor replay` on what is not a transcript, and `--by-prompt` without `--update`.
@Suite struct ReplayErrorTests {
    @Test func unreadableAndEmptyTranscripts() throws {
        let dir = try temporaryFolder(["empty.transcript": "# a comment and nothing else\n"]).path
        let missing = advisor(["replay", dir + "/none.transcript"])
        #expect(missing.status == .badInput && missing.err.contains("cannot read transcript"), "\(missing.err)")
        let empty = advisor(["replay", dir + "/empty.transcript"])
        #expect(empty.status == .badInput && empty.err.contains("no command in this transcript"), "\(empty.err)")
        let byPrompt = advisor(["replay", "--by-prompt", dir + "/empty.transcript"])
        #expect(
            byPrompt.status == .badInput && byPrompt.err.contains("--by-prompt re-records transcripts"),
            "\(byPrompt.err)")
    }

    @Test func byPromptReRecordsACopy() throws {
        let original = try String(
            contentsOf: repositoryRoot.appendingPathComponent("transcripts/05-en-back.transcript"), encoding: .utf8)
        let dir = try temporaryFolder(["t.transcript": original]).path
        let r = advisor(["replay", "--update", "--by-prompt", dir + "/t.transcript"])
        #expect(r.status == .success, "\(r.err)")
        #expect(try String(contentsOfFile: dir + "/t.transcript", encoding: .utf8) == original)
    }
}
