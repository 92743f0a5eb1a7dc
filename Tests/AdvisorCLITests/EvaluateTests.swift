import AdvisorCLI
import Foundation
import Testing

/// `advisor evaluate` as a user runs it: the done-when cases of the knowledge-base issue, formats,
/// languages, exit codes, and one scenario's report in English and Dutch as golden files
/// (RECORD_GOLDENS=1 rewrites them and fails).
@Suite(.serialized) struct EvaluateTests {
    /// The one report of a JSON array (evaluate writes an array whatever the number of situations).
    func json(_ text: String) throws -> [String: Any] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        let report = try #require(array.first)
        #expect(report["schemaVersion"] as? Int == 2)
        return report
    }

    func topApproach(_ document: [String: Any]) throws -> [String: Any] {
        let conclusions = try #require(document["conclusions"] as? [[String: Any]])
        return try #require(
            conclusions.first { ($0["topic"] as? String) == "approach" && ($0["recommended"] as? Bool) == true })
    }

    @Test func allHighIsAStrategicRelationshipInJSON() throws {
        let r = advisor([
            "evaluate", "--set", "complexity=high", "--set", "risk=high", "--set", "added-value=high", "--format",
            "json",
        ])
        #expect(r.status == .success, "\(r.err)")
        let document = try json(r.out)
        let conclusions = try #require(document["conclusions"] as? [[String: Any]])
        // The first conclusion is the approach, and it is the recommendation.
        #expect(conclusions.first?["topic"] as? String == "approach")
        #expect(conclusions.first?["value"] as? String == "strategic-relationship")
        let top = try topApproach(document)
        let certainty = try #require(top["certainty"] as? Double)
        #expect(certainty > 0.8 && certainty < 1)
        let explanation = try #require(top["explanation"] as? [String: Any])
        let rules = try #require(explanation["rules"] as? [[String: Any]])
        // The three gradients of the study text [T], and the top of its scale as the least level (A10, our reading [I]).
        #expect(
            Set(rules.compactMap { $0["rule"] as? String }) == [
                "complexity-high", "risk-high", "added-value-high", "seed-top-of-scale",
            ])
        #expect(
            rules.filter { $0["rule"] as? String != "seed-top-of-scale" }.allSatisfy {
                $0["source"] as? String == "seed" && $0["confidence"] as? String == "T"
            })
        #expect(rules.first { $0["rule"] as? String == "seed-top-of-scale" }?["confidence"] as? String == "I")
        let runnerUp = try #require(explanation["runnerUp"] as? [String: Any])
        #expect(runnerUp["value"] as? String == "account-management")
        #expect(runnerUp["why"] as? String == "lower-certainty")
    }

    @Test func allLowIsTransactional() throws {
        let r = advisor([
            "evaluate", "--set", "complexity=low", "--set", "risk=low", "--set", "added-value=low", "--format", "json",
        ])
        #expect(try topApproach(json(r.out))["value"] as? String == "transactional")
    }

    @Test func optionsInJSONHaveTheDesignFields() throws {
        let r = advisor([
            "evaluate", "rules/scenarios/office-supplies-reseller.scenario", "--format", "json", "--trace",
        ])
        #expect(r.status == .success, "\(r.err)")
        let document = try json(r.out)
        let options = try #require(document["options"] as? [[String: Any]])
        #expect(options.count == 5)
        let first = try #require(options.first)
        #expect(Set(first.keys).isSuperset(of: ["name", "scores", "total", "rank", "rejected", "reasons"]))
        #expect(first["name"] as? String == "web-shop")
        let scores = try #require(first["scores"] as? [String: Double])
        #expect(Set(scores.keys) == ["feasibility", "suitability", "acceptability"])
        let trace = try #require(document["trace"] as? [[String: Any]])
        #expect(!trace.isEmpty)
        #expect(Set(trace[0].keys).isSuperset(of: ["cycle", "rule", "bindings", "matched", "asserted", "retracted"]))
    }

    @Test func weightsChangeTheRanking() throws {
        let plain = advisor(["evaluate", "rules/scenarios/office-supplies-reseller.scenario", "--format", "json"])
        let weighted = advisor([
            "evaluate", "rules/scenarios/office-supplies-reseller.scenario", "--format", "json",
            "--weights", "feasibility=0.9,suitability=0.05,acceptability=0.05",
        ])
        func winner(_ r: CommandResult) throws -> String? {
            let options = try #require(try json(r.out)["options"] as? [[String: Any]])
            return options.first?["name"] as? String
        }
        #expect(try winner(plain) == "web-shop")
        #expect(try winner(weighted) == "telesales")
        // The expectation `option = web-shop` is then not met: exit code 1.
        #expect(weighted.status == .failure)
    }

    @Test func badAnswersExitTwoNamingTheFieldAndValues() {
        let value = advisor(["evaluate", "--set", "risk=hgh"])
        #expect(value.status == .badInput)
        #expect(
            value.err
                == "advisor: --set risk=hgh: 'hgh' is not a value of risk; did you mean 'high'?; the values are: low, medium, high\n"
        )
        let name = advisor(["evaluate", "--set", "rsk=high"])
        #expect(name.status == .badInput)
        #expect(name.err.contains("unknown answer 'rsk'; did you mean 'risk'?; the answers are: complexity, risk"))
        let weights = advisor(["evaluate", "--set", "risk=high", "--weights", "feasability=1"])
        #expect(weights.status == .badInput)
        #expect(weights.err.contains("unknown criterion 'feasability' in --weights; did you mean 'feasibility'?"))
        let format = advisor(["evaluate", "--set", "risk=high", "--format", "xml"])
        #expect(format.status == .badInput)
        let nothing = advisor(["evaluate"])
        #expect(nothing.status == .badInput)
        #expect(nothing.err.contains("give scenario files, a folder of them, --set NAME=VALUE or --grid NAME=v1,v2"))
    }

    @Test func aBadScenarioFileExitsTwoWithPlaceAndCaret() throws {
        let folder = try temporaryFolder(["bad.scenario": "complexity = high\nbuy-class = new\n"])
        let r = advisor(["evaluate", folder.appendingPathComponent("bad.scenario").path])
        #expect(r.status == .badInput)
        #expect(r.err.contains("bad.scenario:2:13: error: 'new' is not a value of buy-class; did you mean 'new-task'?"))
        #expect(r.err.contains("2 | buy-class = new\n  |             ^"))
        let missing = advisor(["evaluate", "no-such.scenario"])
        #expect(missing.status == .badInput)
        #expect(missing.err == "advisor: cannot read scenario 'no-such.scenario': no such file\n")
    }

    @Test(
        "a folder with a bad file: the bad one is reported, the good ones evaluated, exit 2; '-' reads standard input's path"
    )
    func badFileInAFolder() throws {
        let good = try String(
            contentsOf: repositoryRoot.appendingPathComponent("rules/scenarios/hospital-equipment.scenario"),
            encoding: .utf8)
        let folder = try temporaryFolder([
            "a-bad.scenario": "complexity = hgh\n", "b-good.scenario": good, "c.scenario": "complexity = high\n",
        ])
        let r = advisor(["evaluate", folder.path, "--format", "csv"])
        #expect(r.status == .badInput)
        #expect(r.err.contains("a-bad.scenario:1:14: error: 'hgh' is not a value of complexity"))
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["b-good", "c"])
        let folderOnly = advisor(["evaluate", folder.path + "/a-bad.scenario", folder.path])
        #expect(folderOnly.status == .badInput)
        let dir = advisor(["explain", folder.path, "--how", "approach"])
        #expect(dir.status == .badInput)
        #expect(dir.err.contains("it is a folder"))
    }

    @Test func aFolderEvaluatesEveryScenario() throws {
        let r = advisor(["evaluate", "rules/scenarios", "--format", "json"])
        #expect(r.status == .success, "\(r.err)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        #expect(array.count >= 10)
        let markdown = advisor(["evaluate", "rules/scenarios", "--format", "markdown"])
        #expect(markdown.status == .success)
        #expect(markdown.out.contains("# Sales advice: Office supplies reseller"))
    }

    @Test func rulesFolderOverridesTheBundledKnowledgeBase() throws {
        let bundled = advisor(["evaluate", "--set", "complexity=low", "--format", "json"])
        let fromFolder = advisor(["evaluate", "--set", "complexity=low", "--format", "json", "--rules", "rules/sales"])
        #expect(bundled.out == fromFolder.out)
        let viaEnvironment = advisor(
            ["evaluate", "--set", "complexity=low", "--format", "json"], environment: ["ADVISOR_RULES": "rules/sales"])
        #expect(viaEnvironment.out == bundled.out)
        let broken = try temporaryFolder(["kb.rules": "ask complexity: level\n"])
        let r = advisor(["evaluate", "--set", "complexity=low", "--rules", broken.path])
        #expect(r.status == .badInput)
        #expect(r.err.contains("unknown type 'level'"))
    }

    @Test(arguments: ["en", "nl"]) func reportMatchesGolden(_ language: String) throws {
        let r = advisor(["evaluate", "rules/scenarios/office-supplies-reseller.scenario", "--lang", language])
        #expect(r.status == .success, "\(r.err)")
        let mismatch = Golden.mismatch(
            r.out, "Tests/AdvisorCLITests/Fixtures/evaluate/office-supplies-reseller.\(language).txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func gridAndJSONLines() throws {
        let r = advisor([
            "evaluate", "--grid", "complexity=low,medium,high", "--grid", "risk=low,high", "--set", "added-value=high",
            "--jsonl",
        ])
        #expect(r.status == .success, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 6)
        let names = try lines.map { line -> String in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["scenario"] as? String)
        }
        #expect(names.first == "situation[complexity=low,risk=low]")
        #expect(names.last == "situation[complexity=high,risk=high]")
        // The all-high corner of the grid is a strategic relationship.
        let last = try #require(try JSONSerialization.jsonObject(with: Data(lines[5].utf8)) as? [String: Any])
        #expect(try topApproach(last)["value"] as? String == "strategic-relationship")
        let bad = advisor(["evaluate", "--grid", "risk=low,hihg"])
        #expect(bad.status == .badInput)
        #expect(bad.err.contains("'hihg' is not a value of risk; did you mean 'high'?"))
    }

    @Test func csvHasOneLinePerScenario() {
        let r = advisor(["evaluate", "rules/scenarios", "--format", "csv"])
        #expect(r.status == .success, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(
            lines.first
                == "scenario,approach,approach-certainty,approach-runner-up,method,method-certainty,method-runner-up,leadership,leadership-certainty,leadership-runner-up,option,option-total,expectations"
        )
        #expect(lines.count == 12)
        #expect(
            lines.contains {
                $0.hasPrefix("office-supplies-reseller,transactional,0.9968,account-management,process-oriented,")
                    && $0.hasSuffix(",web-shop,4.8,met")
            })
    }

    @Test(arguments: ["en", "nl"]) func textReportsFitEightyColumns(_ language: String) {
        let r = advisor(["evaluate", "rules/scenarios", "--lang", language, "--trace", "--explain"])
        let long = r.out.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "\(long.prefix(3).joined(separator: "\n"))")
    }

    @Test func sameInputSameBytes() {
        let a = advisor(["evaluate", "rules/scenarios", "--format", "json", "--trace"])
        let b = advisor(["evaluate", "rules/scenarios", "--format", "json", "--trace"])
        #expect(a.out == b.out)
        #expect(!a.out.isEmpty)
    }
}

