import Foundation
import Testing

@testable import AdvisorCLI

/// The command model: every command's options declared once, and parsing, help, completions and
/// the man page made from the declarations.
@Suite struct CommandModelTests {
    /// Parsing takes from the declarations which options add up: an option declared repeatable may
    /// be given twice, any other valued option may not (no second list decides it).
    @Test func repeatableOptionsAreTheDeclaredOnes() throws {
        for spec in Commands.all {
            for o in spec.options where o.value != nil && !o.optionalValue {
                let value: String
                if case .values(let allowed) = o.completion, let first = allowed.first {
                    value = first
                } else {
                    value = "x"
                }
                let twice = [o.name, value, o.name, value]
                do {
                    _ = try Arguments(twice, spec: spec)
                    #expect(o.repeatable, "\(spec.name) \(o.name) was taken twice though not declared repeatable")
                } catch {
                    #expect(!o.repeatable, "\(spec.name) \(o.name) is declared repeatable: \(error.message)")
                    #expect(error.message.contains("is given twice"), "\(error.message)")
                }
            }
        }
        #expect(Commands.all.map(\.name) == Commands.registry.map { $0.spec.name })
    }

    /// Runs a shell's syntax check on a script, when the shell is installed (skipped otherwise).
    func syntaxCheck(_ shell: String, _ script: String) throws -> Bool? {
        let path = ["/usr/bin/" + shell, "/bin/" + shell].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "advisor-completion-\(UUID().uuidString)")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["-n", file.path]
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEveryCommandOptionAndValue(_ shell: String) throws {
        let r = advisor(["completions", shell])
        #expect(r.status == .success)
        for c in Commands.all {
            #expect(r.out.contains(c.name), "\(shell): command \(c.name)")
            for o in c.options {
                #expect(
                    r.out.contains(shell == "fish" ? "-l \(o.name.dropFirst(2))" : o.name),
                    "\(shell): \(c.name) \(o.name)")
                if case .values(let values) = o.completion {
                    #expect(
                        r.out.contains(values.joined(separator: " ")), "\(shell): the values of \(c.name) \(o.name)")
                }
            }
        }
        #expect(
            r.out.contains("*.(scenario") || r.out.contains("scenario|") || r.out.contains("-F"),
            "\(shell): files complete")
        if let ok = try syntaxCheck(shell, r.out) { #expect(ok, "\(shell) -n rejects the script") }
    }

    @Test func completionsForAnUnknownShellSuggest() {
        let r = advisor(["completions", "zhs"])
        #expect(r.status == .badInput)
        #expect(r.err.contains("did you mean 'zsh'?"))
    }

    /// docs/advisor.1 is what `advisor man` writes (regenerate: `advisor man > docs/advisor.1`).
    @Test func theManPageIsInStep() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/advisor.1"), encoding: .utf8)
        let r = advisor(["man"])
        #expect(r.status == .success)
        #expect(
            r.out == page, "docs/advisor.1 differs from `advisor man`: run `swift run advisor man > docs/advisor.1`")
        for c in Commands.all {
            #expect(page.contains(".SH \"ADVISOR \(c.name.uppercased())\""))
            for o in c.options {
                #expect(page.contains(ManPage.escaped(o.synopsis)), "\(c.name) \(o.name) in the man page")
            }
        }
        #expect(page.unicodeScalars.allSatisfy { $0.isASCII }, "roff source is ASCII (other characters as \\[uXXXX])")
    }

    @Test func helpListsEveryDeclaredOptionAndFitsTheWidth() {
        for c in Commands.all {
            for width in [60, 80, 120] {
                let help = HelpRenderer(width: width).render(c)
                for o in c.options { #expect(help.contains("  " + o.synopsis), "\(c.name) --help lacks \(o.name)") }
                // Too long: a line that could have been broken (a word that is itself too long stays whole).
                let long = help.split(separator: "\n").filter { line in
                    line.count > width && !line.hasPrefix("USAGE:") && !line.hasPrefix("       ")
                        && !line.hasPrefix("  advisor ")
                        && (line.lastIndex(of: " ").map { line[..<$0].count > width } ?? false)
                }
                #expect(long.isEmpty, "\(c.name) at \(width) columns: \(long)")
            }
        }
        // On a pipe (as here), 80 columns; COLUMNS, when set, wins.
        #expect(
            advisor(["evaluate", "--help"]).out.split(separator: "\n").allSatisfy {
                $0.count <= 80 || $0.hasPrefix("USAGE:") || $0.hasPrefix("  advisor ")
            })
    }

    @Test func helpForAnUnknownCommandIsAUsageMistake() {
        let r = advisor(["help", "evalute"])
        #expect(r.status == .badInput)
        #expect(r.err.hasPrefix("advisor: unknown command 'evalute'; did you mean 'evaluate'?"))
        #expect(r.err.split(separator: "\n").count == 3, "one line and the hint, not the whole help: \(r.err)")
        #expect(advisor(["help", "test"]).out.hasPrefix("USAGE: advisor test"))
        #expect(advisor(["help"]).out.hasPrefix("advisor — "))
        let unknown = advisor(["evalute", "x.scenario"])
        #expect(unknown.status == .badInput && unknown.err.split(separator: "\n").count == 3)
    }

    /// Did-you-mean for every flag, subcommand and enumerated value, on every command.
    @Test func everyEnumeratedValueSuggests() {
        for c in Commands.all {
            for o in c.options {
                guard case .values(let values) = o.completion, let value = values.first else { continue }
                let typo = String(value.dropLast())
                let args = [c.name] + (c.name == "completions" ? ["bash"] : []) + [o.name, typo]
                let r = advisor(args)
                #expect(r.status == .badInput, "\(args)")
                #expect(r.err.contains("unknown value '\(typo)' for '\(o.name)'"), "\(args): \(r.err)")
                #expect(r.err.contains("The values are: " + values.joined(separator: ", ")), "\(args): \(r.err)")
            }
            if let first = c.options.first {
                let r = advisor([c.name, String(first.name.dropLast())])
                #expect(r.err.contains("did you mean '\(first.name)'?"), "\(c.name) \(first.name): \(r.err)")
            }
        }
        #expect(advisor(["evaluate", "--set", "complexity=high", "--lang", "NL"]).err.contains("did you mean 'nl'?"))
        #expect(advisor(["run", "x.rules", "--strategy", "dept"]).err.contains("did you mean 'depth'?"))
        #expect(
            advisor(["run", "x.rules", "--watch", "facts,factz"]).err.contains(
                "unknown value 'factz' for '--watch'; did you mean 'facts'?"))
    }

    @Test func anOptionalValueTakesTheNextWordOnlyWhenItIsNotAnOption() throws {
        let a = try Arguments(["--resume", "--lang", "nl"], spec: Commands.consult)
        #expect(a.value("--resume") == "" && a.value("--lang") == "nl")
        let b = try Arguments(["--resume", "my.session"], spec: Commands.consult)
        #expect(b.value("--resume") == "my.session" && b.positional.isEmpty)
        #expect(
            ConsultCommand.recordedArguments(
                ["--resume", "my.session", "--lang", "nl"], sessionPath: "/x/my.session", resuming: true)
                == ["consult", "--lang", "nl", "--resume", "{dir}/my.session"])
    }

    /// Every JSON output starts with its schemaVersion, and evaluate's shape does not depend on how
    /// many situations there are.
    @Test func everyJSONOutputCarriesItsSchemaVersion() throws {
        let s = "rules/scenarios/hospital-equipment.scenario"
        let runs: [[String]] = [
            ["evaluate", s, "--format", "json"],
            ["evaluate", s, "rules/scenarios/lab-instruments.scenario", "--format", "json"],
            ["explain", s, "--how", "approach", "--format", "json"],
            ["explain", s, "--why-not", "approach=transactional", "--format", "json"],
            ["explain", s, "--why", "risk", "--format", "json"], ["explain", s, "--what-if", "--format", "json"],
            ["explain", s, "--why-not", "option=continue-as-is", "--format", "json"],
            ["test", "rules/suites/method.suite", "--format", "json"],
            ["check", "--rules", "rules/sales", "--format", "json"],
        ]
        for args in runs {
            let r = advisor(args)
            let value = try JSONSerialization.jsonObject(with: Data(r.out.utf8))
            if args[0] == "evaluate" {
                let array = try #require(value as? [[String: Any]], "\(args): an array")
                #expect(!array.isEmpty && array.allSatisfy { $0["schemaVersion"] as? Int == 2 }, "\(args)")
            } else {
                #expect((value as? [String: Any])?["schemaVersion"] as? Int == 2, "\(args)")
            }
            #expect(
                r.out.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "").dropFirst(
                    args[0] == "evaluate" ? 2 : 1
                ).hasPrefix("\"schemaVersion\":2"), "\(args): schemaVersion first")
        }
        for line in advisor(["evaluate", s, "--jsonl"]).out.split(separator: "\n") {
            #expect(line.hasPrefix("{\"schemaVersion\":2,"))
        }
    }
}
