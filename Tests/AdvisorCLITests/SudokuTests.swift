import Foundation
import Testing

/// CLIPS's sudoku solver (bench/clips/sudoku), translated rule for rule by scripts/clips-to-rules
/// into rules/benchmarks/sudoku/sudoku.rules, its puzzles into bench/sudoku: the same output and the
/// same firings, in the same order, as CLIPS 6.30 (bench/expected/sudoku_PUZZLE.out and .fires,
/// what CLIPS printed).
@Suite("CLIPS's sudoku solver")
struct SudokuTests {
    /// The rule and the facts of each firing, without the `*` of `not`, `exists` and `test` levels
    /// (CLIPS shows none for a test).
    static func firings(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("FIRE") }.map { line in
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 3 else { return String(line) }
            let facts =
                parts.count > 3 ? parts[3].split(separator: ",").filter { $0 != "*" }.joined(separator: ",") : ""
            return "\(parts[2]) \(facts)"
        }
    }

    @Test(
        "a puzzle prints what CLIPS prints and fires the same rules on the same facts in the same order",
        arguments: ["grid2x2-p1", "grid3x3-p1"])
    func matchesCLIPS(_ puzzle: String) throws {
        let files = [
            repositoryPath("rules/benchmarks/sudoku/sudoku.rules"), repositoryPath("bench/sudoku/\(puzzle).rules"),
        ]
        let run = advisor(["run"] + files + ["--stats"])
        #expect(run.status == .success)
        #expect(run.err == "")
        let clips = try String(contentsOfFile: repositoryPath("bench/expected/sudoku_\(puzzle).out"), encoding: .utf8)
        let printed = run.out.components(separatedBy: " rules fired\n")[0] + " rules fired\n"
        #expect(printed == clips)

        let watched = advisor(["run"] + files + ["--watch", "rules"])
        let clipsFirings = try String(
            contentsOfFile: repositoryPath("bench/expected/sudoku_\(puzzle).fires"), encoding: .utf8)
        let ours = Self.firings(watched.out)
        let theirs = Self.firings(clipsFirings)
        #expect(ours.count == theirs.count)
        let first = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            first == nil,
            "firing \((first?.offset ?? 0) + 1): ours \(first?.element.0 ?? ""), CLIPS \(first?.element.1 ?? "")")
    }

    @Test("the comparison sees a firing out of order")
    func comparisonCanFail() {
        let a = Self.firings("FIRE    1 r: f-1,*\nFIRE    2 s: f-2\n")
        let b = Self.firings("FIRE    1 s: f-2\nFIRE    2 r: f-1\n")
        #expect(a != b)
        #expect(a == ["r: f-1", "s: f-2"])
    }

    @Test("the checked-in port is what scripts/clips-to-rules makes of CLIPS's files")
    func portIsCurrent() throws {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { return }
        let folder = repositoryPath("bench/clips/sudoku")
        func translate(_ arguments: [String]) throws -> String {
            // In the folder by `cd` in a shell rather than `currentDirectoryURL`, so nothing
            // touches this process's working directory while other tests read relative paths.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                [
                    "-c", "cd \"$0\" && exec \"$@\"", folder, python, repositoryPath("scripts/clips-to-rules"),
                ] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let program = try String(
            contentsOfFile: repositoryPath("rules/benchmarks/sudoku/sudoku.rules"), encoding: .utf8)
        #expect(try translate(["sudoku.clp", "solve.clp", "output-simple.clp"]) == program)
        let puzzles = try FileManager.default.contentsOfDirectory(atPath: repositoryPath("bench/sudoku"))
            .filter { $0.hasSuffix(".rules") }.sorted()
        #expect(puzzles.count == 33)
        for name in puzzles {
            let puzzle = String(name.dropLast(".rules".count))
            let text = try String(contentsOfFile: repositoryPath("bench/sudoku/\(name)"), encoding: .utf8)
            #expect(try translate(["--no-templates", "puzzles/\(puzzle).clp"]) == text, "\(name)")
        }
    }
}