@Suite("numbers from users never trap")
struct NumberInputTests {
    @Test("an integer beyond 64 bits or an infinite number in --set or a scenario is a located error, exit 2")
    func hugeNumbers() throws {
        let set = advisor(["evaluate", "--set", "complexity=9223372036854775807"])
        #expect(set.status == .badInput)
        #expect(set.err.contains("'9223372036854775807' is not a value of complexity"))
        let dir = try temporaryFolder([
            "big.scenario": "complexity = high\nswot s1 kind=strength rank=99999999999999999999 text=\"x\"\n",
            "inf.scenario": "complexity = high\ncriterion name=x weight=1e999 max=1\n",
        ])
        let big = advisor(["evaluate", dir.appendingPathComponent("big.scenario").path])
        #expect(big.status == .badInput)
        #expect(big.err.contains("big.scenario:2:"))
        #expect(big.err.contains("takes a whole number, found '99999999999999999999'"))
        let inf = advisor(["evaluate", dir.appendingPathComponent("inf.scenario").path])
        #expect(inf.status == .badInput)
        #expect(inf.err.contains("inf.scenario:2:"))
    }
}

@Suite("scenarios give answers and the declared kinds of fact only")
struct StrictScenarioTests {
    @Test("cap, decided, knock-out and criterion lines are the knowledge base's own: a located error, exit 2")
    func internalFacts() throws {
        for line in [
            "cap topic=approach value=transactional", "decided topic=approach value=transactional",
            "knock-out option=x criterion=feasibility", "criterion name=feasibility weight=1 max=0",
        ] {
            let dir = try temporaryFolder(["s.scenario": "complexity = high\n\(line)\n"])
            let r = advisor(["evaluate", dir.appendingPathComponent("s.scenario").path])
            #expect(r.status == .badInput, "\(line)")
            #expect(r.err.contains("s.scenario:2:1: error: '"), "\(line): \(r.err)")
            #expect(r.err.contains("is made by the knowledge base, not given by a scenario"), "\(line)")
        }
        let ok = try temporaryFolder(["s.scenario": "complexity = high\nswot s1 kind=strength text=\"ok\"\n"])
        #expect(advisor(["evaluate", ok.appendingPathComponent("s.scenario").path]).status == .success)
    }
}

