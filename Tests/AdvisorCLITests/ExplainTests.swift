import AdvisorCLI
import Foundation
import Testing

/// `advisor explain` as a user runs it: golden explanations for three example scenarios in English
/// and Dutch (RECORD_GOLDENS=1 rewrites them and fails), the formats, DOT that Graphviz accepts,
/// and the errors.
@Suite(.serialized) struct ExplainTests {
    /// Scenario, and the value to ask "why not" about.
    static let cases: [(String, String)] = [
        ("hospital-equipment", "approach=strategic-relationship"),
        ("office-supplies-reseller", "approach=system-selling"),
        ("machine-builder-service", "method=needs-oriented"),
    ]

    static let arguments: [String] = cases.flatMap { c in ["en", "nl"].map { "\(c.0) \(c.1) \($0)" } }

    @Test(arguments: arguments) func explanationMatchesGolden(_ argument: String) throws {
        let parts = argument.split(separator: " ").map(String.init)
        let (scenario, whyNot, language) = (parts[0], parts[1], parts[2])
        let file = "rules/scenarios/\(scenario).scenario"
        var out = ""
        for mode in [["--how", "approach"], ["--why-not", whyNot], ["--what-if"]] {
            let r = advisor(["explain", file, "--lang", language] + mode)
            #expect(r.status == .success, "\(r.err)")
            out += r.out + "\n"
        }
        let mismatch = Golden.mismatch(out, "Tests/AdvisorCLITests/Fixtures/explain/\(scenario).\(language).txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("--how, --why-not and --why say what a name is when it is an answer or a goal")
    func recognisesAnswersAndGoals() {
        let s = "rules/scenarios/hospital-equipment.scenario"
        for args in [["--why-not", "complexity=low"], ["--how", "complexity"]] {
            let r = advisor(["explain", s] + args)
            #expect(r.status == .badInput)
            #expect(
                r.err.contains(
                    "'complexity' is a question, not something the advice concludes: it is answered 'high' in this situation"
                ), "\(r.err)")
        }
        let unanswered = advisor(["explain", s, "--why-not", "mixed-roles=yes"])
        #expect(
            unanswered.err.contains(
                "'mixed-roles' is a question, not something the advice concludes: it is not answered in this situation"),
            "\(unanswered.err)")
        let goal = advisor(["explain", s, "--why", "approach"])
        #expect(goal.status == .badInput)
        #expect(
            goal.err.contains(
                "'approach' is a goal the advice concludes, not a question: ask how it was reached with --how approach")
        )
    }

    @Test("--why names the question, its conditions and what the rules conclude by their labels")
    func whyInTheReadersWords() {
        let nl = advisor(["explain", "--set", "complexity=high", "--why", "risk", "--lang", "nl"])
        #expect(nl.status == .success)
        #expect(nl.out.hasPrefix("Waarom de vraag 'Risico voor de koper'?\n"), "\(nl.out)")
        #expect(
            nl.out.contains(
                "→ Aanbevolen verkoopbenadering: transactiegericht\n    verkopen, systeemverkoop, accountmanagement"),
            "\(nl.out)")
        #expect(nl.out.contains("[?] Risico voor de koper: laag"))
        #expect(!nl.out.contains("risk is low") && !nl.out.contains("approach ="))
    }

    @Test("--what-if names questions and goals by their labels")
    func whatIfInTheReadersWords() {
        let nl = advisor(["explain", "rules/scenarios/hospital-equipment.scenario", "--what-if", "--lang", "nl"])
        #expect(nl.status == .success)
        #expect(nl.out.contains("  nu: Aanbevolen verkoopbenadering: accountmanagement;"), "\(nl.out)")
        #expect(nl.out.contains("  Klantwaardestrategie: operationele uitmuntendheid (operational excellence)"))
        #expect(!nl.out.contains("value-strategy =") && !nl.out.contains("approach ="))
    }

    @Test("--why-not option=NAME: knocked out by which rule, or behind the winner on which criteria")
    func whyNotAnOption() throws {
        let s = "rules/scenarios/hospital-equipment.scenario"
        let out = advisor(["explain", s, "--why-not", "option=exclusive-deal", "--lang", "nl"])
        #expect(out.status == .success)
        #expect(out.out.contains("Zij valt af:\n    haalbaarheid: d2-legal-barrier"), "\(out.out)")
        let lower = advisor(["explain", s, "--why-not", "option=tco-selling"])
        #expect(lower.out.contains("It ranks 2, with a total of 3.80 against 4.20 for pay-per-use"), "\(lower.out)")
        #expect(lower.out.contains("suitability (weight 0.50): 3.00 against 5.00 (1.00 behind, weighted)"))
        // The status quo does not solve the core problem: the first screen knocks it out.
        let baseline = advisor(["explain", s, "--why-not", "option=continue-as-is"])
        #expect(baseline.out.contains("It is knocked out:\n    suitability: d1-does-not-solve"), "\(baseline.out)")
        #expect(advisor(["explain", s, "--why-not", "option=pay-per-use"]).out.contains("It is the option chosen."))
        let json = advisor(["explain", s, "--why-not", "option=tco-selling", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["winner"] as? String == "pay-per-use" && object["rank"] as? Int == 2)
        let unknown = advisor(["explain", s, "--why-not", "option=exclusive"])
        #expect(unknown.status == .badInput && unknown.err.contains("did you mean 'exclusive-deal'?"))
    }

    @Test func whyNotFitsAScreenAndNamesTheChange() {
        let r = advisor([
            "explain", "rules/scenarios/hospital-equipment.scenario", "--why-not", "approach=strategic-relationship",
        ])
        #expect(r.status == .success)
        // Conditions and answers in the reader's words: the question's label and the value's, not the rule text.
        #expect(
            r.out.contains(
                "(0.85): needs Wants to use your core\n      competences: yes; found nothing (not answered)\n"),
            "\(r.out)")
        #expect(r.out.split(separator: "\n").count <= 50)
        #expect(r.out.contains("Wants to use your core competences: yes (now unanswered)"))
        let nl = advisor([
            "explain", "rules/scenarios/hospital-equipment.scenario", "--why-not", "approach=strategic-relationship",
            "--lang", "nl",
        ])
        #expect(
            nl.out.contains(
                "vraagt Risico voor de koper:\n      gemiddeld; gevonden Risico voor de koper: hoog (uw antwoord)"),
            "\(nl.out)")
        #expect(!nl.out.contains("afgevuurd") && !nl.out.contains("core-competences is"))
        #expect(r.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let how = advisor([
            "explain", "--set", "complexity=high", "--set", "risk=high", "--set", "added-value=high", "--how",
            "approach", "--format", "json",
        ])
        let howObject = try #require(try JSONSerialization.jsonObject(with: Data(how.out.utf8)) as? [String: Any])
        #expect(howObject["schemaVersion"] as? Int == 2)
        let nodes = try #require(howObject["how"] as? [[String: Any]])
        let node = try #require(nodes.first)
        #expect(node["value"] as? String == "strategic-relationship")
        let steps = try #require(node["steps"] as? [[String: Any]])
        #expect(steps.count == 4)
        #expect(
            Set(steps[0].keys).isSuperset(of: [
                "rule", "source", "confidence", "because", "ruleCertainty", "premise", "contribution", "before",
                "after", "bindings", "premises",
            ]))
        let whyNot = advisor([
            "explain", "--set", "customer-class=c", "--set", "complexity=high", "--why-not",
            "approach=account-management", "--format", "json",
        ])
        let w = try #require(try JSONSerialization.jsonObject(with: Data(whyNot.out.utf8)) as? [String: Any])
        #expect(w["schemaVersion"] as? Int == 2)
        let status = try #require(w["status"] as? [String: Any])
        #expect(status["kind"] as? String == "capped")
        #expect(w["rules"] is [[String: Any]])
        #expect(w["changes"] is [[String: Any]])
        let whatIf = advisor(["explain", "--set", "complexity=high", "--what-if", "--format", "json"])
        let wi = try #require(try JSONSerialization.jsonObject(with: Data(whatIf.out.utf8)) as? [String: Any])
        #expect(wi["alternatives"] is [[String: Any]])
        let why = advisor(["explain", "--set", "complexity=high", "--why", "risk", "--format", "json"])
        let y = try #require(try JSONSerialization.jsonObject(with: Data(why.out.utf8)) as? [String: Any])
        #expect(y["question"] as? String == "risk")
        #expect((y["rules"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func dotIsAcceptedByGraphviz() throws {
        let derivation = advisor([
            "explain", "rules/scenarios/office-supplies-reseller.scenario", "--how", "leadership", "--format", "dot",
        ])
        let graph = advisor(["explain", "--rule-graph", "--format", "dot"])
        for out in [derivation.out, graph.out] {
            #expect(DOTSyntax.check(out) == nil, "\(DOTSyntax.check(out) ?? "")")
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
                process.arguments = ["-Tsvg", "-o", "/dev/null"]
                let input = Pipe()
                process.standardInput = input
                try process.run()
                input.fileHandleForWriting.write(Data(out.utf8))
                try input.fileHandleForWriting.close()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
        }
        #expect(derivation.out.contains("f5-transactional-junior"))
        #expect(graph.out.contains("\"fact:approach\""))
    }

    @Test func ownDOTCheckCatchesBrokenGraphs() {
        #expect(DOTSyntax.check("digraph g {\n  \"a\" -> \"b\";\n}\n") == nil)
        #expect(DOTSyntax.check("digraph g {\n  \"a\" -> \"b\";\n") != nil)
        #expect(DOTSyntax.check("digraph g {\n  \"a -> \"b\";\n}\n") != nil)
        #expect(DOTSyntax.check("graph g {\n  a -> b;\n}\n") != nil)
    }

    @Test(arguments: ["en", "nl"]) func explanationsFitEightyColumns(_ language: String) {
        let modes: [[String]] = [
            ["--how", "approach"], ["--how", "knock-out"], ["--why-not", "approach=strategic-relationship"],
            ["--why", "customer-class"], ["--what-if"],
        ]
        for scenario in ["hospital-equipment", "it-outsourcing", "office-supplies-reseller"] {
            for mode in modes {
                let r = advisor(["explain", "rules/scenarios/" + scenario + ".scenario", "--lang", language] + mode)
                let long: [String] = r.out.split(separator: "\n").map(String.init).filter { $0.count > 80 }
                #expect(long.isEmpty, "\(scenario) \(mode.joined(separator: " ")): \(long.first ?? "")")
            }
        }
    }

    @Test func howExplainsAnyKindOfFact() {
        let r = advisor(["explain", "rules/scenarios/office-supplies-reseller.scenario", "--how", "knock-out"])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out.contains("knock-out(option: marketplace, criterion: acceptability)"))
        #expect(r.out.contains("1. d3-stakeholders-against D3 S36 [P]"))
        #expect(r.out.contains("(given in the scenario)"))
        let none = advisor(["explain", "--set", "complexity=low", "--how", "knock-out"])
        #expect(none.status == .badInput)
        #expect(none.err.contains("there are no knock-out facts in this situation"))
    }

    @Test func evaluateExplainAddsTheHowTrees() throws {
        let r = advisor([
            "evaluate", "--set", "complexity=low", "--set", "risk=low", "--set", "added-value=low", "--explain",
        ])
        #expect(r.out.contains("\nHow\n  Recommended sales approach: transactional selling"), "\(r.out)")
        let json = advisor(["evaluate", "--set", "complexity=low", "--explain", "--format", "json"])
        let object = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])?.first)
        #expect((object["explanations"] as? [[String: Any]])?.first?["topic"] as? String == "approach")
    }

    @Test func usageErrorsExitTwo() {
        #expect(advisor(["explain", "--set", "complexity=low"]).status == .badInput)
        #expect(advisor(["explain", "--set", "complexity=low", "--how", "approach", "--what-if"]).status == .badInput)
        let topic = advisor(["explain", "--set", "complexity=low", "--how", "aproach"])
        #expect(topic.status == .badInput)
        #expect(topic.err.contains("unknown topic 'aproach'; did you mean 'approach'?"))
        let value = advisor(["explain", "--set", "complexity=low", "--why-not", "approach=strategic"])
        #expect(value.err.contains("did you mean 'strategic-relationship'?"))
        #expect(advisor(["explain", "--set", "complexity=low", "--what-if", "--format", "dot"]).status == .badInput)
        #expect(advisor(["explain", "--help"]).out.hasPrefix("USAGE: advisor explain"))
    }
}

