import AdvisorCLI
import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

@Suite("advisor command line")
struct CommandTests {
    @Test("bare advisor holds a consultation; --help lists the commands")
    func bare() throws {
        let dir = try temporaryFolder([:])
        let r = advisor([], environment: ["XDG_STATE_HOME": dir.path], input: [])
        #expect(r.status == .failure, "the input ended before the advice: exit 1")
        #expect(r.err.hasPrefix("SalesAdvisor: a consultation"))
        #expect(r.err.contains("Input ended before the advice was complete."))
        let help = advisor(["--help"])
        #expect(help.out.contains("COMMANDS:\n  consult "))
        #expect(help.out.contains("\n  evaluate "))
        #expect(help.out.contains("\n  replay "))
    }

    @Test("--help, --version and help on every subcommand")
    func help() {
        #expect(advisor(["--help"]).out.hasPrefix("advisor — a rules-based decision advisor"))
        #expect(advisor(["--version"]).out == "advisor 0.2.0\n")
        #expect(advisor(["run", "--help"]).out.hasPrefix("USAGE: advisor run PROGRAM.rules..."))
        #expect(advisor(["check", "--help"]).out.hasPrefix("USAGE: advisor check"))
        #expect(advisor(["evaluate", "--help"]).out.hasPrefix("USAGE: advisor evaluate"))
        #expect(advisor(["help", "run"]).out.hasPrefix("USAGE: advisor run"))
    }