@Suite("results on standard output, and nothing else")
struct OutputIntegrityTests {
    @Test("print from a knowledge base goes to standard error; the JSON on standard output still parses")
    func printGoesToStandardError() throws {
        var files: [String: String] = [:]
        for f in KnowledgeBaseFiles.bundled { files[f.name] = f.text }
        files["advisor.rules"] = (files["advisor.rules"] ?? "") + "\ninclude \"noisy.rules\"\n"
        files["noisy.rules"] =
            "template noise { }\nrule noisy\n  when\n    complexity is high\n  then\n    print \"hello from the rules\"\nend\n"
        let dir = try temporaryFolder(files)
        // A real process: `print` writes to the process's streams, which an in-process run cannot see.
        let binary = repositoryRoot.appendingPathComponent(".build/debug/advisor").path
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["evaluate", "--rules", dir.path, "--set", "complexity=high", "--format", "json"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(err)")
        #expect(!String(decoding: out, as: UTF8.self).contains("hello from the rules"))
        #expect(err.contains("hello from the rules"))
        #expect((try? JSONSerialization.jsonObject(with: out)) != nil)
    }

    @Test("--rules DIR loads DIR's advisor.rules (or the files directly in it), never the programs below it")
    func rulesFolderEntry() throws {
        let top = advisor(["evaluate", "--rules", "rules", "--set", "complexity=high"])
        #expect(top.status == .badInput)
        #expect(top.err.contains("no knowledge base in 'rules': it needs an advisor.rules entry file"))
        #expect(top.out.isEmpty)
        let sales = advisor(["evaluate", "--rules", "rules/sales", "--set", "complexity=high", "--format", "csv"])
        #expect(sales.status == .success)
    }

    @Test("a write error on standard output (a full disk) is said on standard error and exits 2")
    func fullDisk() throws {
        let binary = repositoryRoot.appendingPathComponent(".build/debug/advisor").path
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["evaluate", "--set", "complexity=high"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2)
        #expect(said.contains("cannot write the results to standard output"))
    }
}

/// The bundled knowledge base's files, for tests that extend it.
enum KnowledgeBaseFiles {
    static var bundled: [(name: String, text: String)] {
        let folder = repositoryRoot.appendingPathComponent("rules/sales")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".rules") }.sorted().compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }
}