/// A small DOT syntax check for when Graphviz is not installed: a `digraph NAME {` header, a closing
/// brace, statements ending in `;`, balanced quotes and brackets, and only `->` edges.
enum DOTSyntax {
    static func check(_ text: String) -> String? {
        var lines = text.split(separator: "\n").map(String.init)
        guard let first = lines.first, first.hasPrefix("digraph "), first.hasSuffix("{") else {
            return "no 'digraph NAME {' header"
        }
        guard lines.last == "}" else { return "no closing brace" }
        lines.removeFirst()
        lines.removeLast()
        for (i, line) in lines.enumerated() {
            var quoted = false
            var escaped = false
            var brackets = 0
            var outside = ""
            for c in line {
                if escaped {
                    escaped = false
                    continue
                }
                if c == "\\" && quoted {
                    escaped = true
                } else if c == "\"" {
                    quoted.toggle()
                } else if !quoted {
                    outside.append(c)
                    if c == "[" { brackets += 1 }
                    if c == "]" { brackets -= 1 }
                }
            }
            if quoted { return "line \(i + 2): unbalanced quotes" }
            if brackets != 0 { return "line \(i + 2): unbalanced brackets" }
            if !line.hasSuffix(";") { return "line \(i + 2): statement without ';'" }
            if outside.contains("--") { return "line \(i + 2): '--' edge in a digraph" }
        }
        return nil
    }
}

