import Foundation
import Testing

/// One example of docs/rule-language.md: its code, the files it may include, and the expected output.
struct DocExample: CustomTestStringConvertible, Sendable {
    let line: Int
    let code: String
    let output: String?
    let companions: [String: String]
    var testDescription: String { "docs/rule-language.md:\(line)" }

    /// Reads the fenced blocks: ```rules [file=NAME] and the ```output block that may follow.
    static func all() -> [DocExample] {
        guard
            let text = try? String(
                contentsOf: repositoryRoot.appendingPathComponent("docs/rule-language.md"), encoding: .utf8)
        else { return [] }
        let lines = text.components(separatedBy: "\n")
        var examples: [DocExample] = []
        var files: [String: String] = [:]
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("```rules") {
                let info = line.dropFirst(8).trimmingCharacters(in: .whitespaces)
                let start = i + 1
                var body: [String] = []
                i += 1
                while i < lines.count && lines[i] != "```" {
                    body.append(lines[i])
                    i += 1
                }
                let code = body.joined(separator: "\n") + "\n"
                if info.hasPrefix("file=") {
                    files[String(info.dropFirst(5))] = code
                    i += 1
                    continue
                }
                // An output block belongs to this example if it comes before the next rules block.
                var output: String?
                var j = i + 1
                while j < lines.count && !lines[j].hasPrefix("```rules") {
                    if lines[j] == "```output" {
                        var out: [String] = []
                        j += 1
                        while j < lines.count && lines[j] != "```" {
                            out.append(lines[j])
                            j += 1
                        }
                        output = out.joined(separator: "\n") + "\n"
                        break
                    }
                    j += 1
                }
                examples.append(DocExample(line: start, code: code, output: output, companions: files))
            }
            i += 1
        }
        return examples
    }
}

@Suite("docs/rule-language.md")
struct DocumentationTests {
    @Test("the reference has an example for every construct")
    func coversConstructs() throws {
        let all = DocExample.all().map(\.code).joined()
        for construct in [
            "enum ", "template ", "attribute ", "facts", "rule ", "salience", "source ", " not ", "exists ", "test ",
            "function ", "assert ", "retract ", "modify ", "conclude ", "score ", "print ", "halt", "because ",
            "logical ", "ask ", "goal ", "include ", "module ", " in [", "&", "if ",
        ] {
            #expect(all.contains(construct), "no example uses '\(construct)'")
        }
    }

    @Test("every example runs as documented", arguments: DocExample.all())
    func example(_ example: DocExample) throws {
        var files = example.companions
        files["example.rules"] = example.code
        let folder = try temporaryFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("example.rules").path
        if let expected = example.output {
            let result = advisor(["run", path])
            #expect(result.err == "")
            #expect(result.status == .success)
            #expect(result.out == expected)
        } else {
            let result = advisor(["check", path])
            #expect(result.err == "")
            #expect(result.status == .success)
        }
    }
}
