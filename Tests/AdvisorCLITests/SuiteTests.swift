import AdvisorCLI
import Foundation
@_spi(Tooling) import SalesAdvisor
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `advisor test`: suites, their expectations and errors, --filter, JUnit XML, golden traces and
/// coverage (docs/suites.md).
@Suite("advisor test")
struct SuiteTests {
    static let kb = miniKnowledgeBase

    func folder(_ suites: [String: String]) throws -> URL {
        var files = suites
        files["kb.rules"] = Self.kb
        return try temporaryFolder(files)
    }

    func test(_ dir: URL, _ arguments: [String]) -> CommandResult {
        advisor(
            ["test"] + arguments.map { $0.hasSuffix(".suite") ? dir.appendingPathComponent($0).path : $0 } + [
                "--rules", dir.path,
            ])
    }

    @Test("the example of docs/suites.md passes and prints exactly what the page shows")
    func documentedExample() throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/suites.md"), encoding: .utf8)
        let suite = try #require(
            doc.components(separatedBy: "```suite\n").dropFirst().first?.components(separatedBy: "```").first)
        let output = try #require(
            doc.components(separatedBy: "```output\n").dropFirst().first?.components(separatedBy: "```").first)
        let dir = try temporaryFolder(["approach.suite": suite])
        let r = advisor([
            "test", dir.appendingPathComponent("approach.suite").path, "--rules", repositoryPath("rules/sales"),
        ])
        #expect(r.status == .success, "\(r.out)\(r.err)")
        #expect(r.out.replacingOccurrences(of: dir.path + "/", with: "") == output)
    }

    @Test("a failure shows the expectation's place, what happened and why not; exit 1")
    func failure() throws {
        let dir = try folder([
            "t.suite": """
            case "big and risky"
              size = high
              risk = high
              expect verdict = go
              expect fired small
              expect not fired big-and-risky
            end
            case "small"
              size = low
              expect verdict = go certainty >= 0.9
            end
            case "passes"
              size = low
              expect verdict = go certainty >= 0.8
              expect verdict != stop
            end

            """
        ])
        let r = test(dir, ["t.suite"])
        #expect(r.status == .failure)
        #expect(r.out.contains("  FAIL  big and risky\n"))
        #expect(
            r.out.contains("t.suite:4:10: expect verdict = go\n          actual: stop 0.90\n          why not:\n"),
            "\(r.out)")
        #expect(r.out.contains("needs size is low; found size is high"), "\(r.out)")
        #expect(
            r.out.contains(
                "t.suite:5:10: expect fired small\n          actual: did not fire: condition 1 of 1 does not hold\n"))
        #expect(r.out.contains("t.suite:6:10: expect not fired big-and-risky\n          actual: fired (firing 1)\n"))
        #expect(
            r.out.contains("t.suite:10:10: expect verdict = go certainty >= 0.9\n          actual: go 0.80\n"),
            "\(r.out)")
        #expect(r.out.contains("  ok    passes\n"))
        #expect(r.out.hasSuffix("1 suite, 3 cases: 1 passed, 2 failed\n"))
    }

    @Test("mistakes are bad input with the suite's line, every one reported; the other cases still run; exit 2")
    func badInput() throws {
        let dir = try folder([
            "bad.suite": """
            case "one"
              size = high
            end
            case "one"
              size = low
            end
            case "open"
              risk = low

            """,
            "rules.suite": """
            case "misspelt value"
              size = hgh
            end
            case "misspelt rule"
              size = low
              expect fired smal
            end
            case "missing scenario"
              scenario "nowhere.scenario"
            end
            case "fine"
              size = low
              expect verdict = go
            end

            """,
        ])
        let bad = test(dir, ["bad.suite"])
        #expect(bad.status == .badInput)
        #expect(bad.err.contains("bad.suite:4:6: error: case \"one\" is written twice (first on line 1)"), "\(bad.err)")
        #expect(bad.err.contains("bad.suite:7:1: error: case \"open\" has no 'end'"))
        let rules = test(dir, ["rules.suite"])
        #expect(rules.status == .badInput)
        #expect(rules.out.contains("  ERROR misspelt rule\n"))
        #expect(
            rules.out.contains("rules.suite:6:16: error: no rule 'smal' in the knowledge base; did you mean 'small'?"),
            "\(rules.out)")
        #expect(rules.out.contains("  ERROR missing scenario\n"))
        #expect(rules.out.contains("cannot read scenario 'nowhere.scenario'"))
        #expect(rules.out.contains("  ok    fine\n"))
        // The situation's own mistakes are a scenario's, at the suite's line and column.
        #expect(
            rules.out.contains("rules.suite:2:10: error: 'hgh' is not a value of size; did you mean 'high'?"),
            "\(rules.out)")
        // A suite that cannot be read does not keep the others from running.
        let both = test(dir, ["bad.suite", "rules.suite"])
        #expect(both.status == .badInput)
        #expect(both.err.contains("bad.suite:4:6: error"))
        #expect(both.out.contains("  ok    fine\n"))
    }

    @Test("--filter runs the cases a glob or an exact name picks; a pattern that picks none is an error")
    func filter() throws {
        let dir = try folder([
            "t.suite": """
            case "small deal"
              size = low
              expect verdict = go
            end
            case "small risk"
              size = low
              risk = low
              expect verdict = go
            end
            case "big"
              size = high
              risk = high
              expect verdict = stop
            end

            """
        ])
        #expect(test(dir, ["t.suite", "--filter", "small*"]).out.hasSuffix("1 suite, 2 cases: 2 passed\n"))
        #expect(test(dir, ["t.suite", "--filter", "big"]).out.hasSuffix("1 suite, 1 case: 1 passed\n"))
        #expect(test(dir, ["t.suite", "--filter", "sm?ll risk"]).out.hasSuffix("1 suite, 1 case: 1 passed\n"))
        let none = test(dir, ["t.suite", "--filter", "huge*"])
        #expect(none.status == .badInput)
        #expect(none.err.contains("no case matches 'huge*'"))
    }

    @Test("--format junit is well-formed JUnit XML: one testcase per case, failures and errors counted")
    func junit() throws {
        let dir = try folder([
            "t.suite": """
            suite "Verdicts & <edge> cases"
            case "passes"
              size = low
              expect verdict = go
            end
            case "fails \\"quoted\\""
              size = high
              risk = high
              expect verdict = go
            end
            case "cannot run"
              size = low
              expect fired nothing-like-it
            end

            """
        ])
        let r = test(dir, ["t.suite", "--format", "junit"])
        #expect(r.status == .badInput)
        #if canImport(FoundationXML) || canImport(Darwin)
            final class Collect: NSObject, XMLParserDelegate {
                var elements: [(String, [String: String])] = []
                func parser(
                    _ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]
                ) {
                    elements.append((e, attributes))
                }
            }
            let parser = XMLParser(data: Data(r.out.utf8))
            let collect = Collect()
            parser.delegate = collect
            #expect(parser.parse(), "\(r.out)")
            let names = collect.elements.map(\.0)
            #expect(names.first == "testsuites")
            #expect(names.filter { $0 == "testcase" }.count == 3)
            #expect(names.filter { $0 == "failure" }.count == 1)
            #expect(names.filter { $0 == "error" }.count == 1)
            let root = collect.elements[0].1
            #expect(root["tests"] == "3" && root["failures"] == "1" && root["errors"] == "1")
            let suite = try #require(collect.elements.first { $0.0 == "testsuite" }?.1)
            #expect(suite["name"] == "Verdicts & <edge> cases")
            #expect(
                collect.elements.contains {
                    $0.0 == "testcase" && $0.1["name"] == "fails \"quoted\"" && $0.1["line"] == "6"
                })
        #endif
    }

    @Test(
        "--coverage: firings per rule, each condition seen true and false, the rules never fired, and the coverage line"
    )
    func coverage() throws {
        let dir = try folder([
            "t.suite": """
            case "big and risky"
              size = high
              risk = high
              expect verdict = stop
            end
            case "big, not risky"
              size = high
              risk = low
              expect verdict != stop
            end

            """
        ])
        let r = test(dir, ["t.suite", "--coverage"])
        #expect(r.status == .success)
        // Condition 2 of big-and-risky is seen false only in the second case (condition 1 holds
        // there); condition 1 is never false, and 'small' never fires.
        #expect(r.out.contains("  big-and-risky     1  1:T- 2:TF\n"), "\(r.out)")
        #expect(r.out.contains("  small             0  1:-F\n"))
        #expect(r.out.contains("never fired:\n  small ("))
        #expect(r.out.contains("conditions seen both true and false: 1 of 3\n"))
        #expect(r.out.contains("coverage: 1 of 2 rules fired\n"))
        let json = test(dir, ["t.suite", "--coverage", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let coverage = try #require((object["coverage"] as? [[String: Any]])?.first)
        #expect(coverage["fired"] as? Int == 1 && coverage["rules"] as? Int == 2)
    }

    @Test("expect trace compares with a golden file that --update-traces writes; a changed trace fails at its line")
    func goldenTrace() throws {
        let dir = try folder([
            "t.suite": """
            case "big and risky"
              size = high
              risk = high
              expect trace "big.trace"
            end

            """
        ])
        let missing = test(dir, ["t.suite"])
        #expect(missing.status == .failure)
        #expect(missing.out.contains("there is no golden trace at"))
        #expect(test(dir, ["t.suite", "--update-traces"]).status == .success)
        let golden = try String(contentsOf: dir.appendingPathComponent("big.trace"), encoding: .utf8)
        #expect(golden.hasPrefix("1 big-and-risky: f-1 size is high, f-2 risk is high\n"), "\(golden)")
        #expect(test(dir, ["t.suite"]).status == .success)
        try golden.replacingOccurrences(of: "1 big-and-risky", with: "1 small").write(
            to: dir.appendingPathComponent("big.trace"), atomically: true, encoding: .utf8)
        let changed = test(dir, ["t.suite"])
        #expect(changed.status == .failure)
        #expect(changed.out.contains("at line 1: expected '1 small"), "\(changed.out)")
    }

    /// A golden trace is the suite's own file: `../`, an absolute path or `~` is refused, for reading
    /// and for --update-traces, and nothing is written outside the suite's folder.
    @Test(arguments: [
        "../escape.trace", "traces/../../escape.trace", "/tmp/advisor-escape.trace", "~/escape.trace", ".",
    ])
    func aTraceOutsideTheSuitesFolderIsRefused(path: String) throws {
        let outer = try folder([:])
        let inner = outer.appendingPathComponent("suite")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try "case \"big\"\n  size = high\n  risk = high\n  expect trace \"\(path)\"\nend\n".write(
            to: inner.appendingPathComponent("t.suite"), atomically: true, encoding: .utf8)
        let r = advisor([
            "test", inner.appendingPathComponent("t.suite").path, "--update-traces", "--rules", outer.path,
        ])
        #expect(r.status == .failure)
        #expect(r.out.contains("a golden trace lies in the suite's folder or below it"), "\(r.out)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outer.path).sorted() == ["kb.rules", "suite"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: inner.path) == ["t.suite"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/advisor-escape.trace"))
        #expect(SuiteRunner.staysInside("traces/./a.trace") && SuiteRunner.staysInside("a/../b.trace"))
    }

    @Test("a case may start from a scenario file; its own answers replace the file's")
    func scenarioFile() throws {
        let dir = try folder([
            "big.scenario": "size = high\nrisk = high\nexpect verdict = stop\n",
            "t.suite": """
            case "as the file says"
              scenario "big.scenario"
              expect fired big-and-risky
            end
            case "made small"
              scenario "big.scenario"
              size = low
              expect fired small
            end

            """,
        ])
        let r = test(dir, ["t.suite"])
        // The file's own expectation (stop) holds for the first case and not for the second.
        #expect(r.out.contains("  ok    as the file says\n"))
        #expect(r.out.contains("  FAIL  made small\n"))
        #expect(r.out.contains("big.scenario:3:8: expect verdict = stop"), "\(r.out)")
        #expect(!r.out.contains("expect fired small"))
    }

    @Test("the bundled suites pass on rules/sales and fire every rule")
    func bundledSuites() throws {
        let r = advisor(["test", repositoryPath("rules/suites"), "--coverage"])
        #expect(r.status == .success, "\(r.out)\(r.err)")
        let rules = try #require(r.out.split(separator: "\n").first { $0.hasPrefix("coverage: ") })
        let parts = rules.split(separator: " ")
        #expect(parts.count >= 4 && parts[1] == parts[3], "\(rules)")
        #expect(!r.out.contains("never fired:"), "\(r.out)")
        // Every condition is seen both ways but those rules/suites/README.md explains.
        let json = advisor(["test", repositoryPath("rules/suites"), "--coverage", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let perRule = try #require(((object["coverage"] as? [[String: Any]])?.first)?["perRule"] as? [[String: Any]])
        var oneWay: [String] = []
        for rule in perRule {
            for (k, c) in ((rule["conditions"] as? [[String: Bool]]) ?? []).enumerated()
            where c["true"] != true || c["false"] != true {
                oneWay.append("\(rule["rule"] ?? "") \(k + 1)")
            }
        }
        #expect(
            oneWay == [
                "b1-operational-kpis 2", "b2-product-kpis 2", "c6-problem-candidate 2", "c6-problem-candidate 3",
                "c4-not-actionable 2",
                "c4-not-actionable 3", "c6-core-problem 4", "c6-core-problem 5",
            ])
        let readme = try String(
            contentsOf: repositoryRoot.appendingPathComponent("rules/suites/README.md"), encoding: .utf8)
        for entry in oneWay {
            let parts = entry.split(separator: " ")
            #expect(readme.contains("| `\(parts[0])` | \(parts[1]), "), "README.md explains \(entry)")
        }
    }
}

/// A suite whose option expectations all fail says, for each, what the run did instead: the
/// ranking with the knocked-out options, the certainty and rules of what should not be concluded.
@Suite struct FailingOptionExpectationTests {
    @Test func eachFailureSaysWhatHappened() throws {
        let dir = try temporaryFolder([
            "o.suite": """
            suite "failing on purpose"
            rules "\(repositoryRoot.path)/rules/sales"

            case "options"
              option webshop title="Open a web shop" fit=yes uses-strengths=yes cost=low expected-return=high stakeholder-reaction=positive
              option catalogue title="Print a catalogue" fit=partly cost=medium
              expect option = catalogue
              expect rejected = webshop
              expect ranking = catalogue, webshop
            end

            case "a conclusion that is there"
              complexity = low
              risk = low
              added-value = low
              expect approach != transactional
            end

            """
        ]).path
        let r = advisor(["test", dir + "/o.suite"])
        #expect(r.status != .success)
        let text = r.out + r.err
        #expect(text.contains("ranking: webshop"), "\(text)")
        #expect(text.contains("'webshop' is not knocked out; ranking: "), "\(text)")
        #expect(text.contains("concluded with certainty"), "\(text)")
    }
}
