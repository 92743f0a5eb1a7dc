import AdvisorCLI
import Foundation
import Testing

/// Interrupts real consultations with a random signal (KILL, TERM, INT, HUP) at random moments (also
/// in the middle of a save) and checks that the session file is never half written, that it holds
/// every answer acknowledged on screen (the next prompt appeared), and that resuming it with the
/// answers not yet given ends in the very advice an uninterrupted consultation gives (issue 23).
@Suite("killing a consultation loses nothing", .serialized)
struct KillTests {
    /// The advisor built next to the tests.
    var binary: String { repositoryRoot.appendingPathComponent(".build/debug/advisor").path }

    /// A generator with a fixed seed, so a failure can be repeated.
    struct Random {
        var seed: UInt64
        mutating func callAsFunction(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
    }

    /// Ten ways to answer a whole consultation. The first twelve answers fit every question (so
    /// each typed line is one saved step, wherever the interruption lands); the rest are answers,
    /// `unknown` and answers that do not fit (re-prompted), and decline the SWOT and the options.
    static let answerLists: [[String]] = (0..<10).map { list in
        var random = Random(seed: UInt64(list) &+ 7)
        let first = (0..<12).map { _ in ["1", "2", "unknown"][random(3)] }
        let rest = (0..<40).map { _ in ["2", "unknown", "3", "2"][random(4)] }
        return first + rest
    }

    /// The advice of each list, uninterrupted.
    static let reference: [String] = answerLists.enumerated().map { i, answers in
        let session = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reference-\(i)-\(UUID().uuidString).session"
        ).path
        defer { unlink(session) }
        return advisor(["consult", "--session", session], input: answers).out
    }

    /// 20 runs for each of the ten lists (200 in all), the lists in parallel.
    @Test(
        "200 consultations interrupted by random signals at random points, resumed to the same advice",
        arguments: 0..<10)
    func killAndResume(_ list: Int) throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the advisor first (swift build)")
        let dir = try temporaryFolder([:])
        let answers = Self.answerLists[list]
        let reference = Self.reference[list]
        #expect(reference.contains("Sales advice"))
        var random = Random(seed: 20_261_207 &+ UInt64(list))
        var killedDuringSave = 0
        var signals: [Int32: Int] = [:]
        for run in 0..<20 {
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
            /// Reads the dialogue until `n` prompts are on screen.
            func waitFor(prompts n: Int) -> Bool {
                while shown.components(separatedBy: "> ").count - 1 < n {
                    let data = errors.fileHandleForReading.availableData
                    if data.isEmpty { return false }
                    shown += String(decoding: data, as: UTF8.self)
                }
                return true
            }
            let count = random(8)
            var acknowledged = 0
            var sent = 0
            for i in 0..<count {
                guard waitFor(prompts: i + 1) else { break }
                acknowledged = i
                input.fileHandleForWriting.write(Data((answers[i] + "\n").utf8))
                sent += 1
            }
            // Interrupt now, or a little later (during the evaluation or the save of the last answer).
            let delay = random(3)
            if delay > 0 { usleep(useconds_t(random(4000))) }
            if delay == 2, sent > 0, waitFor(prompts: sent + 1) { acknowledged = sent }
            // Each signal five times a list, at random moments.
            let signal = [SIGKILL, SIGTERM, SIGINT, SIGHUP][run % 4]
            signals[signal, default: 0] += 1
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            // Foundation may report the end before the process is gone: wait until it is.
            var waited = 0
            while kill(process.processIdentifier, 0) == 0 && waited < 10_000 {
                usleep(1000)
                waited += 1
            }
            if signal == SIGKILL { #expect(process.terminationReason == .uncaughtSignal) }
            try? input.fileHandleForWriting.close()
            guard FileManager.default.fileExists(atPath: session) else {
                #expect(acknowledged == 0, "run \(run): \(acknowledged) answers acknowledged but no session file")
                // Nothing was saved: starting again on the same file (and cleaning up what the
                // interrupted first save left) ends in the same advice.
                let again = advisor(["consult", "--session", session], input: answers)
                #expect(
                    again.out == reference,
                    "run \(run) (signal \(signal), list \(list), started again): the advice differs")
                continue
            }
            let text = try String(contentsOfFile: session, encoding: .utf8)
            #expect(text.hasSuffix("end\n"), "run \(run): a half-written session file:\n\(text)")
            let saved = text.split(separator: "\n").filter { $0.hasPrefix("answer ") || $0.hasPrefix("unknown ") }.count
            #expect(
                saved >= acknowledged && saved <= sent,
                "run \(run): \(saved) saved, \(acknowledged) acknowledged, \(sent) sent")
            if saved > acknowledged { killedDuringSave += 1 }
            // Resumed with the answers not yet saved, it ends in the uninterrupted advice.
            let resumed = advisor(["consult", "--resume", session], input: Array(answers[saved...]))
            #expect(resumed.status == .success, "run \(run): \(resumed.err.suffix(400))")
            #expect(
                resumed.out == reference,
                "run \(run) (signal \(signal), list \(list), \(saved) saved): the advice differs")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
                $0.contains("run-\(run).session.advisor-tmp")
            }
            #expect(
                left.isEmpty,
                "run \(run) (signal \(signal), delay \(delay)): \(left) left after the resume; \(resumed.err.suffix(300))"
            )
        }
        // Every signal is sent five times for every list; interruptions that land after an answer was saved
        // but before its next prompt showed are counted (the seeds make several).
        #expect(signals.count == 4 && signals.values.allSatisfy { $0 == 5 }, "\(signals)")
        print("list \(list): \(killedDuringSave) of 20 interrupted between a save and the next prompt")
        // No temporary file is left behind by any of them.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.contains("advisor-tmp")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