@Suite("--grid says how much work it is and keeps to a limit")
struct GridLimitTests {
    @Test("twenty grids of three values are refused up front with the count; --max-combinations raises the limit")
    func limit() {
        let questions = [
            "complexity", "risk", "added-value", "value-strategy", "buy-class", "buying-centre", "customer-class",
            "switching-costs",
            "market-type", "price-buyer", "service-needed", "one-supplier", "wants-advice", "core-competences",
            "complementary-partner", "mixed-roles", "account-attractiveness", "supplier-strength", "team-experience",
            "work-type",
        ]
        let huge = advisor(["evaluate"] + questions.flatMap { ["--grid", "\($0)=a,b,c"] })
        #expect(huge.status == .badInput)
        #expect(huge.err.contains("--grid makes 3486784401 situations"))
        #expect(huge.err.contains("more than the limit of 1000000; raise it with --max-combinations N"))
        #expect(huge.out.isEmpty)
        let small = advisor([
            "evaluate", "--grid", "complexity=low,high", "--grid", "risk=low,high", "--max-combinations", "3",
            "--jsonl",
        ])
        #expect(small.status == .badInput)
        #expect(small.err.contains("--grid makes 4 situations (2 x 2), more than the limit of 3"))
        let ok = advisor([
            "evaluate", "--grid", "complexity=low,high", "--grid", "risk=low,high", "--max-combinations", "4",
            "--jsonl",
        ])
        #expect(ok.status == .success)
        #expect(ok.err == "advisor: evaluating 4 situations\n")
        #expect(ok.out.split(separator: "\n").count == 4)
        let wrong = advisor(["evaluate", "--grid", "complexity=lo,high"])
        #expect(wrong.status == .badInput)
        #expect(
            wrong.err.hasPrefix(
                "advisor: --grid complexity=lo,high: 'lo' is not a value of complexity; did you mean 'low'?"))
    }
}

