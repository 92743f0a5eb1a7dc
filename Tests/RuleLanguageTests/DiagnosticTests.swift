import Foundation
import RuleLanguage
import Testing

/// One fixture per diagnostic ID: Fixtures/diagnostics/RLxxxx.rules holds a file with that mistake, and
/// RLxxxx.expected the exact rendered diagnostics (loaded as /rules/RLxxxx.rules). Set RECORD_GOLDENS=1
/// to rewrite the expected files; the test then fails, so a new baseline is always reviewed.
@Suite("Diagnostics")
struct DiagnosticTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/RuleLanguageTests/Fixtures/diagnostics")

    static var ids: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".rules") }.map { String($0.dropLast(6)) }.sorted()
    }

    @Test("every diagnostic ID has a fixture")
    func everyIDCovered() {
        // The catalogue is the enum: a new ID without a fixture, or a fixture without an ID, fails.
        let documented = DiagnosticID.allCases.map(\.rawValue)
        #expect(Self.ids == documented)
    }

    @Test("every diagnostic ID is in the language reference")
    func everyIDDocumented() throws {
        let page = try #require(repositoryFile("docs/rule-language.md"))
        let missing = DiagnosticID.allCases.map(\.rawValue).filter { !page.contains($0) }
        #expect(missing.isEmpty, "not in docs/rule-language.md: \(missing)")
    }

    @Test("the rendered text is exact", arguments: DiagnosticTests.ids)
    func rendered(_ id: String) throws {
        // Decoded as the advisor reads files (RL0104's fixture is not valid UTF-8 on purpose).
        let source = String(
            decoding: try Data(contentsOf: Self.folder.appendingPathComponent("\(id).rules")), as: UTF8.self)
        let path = "/rules/\(id).rules"
        // The verifier runs too: its findings (RL07xx) are diagnostics like the others.
        let result = RuleLoader(root: "/rules", read: { $0 == path ? source : nil }).load([path]).verified()
        let text = result.renderedDiagnostics
        #expect(result.diagnostics.map(\.id) == [id], "one diagnostic, with its own ID")
        let mismatch = Golden.mismatch(text, "Tests/RuleLanguageTests/Fixtures/diagnostics/\(id).expected")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("three different mistakes in one file give three diagnostics in one run")
    func threeMistakes() {
        let result = load(
            """
            template guest { name: symbol  sex: symbol }
            rule pair
              when
                guest(name: $a, sx: m)
                gust(name: $b)
              then
                print $a " and " $b
                asert pair(a: $a)
            end
            """)
        #expect(result.errors.map(\.id) == ["RL0302", "RL0301", "RL0204"])
        #expect(result.ruleBase == nil)
    }

    @Test("a long file parses through the parser's token window: mistakes far apart, each at its line")
    func longFile() {
        // About 40,000 tokens: the parser keeps only a window of them, so its look back (a missing
        // ')' is reported after the token before) and look ahead must survive the window moving on.
        var text = "template t { k: integer  g: integer }\n"
        var expected: [Int] = []
        for i in 0..<1500 {
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
            switch i {
            case 700:
                text += "rule r\(i)\n  when\n    t(k: $x, g: \(i)\n  then\n    print $x\nend\n"
                expected += [line + 2, line + 4]  // the missing ')' after `\(i)`; then `$x` is unbound
            case 1400:
                text += "rule r\(i)\n  when\n    t(k: $x, gg: \(i))\n  then\n    print $x\nend\n"
                expected.append(line + 2)
            default:
                text += "rule r\(i)\n  when\n    t(k: $x, g: \(i))\n  then\n    print $x\nend\n"
            }
        }
        let result = load(text)
        #expect(result.errors.map(\.id) == ["RL0201", "RL0304", "RL0302"])
        #expect(result.errors.map(\.location.line) == expected)
        let clean = load(
            text.replacingOccurrences(of: "g: 700\n", with: "g: 700)\n").replacingOccurrences(of: "gg:", with: "g:"))
        #expect(clean.errors.isEmpty)
        #expect(clean.ruleBase?.program.rules.count == 1500)
    }

    @Test("let: a name bound twice is an error, an unused value a warning, a use before the let unbound")
    func letMistakes() {
        let result = load(
            """
            template n { v: integer }
            rule r
              when
                n(v: $v)
              then
                print $w
                let $v = 1
                let $w = 2
                let $unused = 3
                print $w
            end
            """)
        #expect(result.errors.map(\.id) == ["RL0304", "RL0305"])
        #expect(result.renderedDiagnostics.contains("variable '$v' is declared twice"))
        let clean = load(
            """
            template n { v: integer }
            rule r
              when
                n(v: $v)
              then
                let $unused = $v + 1
                print $v
            end
            """)
        #expect(clean.errors.isEmpty)
        #expect(clean.warnings.map(\.id) == ["RL0601"])
    }

    @Test("files with Windows line endings get the same lines, columns and comments")
    func crlf() {
        let unix =
            "template guest { name: symbol }\n# a comment\nrule r\n  when\n    gust(name: $n)\n  then\n    print $n\nend\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let a = load(unix)
        let b = load(windows)
        #expect(b.diagnostics.map(\.location) == a.diagnostics.map(\.location))
        #expect(b.diagnostics.map(\.id) == ["RL0301"])
        #expect(b.renderedDiagnostics == a.renderedDiagnostics)
        #expect(load("\u{FEFF}" + unix).diagnostics.map(\.location) == a.diagnostics.map(\.location))
    }
}

@Suite("diagnostics of hostile files")
struct HostileFileTests {
    @Test("a binary file gives at most 20 diagnostics and how many more; control characters are shown, never sent")
    func binaryFile() {
        var bytes: [UInt8] = []
        var seed: UInt64 = 7
        for _ in 0..<5_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1
            bytes.append(UInt8(truncatingIfNeeded: seed >> 56))
        }
        let text = "rule \u{1B}[31mred\n" + String(decoding: bytes, as: UTF8.self)
        let result = load(text)
        let rendered = result.renderedDiagnostics
        #expect(result.diagnostics.count > 20)
        #expect(rendered.components(separatedBy: ": error[").count - 1 == 20)
        #expect(
            rendered.contains(
                "/rules/main.rules: and \(result.diagnostics.count - 20) more diagnostics in this file (the first 20 are shown)"
            ))
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(rendered.contains("␛[31mred"))
    }
}
