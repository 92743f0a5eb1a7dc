import AdvisorCLI
import Foundation
import Testing

/// `advisor check` verifies the whole rule base: deliberate mistakes in a copy of the bundled
/// knowledge base are found with the rule's name and line (issue 12's "done when").
@Suite("the verifier in advisor check")
struct VerifierTests {
    /// A copy of rules/sales with `edit` applied to one file.
    func copy(_ file: String, _ edit: (String) -> String) throws -> URL {
        var files: [String: String] = [:]
        let folder = repositoryRoot.appendingPathComponent("rules/sales")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".rules") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            files[name] = name == file ? edit(text) : text
        }
        return try temporaryFolder(files)
    }

    func check(_ dir: URL, _ extra: [String] = []) -> CommandResult { advisor(["check", "--rules", dir.path] + extra) }

    @Test("the bundled knowledge base is clean, also under --strict")
    func clean() {
        let r = advisor(["check", "--rules", repositoryPath("rules/sales"), "--strict"])
        #expect(r.status == .success, "\(r.err)")
        #expect(r.out == "checked 10 files: 0 errors, 0 warnings\n")
    }

    @Test("a misspelt enumeration value in a condition is an error at the value, with a suggestion")
    func misspeltValue() throws {
        let dir = try copy("approach.rules") {
            $0.replacingOccurrences(of: "    complexity is medium\n", with: "    complexity is meduim\n")
        }
        let r = check(dir)
        #expect(r.status == .badInput)
        let text = try String(contentsOf: dir.appendingPathComponent("approach.rules"), encoding: .utf8)
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains("complexity is meduim")
                }) + 1
        #expect(
            r.err.contains("approach.rules:\(line):19: error[RL0303]: 'meduim' is not a value of 'level'"), "\(r.err)")
        #expect(r.err.contains("did you mean 'medium'?"))
    }

    @Test("a rule copied with another conclusion is found, naming both rules and their lines")
    func copiedRule() throws {
        let dir = try copy("approach.rules") { text in
            text + """

                rule a1-price-buyer-copy
                  when
                    price-buyer is yes
                  then
                    conclude approach = strategic-relationship certainty 0.6
                end

                """
        }
        let r = check(dir, ["--strict"])
        #expect(r.status == .failure)
        #expect(
            r.err.contains(
                "warning[RL0708]: rules 'a1-price-buyer-copy' and 'a1-price-buyer' have the same conditions"),
            "\(r.err)")
        #expect(r.err.contains("note: 'a1-price-buyer' is at "), "\(r.err)")
        // With full certainty on both sides it is a conflict, an error.
        let hard = try copy("approach.rules") { text in
            text.replacingOccurrences(of: "rule a1-price-buyer\n", with: "rule a1-price-buyer\n")
                + "\nrule twin-a\n  when\n    mixed-roles is yes\n  then\n    conclude approach = transactional certainty 1\nend\n"
                + "\nrule twin-b\n  when\n    mixed-roles is yes\n  then\n    conclude approach = system-selling certainty 1\nend\n"
        }
        let conflict = check(hard)
        #expect(conflict.status == .badInput)
        #expect(conflict.err.contains("error[RL0704]: rules 'twin-b' and 'twin-a' conflict"), "\(conflict.err)")
    }

    @Test("removing a rule that leaves a gap: the goal, how many combinations, and one of them")
    func gap() throws {
        let dir = try copy("leadership.rules") { text in
            let start = try? #require(text.range(of: "rule f3-varied-work"))
            guard let start, let end = text[start.upperBound...].range(of: "\nend\n") else { return text }
            return String(text[..<start.lowerBound]) + String(text[end.upperBound...])
        }
        let r = check(dir)
        #expect(r.status == .success)
        #expect(r.err.contains("warning[RL0707]: goal 'leadership' gets no value for "), "\(r.err)")
        #expect(r.err.contains("work-type = varied"), "\(r.err)")
        #expect(check(dir, ["--strict"]).status == .failure)
    }

    @Test("a condition no value can pass, a subsumed rule, a question no rule needs")
    func deadRules() throws {
        let dir = try copy("approach.rules") { text in
            text + """

                rule never
                  when
                    risk is low
                    risk is high
                  then
                    conclude approach = transactional certainty 0.2
                end

                rule price-buyer-again
                  when
                    price-buyer is yes
                    risk is low
                  then
                    conclude approach = transactional certainty 0.2
                end

                ask favourite-colour: level
                  en "What is your favourite colour?"

                """
        }
        let r = check(dir, ["--format", "json"])
        #expect(r.status == .badInput)
        let findings = try #require(
            (try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["diagnostics"]
                as? [[String: Any]])
        let byID = Dictionary(grouping: findings, by: { $0["id"] as? String ?? "" })
        let never = try #require(byID["RL0701"]?.first)
        #expect(never["severity"] as? String == "error")
        #expect(
            (never["message"] as? String)?.contains(
                "rule 'never' can never fire: conditions 1 and 2 need two different answers to 'risk'") == true)
        #expect((never["file"] as? String)?.hasSuffix("approach.rules") == true && never["line"] as? Int != nil)
        #expect(
            (byID["RL0703"]?.first?["message"] as? String)?.contains(
                "'price-buyer-again' is subsumed by 'a1-price-buyer'") == true, "\(byID)")
        #expect(
            (byID["RL0706"]?.first?["message"] as? String)?.contains("question 'favourite-colour' is needed by no rule")
                == true)
        for f in findings { #expect(Set(f.keys) == ["id", "severity", "file", "line", "column", "message", "notes"]) }
    }
}