/// Every did-you-mean of `explain` suggests something that works (issue 23): the suggestion, typed
/// back, is no longer refused as unknown, and a "not concluded; ask --why-not" hint runs.
@Suite struct ExplainSuggestionTests {
    static let scenario = "rules/scenarios/construction-consortium.scenario"

    @Test(arguments: [
        ["--how", "approach=nosuch"], ["--how", "approach=transactionl"], ["--how", "aproach"],
        ["--how", "aproach=transactional"],
        ["--why-not", "approach=transactionl"], ["--why-not", "aproach=transactional"], ["--why", "complexty"],
        ["--how", "method=process-oriented"],
    ])
    func suggestionsWork(_ arguments: [String]) throws {
        let first = advisor(["explain", Self.scenario] + arguments)
        #expect(first.status != .success)
        #expect(
            !first.err.contains("was not concluded; ask --why-not \(arguments[1])")
                || !first.err.contains("not a value"))
        if let range = first.err.range(of: "did you mean '") {
            let suggestion = String(first.err[range.upperBound...].prefix { $0 != "'" })
            let original = arguments[1]
            let fixed: String
            if let eq = original.firstIndex(of: "="), first.err.hasPrefix("advisor: '") {
                fixed = original[..<eq] + "=" + suggestion  // a value was corrected
            } else if let eq = original.firstIndex(of: "=") {
                fixed = suggestion + original[eq...]  // a topic was corrected
            } else {
                fixed = suggestion
            }
            let again = advisor(["explain", Self.scenario, arguments[0], fixed])
            #expect(!again.err.contains("unknown") && !again.err.contains("not a value"), "\(fixed): \(again.err)")
            return
        }
        if let range = first.err.range(of: "ask --why-not ") {
            let target = String(first.err[range.upperBound...].prefix { !$0.isWhitespace })
            let again = advisor(["explain", Self.scenario, "--why-not", target])
            #expect(again.status == .success, "\(target): \(again.err)")
            return
        }
        #expect(first.err.contains("the values are:") || first.err.contains("the topics are:"), "\(first.err)")
    }
}
