import AdvisorCLI
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `advisor evaluate` on exports: JSON lines and CSV, a result per record in input order, every bad
/// record reported at its line and column while the others run, and a stream that runs in constant
/// memory and answers as it goes (docs/scenarios.md, "Batch input").
@Suite("batch input: JSON lines and CSV")
struct BatchInputTests {
    static let miniKB = miniKnowledgeBase

    func ids(_ jsonLines: String) -> [String] {
        jsonLines.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["scenario"] as? String
        }
    }

    @Test("JSON lines: one result per good line in input order; each bad line at its line and column; exit 2")
    func jsonLines() throws {
        let dir = try temporaryFolder([
            "accounts.jsonl": """
            {"id": "acme", "complexity": "high", "risk": "high", "added-value": "high"}
            {"id": "bolt", "complexity": "low", "risk": {"value": "low", "certainty": 0.8}, "added-value": "low", "expect": {"approach": "transactional"}}

            {"id": "bad", "complexity": "hgh"}
            not json
            {"id": 7, "complexity": "low", "option": [{"name": "webshop", "title": "Open a web shop", "fit": "yes"}]}
            {"id": "twice", "risk": "low", "risk": "high"}

            """
        ])
        let r = advisor(["evaluate", dir.appendingPathComponent("accounts.jsonl").path, "--jsonl"])
        #expect(r.status == .badInput)
        #expect(ids(r.out) == ["acme", "bolt", "7"])
        #expect(
            r.err.contains("accounts.jsonl:4:29: error: 'hgh' is not a value of complexity; did you mean 'high'?"),
            "\(r.err)")
        #expect(r.err.contains("accounts.jsonl:5:1: error: expected a JSON value"))
        #expect(r.err.contains("accounts.jsonl:7:32: error: the key \"risk\" is given twice"), "\(r.err)")
        let first = try #require(
            try JSONSerialization.jsonObject(with: Data(r.out.split(separator: "\n")[1].utf8)) as? [String: Any])
        #expect((first["situation"] as? [String: Any])?["risk"] as? String == "low")
        let options = try #require(
            try JSONSerialization.jsonObject(with: Data(r.out.split(separator: "\n")[2].utf8)) as? [String: Any])
        #expect((options["options"] as? [[String: Any]])?.first?["name"] as? String == "webshop")
    }

    @Test("CSV: RFC 4180 quoting, the id column kept, a bad row at its line and column while the others run")
    func csv() throws {
        let dir = try temporaryFolder([
            "accounts.csv": "id,title,complexity,risk,added-value\r\n"
                + "acme,\"Acme, Inc.\",high,high,high\r\n"
                + "bolt,\"Bolt \"\"the\"\" shop\",low,low,low\r\n"
                + "bad,x,hgh,,\r\n"
                + "\"two\nlines\",y,medium,,\r\n"
                + "short,low\r\n"
                + "broken,\"open,low\r\n"
        ])
        let r = advisor(["evaluate", dir.appendingPathComponent("accounts.csv").path, "--format", "csv"])
        #expect(r.status == .badInput)
        let rows = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first?.hasPrefix("scenario,approach,") == true)
        #expect(r.out.contains("\nacme,strategic-relationship,"))
        #expect(r.out.contains("\nbolt,transactional,"))
        #expect(r.out.contains("\n\"two\nlines\",account-management,"), "\(r.out)")
        #expect(r.err.contains("accounts.csv:4:7: error: 'hgh' is not a value of complexity"), "\(r.err)")
        #expect(r.err.contains("accounts.csv:7:7: error: this row has 2 fields and the header 5"), "\(r.err)")
        #expect(r.err.contains("accounts.csv:8:8: error: unterminated quoted field"), "\(r.err)")
        let json = advisor(["evaluate", dir.appendingPathComponent("accounts.csv").path, "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(array.map { $0["scenario"] as? String } == ["acme", "bolt", "two\nlines"])
        #expect(array.first?["title"] as? String == "Acme, Inc.")
    }

    @Test("a CSV header that names no question stops that file with a suggestion")
    func csvHeader() throws {
        let dir = try temporaryFolder(["a.csv": "id,complexty,risk\nacme,high,low\n"])
        let r = advisor(["evaluate", dir.appendingPathComponent("a.csv").path])
        #expect(r.status == .badInput)
        #expect(
            r.err.contains(
                "a.csv:1:4: error: the column 'complexty' is not id, title or a question; did you mean 'complexity'?"
            ))
        #expect(r.out.isEmpty)
    }

    /// Runs the built binary with standard input from `input`; its output, and its peak memory.
    func spawn(_ arguments: [String], input: String) throws -> (out: String, status: Int32, maxKB: Int) {
        let binary = repositoryRoot.appendingPathComponent(".build/debug/advisor").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the advisor first (swift build)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "advisor-batch-\(UUID().uuidString).out"
        ).path
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0)
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let out = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        unlink(output)
        return (out, (status >> 8) & 0xFF, usage.ru_maxrss)
    }

    @Test("100,000 JSON lines on standard input: every result, in order, in the same memory as 10,000")
    func streamsInConstantMemory() throws {
        let dir = try temporaryFolder(["kb.rules": Self.miniKB])
        var lines = ""
        let values = ["low", "high"]
        for i in 0..<100_000 {
            lines += "{\"id\": \"a\(i)\", \"size\": \"\(values[i % 2])\", \"risk\": \"\(values[(i / 2) % 2])\"}\n"
        }
        let big = dir.appendingPathComponent("big.jsonl")
        try lines.write(to: big, atomically: true, encoding: .utf8)
        let small = dir.appendingPathComponent("small.jsonl")
        try lines.split(separator: "\n").prefix(10_000).joined(separator: "\n").appending("\n").write(
            to: small, atomically: true, encoding: .utf8)
        let many = try spawn(["evaluate", "--jsonl", "--rules", dir.path], input: big.path)
        let few = try spawn(["evaluate", "--jsonl", "--rules", dir.path], input: small.path)
        #expect(many.status == 0 && few.status == 0)
        let results = many.out.split(separator: "\n")
        #expect(results.count == 100_000)
        #expect(results.first?.hasPrefix("{\"schemaVersion\":2,\"scenario\":\"a0\",") == true)
        #expect(results.last?.hasPrefix("{\"schemaVersion\":2,\"scenario\":\"a99999\",") == true)
        // Flat: ten times the input, at most a fifth more memory (a few MB of slack).
        #expect(Double(many.maxKB) <= Double(few.maxKB) * 1.2 + 4_096, "peak \(many.maxKB) KB against \(few.maxKB) KB")
    }

    @Test("'-' tells standard input by its first line: a CSV export, JSON lines or a scenario")
    func standardInputKinds() throws {
        let dir = try temporaryFolder([
            "a.csv": "id,complexity,risk,added-value\nacme,low,low,low\n",
            "a.jsonl": "{\"id\": \"bolt\", \"complexity\": \"low\"}\n",
            "a.scenario": "# a scenario\ncomplexity = low\n",
        ])
        let csv = try spawn(["evaluate", "-", "--format", "csv"], input: dir.appendingPathComponent("a.csv").path)
        #expect(csv.status == 0 && csv.out.contains("\nacme,transactional,"), "\(csv.out)")
        let json = try spawn(["evaluate", "-", "--jsonl"], input: dir.appendingPathComponent("a.jsonl").path)
        #expect(json.status == 0 && json.out.hasPrefix("{\"schemaVersion\":2,\"scenario\":\"bolt\","))
        let scenario = try spawn(["evaluate", "-"], input: dir.appendingPathComponent("a.scenario").path)
        #expect(scenario.status == 0 && scenario.out.hasPrefix("Sales advice: <stdin>\n"), "\(scenario.out)")
    }

    @Test("a slow producer gets each result before it sends the next line")
    func answersAsItGoes() throws {
        let dir = try temporaryFolder(["kb.rules": Self.miniKB])
        let binary = repositoryRoot.appendingPathComponent(".build/debug/advisor").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the advisor first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["evaluate", "--jsonl", "--rules", dir.path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var got: [String] = []
        for i in 0..<3 {
            input.fileHandleForWriting.write(Data("{\"id\": \"s\(i)\", \"size\": \"low\"}\n".utf8))
            // The result arrives while the input is still open.
            var line = Data()
            while !line.contains(10) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            got.append(String(decoding: line, as: UTF8.self))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(got.count == 3)
        for (i, line) in got.enumerated() {
            #expect(line.hasPrefix("{\"schemaVersion\":2,\"scenario\":\"s\(i)\","), "\(line)")
        }
        #expect(process.terminationStatus == 0)
    }

    /// A JSON line longer than the record limit is reported once, cut, and skipped; the next line
    /// is read at its own line number.
    @Test func anOverlongJSONLineIsSkipped() throws {
        let long = "{\"id\": \"" + String(repeating: "x", count: 2 << 20) + "\"}"
        let dir = try temporaryFolder([
            "accounts.jsonl": long + "\n"
                + #"{"id": "acme", "complexity": "high", "risk": "high", "added-value": "high"}"# + "\n"
        ])
        let r = advisor(["evaluate", dir.appendingPathComponent("accounts.jsonl").path, "--jsonl"])
        #expect(r.status == .badInput)
        #expect(ids(r.out) == ["acme"])
        #expect(
            r.err.contains("accounts.jsonl:1:1: error: a line longer than 1 MiB: it is skipped"), "\(r.err.prefix(300))"
        )
        #expect(r.err.utf8.count < 2000)
    }
}

