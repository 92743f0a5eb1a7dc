import AdvisorCLI
import Foundation
import Testing

/// Kills real consultations with SIGKILL at random moments (also in the middle of a save) and
/// checks that `--resume` restores every answer that was acknowledged on screen (the next question
/// appeared), and that the session file is never half written.
@Suite("killing a consultation loses nothing")
struct KillTests {
    /// The advisor built next to the tests.
    var binary: String { repositoryRoot.appendingPathComponent(".build/debug/advisor").path }

    @Test("200 consultations killed at random points, from a fixed seed")
    func killAndResume() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the advisor first (swift build)")
        var seed: UInt64 = 20_261_202
        func random(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let dir = try temporaryFolder([:])
        var killedDuringSave = 0
        for run in 0..<200 {
            let session = dir.appendingPathComponent("run-\(run).session").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["consult", "--session", session]
            process.environment = ["NO_COLOR": "1", "HOME": dir.path, "XDG_STATE_HOME": dir.path]
            let input = Pipe()
            let errors = Pipe()
            process.standardInput = input
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var shown = ""
            /// Reads the dialogue until question `n` is on screen.
            func waitFor(question n: Int) -> Bool {
                while !shown.contains("Question \(n);") {
                    let data = errors.fileHandleForReading.availableData
                    if data.isEmpty { return false }
                    shown += String(decoding: data, as: UTF8.self)
                }
                return true
            }
            let answers = random(6)
            var acknowledged = 0
            var sent = 0
            for i in 0..<answers {
                guard waitFor(question: i + 1) else { break }
                acknowledged = i
                input.fileHandleForWriting.write(Data((random(4) == 0 ? "unknown\n" : "1\n").utf8))
                sent += 1
            }
            // Kill now, or a little later (during the evaluation or the save of the last answer).
            let delay = random(3)
            if delay > 0 { usleep(useconds_t(random(4000))) }
            if delay == 2, sent > 0, waitFor(question: sent + 1) { acknowledged = sent }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            try? input.fileHandleForWriting.close()
            guard FileManager.default.fileExists(atPath: session) else {
                #expect(acknowledged == 0, "run \(run): \(acknowledged) answers acknowledged but no session file")
                continue
            }
            let text = try String(contentsOfFile: session, encoding: .utf8)
            #expect(text.hasSuffix("end\n"), "run \(run): a half-written session file:\n\(text)")
            let saved = text.split(separator: "\n").filter { $0.hasPrefix("answer ") || $0.hasPrefix("unknown ") }.count
            #expect(saved >= acknowledged && saved <= sent, "run \(run): \(saved) saved, \(acknowledged) acknowledged, \(sent) sent")
            if saved > acknowledged { killedDuringSave += 1 }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("run-\(run).session.tmp") }
            for file in leftovers { try? FileManager.default.removeItem(atPath: dir.appendingPathComponent(file).path) }
            // Resuming restores exactly what the file holds.
            let resumed = advisor(["consult", "--resume", session], input: ["quit"])
            #expect(resumed.status == .success)
            let said = resumed.err.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(said.contains("\(saved) answers restored"), "run \(run): \(resumed.err)")
        }
        // Some kills must have landed after an answer was saved but before its next question showed.
        #expect(killedDuringSave > 0)
    }
}
