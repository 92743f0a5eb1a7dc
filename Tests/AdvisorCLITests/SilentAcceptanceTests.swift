import AdvisorCLI
import Foundation
import Testing

/// Input that used to be taken without a word (the last of two values silently won, an empty list
/// meant nothing, two options contradicted each other): each is now refused with a message that
/// says what to write, exit 2, and nothing on standard output.
@Suite("nothing is accepted silently")
struct SilentAcceptanceTests {
    static let scenario = repositoryRoot.appendingPathComponent("rules/scenarios/it-outsourcing.scenario").path
    static let program = repositoryRoot.appendingPathComponent("rules/benchmarks/manners-16.rules").path

    @Test(
        "contradictory or repeated command-line input is refused",
        arguments: [
            (
                ["evaluate", scenario, "--grid", "complexity=low,high", "--grid", "complexity=medium"],
                "--grid complexity is given twice"
            ),
            (["evaluate", scenario, "--grid", "risk=low,low"], "--grid risk lists 'low' twice"),
            (
                ["evaluate", "--set", "complexity=high", "--grid", "complexity=low,high"],
                "complexity is given by both --set and --grid"
            ),
            (["evaluate", "--set", "complexity=high", "--set", "complexity=low"], "--set complexity is given twice"),
            (
                ["explain", "--set", "complexity=high", "--set", "complexity=low", "--how", "approach"],
                "--set complexity is given twice"
            ),
            (["evaluate", scenario, "--jsonl", "--format", "csv"], "cannot be combined with --format csv"),
            (
                ["evaluate", scenario, "--format", "json", "--format", "csv"],
                "option '--format' is given twice ('json' and 'csv')"
            ),
            (["evaluate", scenario, "--lang", "nl", "--lang=en"], "option '--lang' is given twice"),
            (
                ["evaluate", scenario, "--weights", "suitability=1", "--weights", "feasibility=1"],
                "option '--weights' is given twice"
            ),
            (["explain", scenario, "--how", "approach", "--how", "method"], "option '--how' is given twice"),
            (
                ["run", program, "--watch", ""],
                "'--watch' has an empty item; the values are: facts, rules, activations"
            ),
            (["run", program, "--watch", "facts,"], "an empty item"),
            (["run", program, "--max-firings", "0"], "'--max-firings' needs a positive whole number, got '0'"),
            (["run", program, "--max-facts", "0"], "'--max-facts' needs a positive whole number"),
            (["run", program, "--seed", "-1"], "'--seed' needs a whole number from 0"),
            (["run", program, "--strategy", "lex", "--strategy", "mea"], "option '--strategy' is given twice"),
            (["check", program, "--format", "json", "--format", "text"], "option '--format' is given twice"),
            (["consult", "--lang", "nl", "--lang", "en"], "option '--lang' is given twice"),
        ] as [([String], String)])
    func refused(_ arguments: [String], _ message: String) {
        let r = advisor(arguments, input: [])
        #expect(r.status == .badInput, "\(arguments)")
        #expect(r.err.contains(message), "\(r.err)")
        #expect(r.out.isEmpty)
        // The message stays short: the usage line and where the help is, not the whole help.
        #expect(r.err.split(separator: "\n").count <= 4, "\(r.err)")
    }

    @Test(
        "a scenario that answers a question twice, or holds bytes that are not UTF-8 or control characters, is refused at the line",
        arguments: [
            (
                "complexity = high\nrisk = low\ncomplexity = low\n",
                "3:1: error: complexity is answered twice (first on line 1)"
            ),
            ("title \"caf\u{FFFD}\"\n", "1:11: error: a byte that is not UTF-8"),
            ("title \"a\u{1B}[31mred\"\n", "1:9: error: a control character (U+001B); remove it"),
            ("complexity = high\u{7}\n", "1:18: error: a control character (U+0007)"),
            ("risk = low # \u{9B}31m\n", "1:14: error: a control character (U+009B)"),
        ])
    func scenarioRefused(_ text: String, _ message: String) throws {
        let dir = try temporaryFolder(["s.scenario": text])
        let r = advisor(["evaluate", dir.appendingPathComponent("s.scenario").path])
        #expect(r.status == .badInput)
        #expect(r.err.contains("s.scenario:" + message), "\(r.err)")
        #expect(!r.err.contains("\u{1B}") && !r.err.contains("\u{7}"))
        #expect(r.out.isEmpty)
    }

    @Test("bytes that are not UTF-8 in a real file are found (the file is read as the advisor reads it)")
    func invalidBytesOnDisk() throws {
        let dir = try temporaryFolder([:])
        let path = dir.appendingPathComponent("latin1.scenario").path
        try Data("title \"caf".utf8 + [0xE9] + Data("\"\ncomplexity = high\n".utf8)).write(
            to: URL(fileURLWithPath: path))
        let r = advisor(["evaluate", path])
        #expect(r.status == .badInput)
        #expect(r.err.contains("latin1.scenario:1:11: error: a byte that is not UTF-8"), "\(r.err)")
    }

    @Test("control characters in a scenario's file name are shown, never sent, in text, Markdown and CSV")
    func fileNameControls() throws {
        let original = try String(contentsOfFile: Self.scenario, encoding: .utf8)
        let dir = try temporaryFolder(["x\u{1B}[31m.scenario": original])
        for format in ["text", "markdown", "csv"] {
            let r = advisor(["evaluate", dir.appendingPathComponent("x\u{1B}[31m.scenario").path, "--format", format])
            #expect(r.status == .success)
            #expect(!r.out.contains("\u{1B}"), "\(format): \(r.out.prefix(200))")
            // Markdown heads with the title alone; text and CSV name the scenario.
            if format != "markdown" { #expect(r.out.contains("x\u{241B}[31m"), "\(format): \(r.out.prefix(200))") }
        }
    }
}
