import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

@testable import AdvisorCLI

/// The dialogue wraps to the width its output gives (a narrow terminal's), in process: every line
/// it says fits, the command table's descriptions go under the command when there is no room
/// beside it, and the advice fits too. (TerminalTests checks the same on a real pseudo-terminal.)
struct DialogueWidthTests {
    @Test(arguments: [(30, "en"), (30, "nl"), (52, "en"), (78, "nl")])
    func everyLineFits(width: Int, language: String) throws {
        let kb = try #require(KnowledgeBase.load(folder: nil).0)
        var said = ""
        var advice = ""
        let terminal = Terminal(out: { advice += $0 }, err: { said += $0 })
        let out = DialogueOutput(terminal: terminal, colour: false)
        out.dialogueWidth = { width }
        out.adviceWidth = { width }
        let typed = ["help"] + Array(repeating: "2", count: 26) + [""]
        let session = ConsultationSession(state: ConsultationState(kb: kb), language: Language(code: language) ?? .en)
        let dialogue = Dialogue(
            session: session, out: out, reader: ScriptedLineReader(typed.map { .line($0) }), sessionPath: nil)
        _ = dialogue.run()
        #expect(advice.contains(language == "nl" ? "Verkoopadvies" : "Sales advice"), "\(said.suffix(400))")
        let wide = (said + advice).split(separator: "\n").filter { $0.count > width }
        #expect(wide.isEmpty, "\(wide)")
        if width < 40 {
            // No room beside the command: its description comes on the lines below, indented.
            #expect(
                said.contains(
                    language == "nl" ? "\n  terug\n      het laatste antwoord" : "\n  back\n      take back the last"),
                "\(said.prefix(3000))")
        }
    }
}

/// The note that a session was resumed wraps its words and keeps the path whole, on a line of its
/// own (a path broken at the terminal's edge cannot be copied).
struct ResumeNoteTests {
    @Test(arguments: [Language.en, .nl])
    func thePathStandsWhole(language: Language) throws {
        let kb = try #require(KnowledgeBase.load(folder: nil).0)
        var session = ConsultationSession(state: ConsultationState(kb: kb), language: language)
        let path = "/home/someone/a-rather-long-folder-name/with-more-folders-below/the-session-file.session"
        let record = SessionRecord(
            knowledgeBase: session.knowledgeBaseHash, language: language,
            steps: [.answer(Answer(question: "complexity", value: "high"))])
        let notes = session.resume(record, from: path)
        let out = DialogueOutput(terminal: Terminal(out: { _ in }, err: { _ in }), colour: false)
        out.dialogueWidth = { 30 }
        let dialogue = Dialogue(session: session, out: out, reader: ScriptedLineReader([]), sessionPath: nil)
        let said = dialogue.render(notes)
        let lines = said.split(separator: "\n").map(String.init)
        #expect(lines.contains("  " + path), "\(lines)")
        #expect(lines.filter { !$0.contains(path) }.allSatisfy { $0.count <= 30 }, "\(lines)")
        let words = said.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(language == .nl ? "1 antwoord hersteld" : "1 answer restored"), "\(said)")
    }
}