@Suite("strict scenario lines")
struct StrictScenarioLineTests {
    func evaluate(_ text: String) throws -> CommandResult {
        let dir = try temporaryFolder(["s.scenario": text])
        return advisor(["evaluate", dir.appendingPathComponent("s.scenario").path])
    }

    @Test(
        "a certainty out of range, a duplicate id, an expectation of an option the scenario lacks: located errors, exit 2"
    )
    func lines() throws {
        let certainty = try evaluate("complexity = high certainty 2\n")
        #expect(certainty.status == .badInput)
        #expect(certainty.err.contains("s.scenario:1:29: error: a certainty is a number from -1 to 1, found '2'"))
        let twice = try evaluate(
            "complexity = high\nswot s1 kind=strength text=\"a\"\nswot s1 kind=weakness text=\"b\"\n")
        #expect(twice.status == .badInput)
        #expect(twice.err.contains("s.scenario:3:1: error: swot id=s1 is given twice (first on line 2)"))
        let options = try evaluate("complexity = high\noption one title=\"One\" fit=yes\noption one title=\"Again\"\n")
        #expect(options.err.contains("option name=one is given twice (first on line 2)"))
        let expect = try evaluate("complexity = high\noption a title=\"A\" fit=yes\nexpect option = b\n")
        #expect(expect.status == .badInput)
        #expect(
            expect.err.contains(
                "s.scenario:3:8: error: expect option = b: this scenario has no option 'b'; did you mean 'a'?"))
        let fine = try evaluate("complexity = high\noption a title=\"A\" fit=yes\nexpect option = a\n")
        #expect(fine.status == .success || fine.status == .failure)
    }
}

@Suite("weights stay meaningful")
struct WeightBoundTests {
    @Test(
        "weights beyond 1,000,000 (whose sum would be infinite) are refused; a knowledge base's duplicate criterion does not trap"
    )
    func bounds() throws {
        let r = advisor([
            "evaluate", "rules/scenarios/hospital-equipment.scenario", "--weights",
            "feasibility=1e308,suitability=1e308,acceptability=1e308",
        ])
        #expect(r.status == .badInput)
        #expect(r.err.contains("must be a number from 0 to 1000000, found '1e308'"))
        var files: [String: String] = [:]
        for f in KnowledgeBaseFiles.bundled { files[f.name] = f.text }
        files["options.rules"] = (files["options.rules"] ?? "").replacingOccurrences(
            of: "  criterion(name: suitability, weight: 0.5, max: 4, threshold: 0)\n",
            with:
                "  criterion(name: suitability, weight: 0.5, max: 4, threshold: 0)\n  criterion(name: suitability, weight: 0.9, max: 0, threshold: 0)\n"
        )
        let dir = try temporaryFolder(files)
        let twice = advisor([
            "evaluate", "--rules", dir.path, "rules/scenarios/hospital-equipment.scenario", "--format", "csv",
        ])
        #expect(twice.status == .success || twice.status == .failure, "\(twice.err)")
        #expect(twice.out.contains("hospital-equipment,"))
    }
}

@Suite("every mistake of a scenario in one run")
struct AllScenarioErrorsTests {
    @Test("a scenario with five mistakes (reading and checking) reports five, each with its line and caret")
    func fiveMistakes() throws {
        let dir = try temporaryFolder([
            "s.scenario":
                "complexity = hgh\nrisk = hihg\nfoo = bar\nswot s1 kind=strenght text=\"x\"\nexpect approach = nope\n",
            "r.scenario": "complexity = high\n\"unterminated\nx y z\nrisk = low certainty 9\n",
        ])
        let checked = advisor(["evaluate", dir.appendingPathComponent("s.scenario").path])
        #expect(checked.status == .badInput)
        for place in ["s.scenario:1:14:", "s.scenario:2:8:", "s.scenario:3:1:", "s.scenario:4:9:", "s.scenario:5:8:"] {
            #expect(checked.err.contains(place + " error:"), "\(place)")
        }
        let read = advisor(["evaluate", dir.appendingPathComponent("r.scenario").path])
        #expect(read.status == .badInput)
        for place in ["r.scenario:2:1:", "r.scenario:3:5:", "r.scenario:4:22:"] {
            #expect(read.err.contains(place + " error:"), "\(place)")
        }
    }
}