    @Test("unknown commands and options exit 2 with a suggestion")
    func usageErrors() {
        let command = advisor(["rnu"])
        #expect(command.status == .badInput)
        #expect(command.err.hasPrefix("advisor: unknown command 'rnu'; did you mean 'run'?"))
        let option = advisor(["run", "x.rules", "--stat"])
        #expect(option.status == .badInput)
        #expect(option.err.hasPrefix("advisor: unknown option '--stat'; did you mean '--stats'?"))
        let strategy = advisor(["run", "x.rules", "--strategy", "deep"])
        #expect(
            strategy.err.hasPrefix(
                "advisor: unknown value 'deep' for '--strategy'; the values are: depth, breadth, lex"))
        let test = advisor(["test", "--frmat", "json"])
        #expect(test.status == .badInput)
        #expect(test.err.hasPrefix("advisor: unknown option '--frmat'; did you mean '--format'?"))
        let consultOption = advisor(["consult", "--sesion", "x"], input: [])
        #expect(consultOption.status == .badInput)
        #expect(consultOption.err.hasPrefix("advisor: unknown option '--sesion'; did you mean '--session'?"))
    }

    @Test("a file that cannot be read exits 2")
    func missingFile() {
        let r = advisor(["run", "/nonexistent/program.rules"])
        #expect(r.status == .badInput)
        #expect(r.err == "advisor: cannot read '/nonexistent/program.rules': no such file\n")
    }

    @Test("check: three mistakes give three diagnostics with file:line:column, caret and ID, and exit 2")
    func checkThreeMistakes() throws {
        let folder = try temporaryFolder([
            "bad.rules": """
            template guest { name: symbol  sex: symbol }
            rule pair
              when
                guest(name: $a, sx: m)
                gust(name: $b)
              then
                print $a " and " $b
                asert pair(a: $a)
            end

            """
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.rules").path
        let r = advisor(["check", path])
        #expect(r.status == .badInput)
        #expect(r.out == "checked 1 file: 3 errors, 0 warnings\n")
        #expect(
            r.err == """
                \(path):4:21: error[RL0302]: template 'guest' has no slot 'sx'
                  |
                4 |     guest(name: $a, sx: m)
                  |                     ^^
                  = note: did you mean 'sex'?
                \(path):5:5: error[RL0301]: unknown template 'gust'
                  |
                5 |     gust(name: $b)
                  |     ^^^^
                  = note: did you mean 'guest'?
                \(path):8:5: error[RL0204]: expected an action (assert, retract, modify, conclude, score, print, halt, because, let) in rule 'pair', found 'asert'
                  |
                8 |     asert pair(a: $a)
                  |     ^^^^^
                  = note: did you mean 'assert'?

                """)
        let run = advisor(["run", path])
        #expect(run.status == .badInput)
        #expect(run.out == "")
    }

    @Test("check without files or a folder checks the knowledge base built into the binary")
    func checkBundled() {
        let bundled = advisor(["check"])
        #expect(bundled.status == .success, "\(bundled.err)")
        let count = KnowledgeBase.bundledFiles.count
        #expect(bundled.out == "checked \(count) files: 0 errors, 0 warnings\n")
        #expect(advisor(["check", "--format", "json"]).out.hasPrefix("{\"schemaVersion\":2,\"files\":\(count),"))
        #expect(advisor(["check", "--rules", "rules/sales"]).out == bundled.out, "the same files as the folder")
    }

    @Test("check: warnings pass, fail under --strict, and JSON lists them")
    func checkWarnings() throws {
        let folder = try temporaryFolder([
            "w.rules":
                "template a { x: integer }\nfacts\n  a(x: 1)\nend\nrule r\n  when\n    a(x: $x)\n  then\n    halt\nend\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("w.rules").path
        #expect(advisor(["check", path]).status == .success)
        #expect(advisor(["check", path, "--strict"]).status == .failure)
        let json = advisor(["check", path, "--format", "json"])
        #expect(
            json.out.hasPrefix(
                "{\"schemaVersion\":2,\"files\":1,\"errors\":0,\"warnings\":1,\n \"diagnostics\":[{\"id\":\"RL0601\",\"severity\":\"warning\",\"file\":\"\(path)\",\"line\":7,\"column\":10,"
            ))
        #expect(advisor(["check", "--rules", folder.path]).out == "checked 1 file: 0 errors, 1 warning\n")
    }

    /// The benchmark programs are CLIPS programs that steer themselves with a `context` fact:
    /// their rules feed each other in loops on purpose, and the verifier says so (RL0705); nothing
    /// else is found.
    static let benchmarkLoops: [String: [String]] = [
        "manners": ["assign_first_seat", "make_path"],
        "waltz": ["make_3_junction"],
    ]

    /// The sudoku solver's puzzles (bench/sudoku) are alternatives, each a rule of the same name,
    /// as in CLIPS: the folder holds the solver without them, whose rules then lack the `size` a
    /// puzzle gives (RL0702).
    @Test(
        "check --rules on the repository's rule folder: no errors; the only warnings are the benchmarks' loops and the sudoku solver without a puzzle"
    )
    func repositoryFolder() throws {
        let r = advisor(["check", "--rules", repositoryPath("rules"), "--format", "json"])
        #expect(r.status == .success, "\(r.err)")
        let findings = try #require(
            (try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["diagnostics"]
                as? [[String: Any]])
        #expect(
            findings.allSatisfy { f in
                let file = f["file"] as? String ?? ""
                return (f["id"] as? String == "RL0705" && file.contains("/benchmarks/"))
                    || (f["id"] as? String == "RL0702" && file.hasSuffix("/benchmarks/sudoku/sudoku.rules"))
            }, "\(r.out)")
    }

    @Test(
        "the sudoku solver with a puzzle checks without errors; the only warnings are its phase loops and the stress test that a user asserts"
    )
    func sudokuChecks() throws {
        let r = advisor([
            "check", repositoryPath("rules/benchmarks/sudoku/sudoku.rules"),
            repositoryPath("bench/sudoku/grid3x3-p1.rules"),
            "--format", "json",
        ])
        #expect(r.status == .success)
        let findings = try #require(
            (try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["diagnostics"]
                as? [[String: Any]])
        let unused = findings.filter { $0["id"] as? String == "RL0702" }
        #expect(unused.count == 1, "\(r.out)")
        #expect((unused.first?["message"] as? String)?.contains("'stress-test'") == true)
        #expect(findings.allSatisfy { $0["id"] as? String == "RL0702" || $0["id"] as? String == "RL0705" }, "\(r.out)")
        #expect(findings.count == 4, "\(r.out)")
    }

    /// Each benchmark program on its own, with its data file.
    @Test(
        "every benchmark program in the repository checks without errors; its loops are the only warnings",
        arguments: [
            "manners-16", "manners-32", "manners-64", "manners-128", "manners-256", "waltz-12", "waltz-25", "waltz-50",
        ])
    func repositoryRules(_ name: String) throws {
        let r = advisor(["check", repositoryPath("rules/benchmarks/\(name).rules"), "--format", "json"])
        #expect(r.status == .success)
        let findings = try #require(
            (try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["diagnostics"]
                as? [[String: Any]])
        let loops = findings.compactMap { f -> String? in
            guard f["id"] as? String == "RL0705", let m = f["message"] as? String,
                let q = m.split(separator: "'").dropFirst().first
            else { return nil }
            return String(q)
        }
        #expect(findings.count == loops.count, "\(r.out)")
        #expect(loops == Self.benchmarkLoops[String(name.prefix { $0 != "-" })], "\(r.out)")
    }

    @Test("--watch prints CLIPS-style lines, the same on every run")
    func watch() throws {
        let path = repositoryPath("rules/benchmarks/manners-16.rules")
        let first = advisor(["run", path, "--watch", "facts,rules,activations"])
        let second = advisor(["run", path, "--watch", "facts", "--watch", "rules", "--watch", "activations"])
        #expect(first.out == second.out)
        let lines = first.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "==> f-1\tguest(name: n1, sex: f, hobby: h3)")
        let fired = lines.contains("FIRE    1 assign_first_seat: f-44,f-41,f-43")
        let activated = lines.contains { $0.hasPrefix("==> Activation 0      find_seating: f-48,f-45,f-41,") }
        let retracted = lines.contains("<== f-44\tcontext(state: start)")
        #expect(fired)
        #expect(activated)
        #expect(retracted)
    }

    @Test("a runaway program stops at the firing limit with its last firings, exit 2")
    func firingLimit() throws {
        let folder = try temporaryFolder([
            "loop.rules":
                "template n { v: integer }\nfacts\n  n(v: 0)\nend\nrule up\n  when\n    f: n(v: $v)\n  then\n    modify f(v: $v + 1)\nend\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = advisor(["run", folder.appendingPathComponent("loop.rules").path, "--max-firings", "100"])
        #expect(r.status == .badInput)
        #expect(
            r.err.hasPrefix(
                "advisor: error: the run stopped after 100 firings (the firing limit; raise it with --max-firings); the last firings were:\n  FIRE 91 up: f-91\n"
            ))
    }

    @Test("a join that explodes stops at the match limit, exit 2")
    func matchLimit() throws {
        let facts = (0..<30).map { "  n(v: \($0))" }.joined(separator: "\n")
        let folder = try temporaryFolder([
            "x.rules":
                "template n { v: integer }\nfacts\n\(facts)\nend\nrule three\n  when\n    n(v: $a)\n    n(v: $b)\n    n(v: $c)\n  then\n    print $a $b $c\nend\n"
        ])
        let r = advisor(["run", folder.appendingPathComponent("x.rules").path, "--max-matches", "2000"])
        #expect(r.status == .badInput)
        #expect(
            r.err.contains(
                "advisor: error: the network holds more than 2000 partial matches (the match limit; raise it with --max-matches)"
            ), "\(r.err)")
        #expect(r.err.hasSuffix("\n"))
        #expect(
            advisor(["run", folder.appendingPathComponent("x.rules").path, "--max-matches", "100000"]).status
                == .success)
    }

    /// Manners is written for depth-first search; the recency strategies keep it depth-first. (Under
    /// breadth, simplicity, complexity or random it searches breadth-first and takes minutes.)
    @Test(
        "the recency strategies run Manners 16 to a valid seating in 183 firings",
        arguments: ["depth", "lex", "mea"])
    func strategiesOnManners(_ strategy: String) throws {
        let path = repositoryPath("rules/benchmarks/manners-16.rules")
        let r = advisor(["run", path, "--strategy", strategy, "--stats"])
        #expect(r.status == .success)
        let seating = Seating(data: try String(contentsOfFile: path, encoding: .utf8), output: r.out)
        #expect(seating.problems == [])
        #expect(r.out.contains("\n183 rules fired\n"))
    }

    @Test("--trace lists every firing with its facts, bindings and changes")
    func trace() throws {
        let folder = try temporaryFolder([
            "t.rules": """
            attribute risk: symbol
            attribute approach: symbol
            facts
              risk is high
            end
            rule careful
              when
                r: risk is $level
              then
                conclude approach = relationship certainty 0.6
                retract r
            end

            """
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = advisor(["run", folder.appendingPathComponent("t.rules").path, "--trace"])
        #expect(r.status == .success)
        #expect(
            r.out == """
                trace:
                  1 careful f-1 | $level=high | +f-2 -f-1 approach=relationship 0.00->0.60
                conclusions:
                  approach = relationship  certainty 0.60  (1 rule)

                """)
    }

    @Test("--profile names the busiest nodes of the network and the rules they serve")
    func profile() {
        let r = advisor(["run", repositoryPath("rules/benchmarks/waltz-12.rules"), "--profile"])
        #expect(r.status == .success)
        let lines = r.out.components(separatedBy: "profile (busiest nodes first):\n")
        #expect(lines.count == 2)
        let first = lines.last?.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("  node "))
        // The rules it names are Waltz's.
        let source =
            (try? String(contentsOfFile: repositoryPath("rules/benchmarks/waltz.rules"), encoding: .utf8)) ?? ""
        let names = first.components(separatedBy: "; rules ").last?.components(separatedBy: ", ") ?? []
        #expect(first.contains("; rules ") && !names.isEmpty)
        for name in names { #expect(source.contains("rule \(name)\n"), "\(name)") }
    }

    @Test("a runtime error points at the rule with file:line:column and exits 2")
    func runtimeError() throws {
        let folder = try temporaryFolder([
            "bad.rules":
                "template a { x: integer }\nrule r\n  when\n    a(x: $x)\n  then\n    print 10 / ($x - 1)\nend\nfacts\n  a(x: 1)\nend\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.rules").path
        let r = advisor(["run", path])
        #expect(r.status == .badInput)
        #expect(r.err == "\(path):2:6: error: in rule 'r' (firing 1): division by zero: 10 / 0\n")
    }
}