/// The first failed write ends the run (issue 23, part 4): an endless producer piped through the
/// advisor into `head -1` ends, quietly and with status 0, as a Unix filter does (issue 24).
@Suite struct ClosedPipeTests {
    /// The built binary's path (skips the test when it is not built).
    func binary() throws -> String {
        let binary = repositoryRoot.appendingPathComponent(".build/debug/advisor").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the advisor first (swift build)")
        return binary
    }

    /// Runs `script` in bash from the repository root (`cd` in the shell rather than the
    /// process's `currentDirectoryURL`, so nothing touches this process's working directory):
    /// what it printed and its exit status.
    func bash(_ script: String) throws -> (said: String, status: Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "cd '\(repositoryRoot.path)' && \(script)"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (said.trimmingCharacters(in: .whitespacesAndNewlines), p.terminationStatus)
    }

    @Test func anEndlessProducerIntoHeadEnds() throws {
        let binary = try binary()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-pipe-\(UUID().uuidString)")
            .path
        // Without the check the producer never stops and timeout kills the pipeline (status 124).
        let r = try bash(
            "timeout 120 bash -c \"yes '{\\\"complexity\\\": \\\"low\\\"}' | '\(binary)' evaluate --jsonl 2>\(errors) | head -1 > /dev/null; echo \\${PIPESTATUS[1]}\""
        )
        #expect(r.status == 0, "the pipeline did not end: \(r.said)")
        #expect(r.said == "0", "advisor's status: \(r.said)")
        #expect((try? String(contentsOfFile: errors, encoding: .utf8)) == "", "nothing said on a closed pipe")
        unlink(errors)
    }

    /// Every command that writes much ends quietly with 0 when its reader goes away.
    @Test(arguments: [
        "evaluate rules/scenarios", "evaluate rules/scenarios --format json",
        "run rules/benchmarks/manners-16.rules --watch rules",
        "explain --rule-graph --format dot", "man", "completions zsh", "test --format json",
    ])
    func aCommandIntoHeadEndsQuietly(_ command: String) throws {
        let r = try bash("'\(try binary())' \(command) 2>&1 | head -c 10 > /dev/null; echo \"${PIPESTATUS[0]}\"")
        #expect(r.said == "0", "\(command): \(r.said)")
    }
}
