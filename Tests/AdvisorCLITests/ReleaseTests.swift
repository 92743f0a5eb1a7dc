import Foundation
import Testing

@testable import AdvisorCLI

/// What a release carries: a licence, a changelog whose latest entry is the version the program
/// prints, and documentation that names nothing a clone does not have.
@Suite struct ReleaseTests {
    func read(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theVersionIsTheChangelogsLatestEntry() throws {
        let changelog = try read("CHANGELOG.md")
        let latest = try #require(
            changelog.split(separator: "\n").first { $0.hasPrefix("## [") && !$0.hasPrefix("## [Unreleased]") })
        let version = try #require(latest.dropFirst(4).split(separator: "]").first)
        #expect(Usage.version == "advisor \(version)", "CHANGELOG.md's latest entry is \(version)")
    }

    @Test func theLicenceIsApache2() throws {
        let licence = try read("LICENSE")
        #expect(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"))
    }

    /// `../shared/…`, DOMAIN.md and the like exist beside the workplace, not in a clone.
    @Test func theDocumentationNamesNothingOutsideTheRepository() throws {
        let docs = try FileManager.default.contentsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("docs").path
        )
        .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        #expect(docs.count >= 10)
        for file in ["README.md", "CHANGELOG.md"] + docs {
            let text = try read(file)
            for outside in ["../shared", "DOMAIN.md", "DESIGN.md", "STYLE.md", "ROADMAP.md"] {
                #expect(!text.contains(outside), "\(file) names \(outside)")
            }
            // Every relative Markdown link points at a file of the repository.
            var rest = Substring(text)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                let target = String(after[..<close]).components(separatedBy: "#").first ?? ""
                rest = after[close...]
                guard !target.isEmpty, !target.contains("://"), !target.hasPrefix("mailto:") else { continue }
                let base = (file as NSString).deletingLastPathComponent
                let path = repositoryRoot.appendingPathComponent(base).appendingPathComponent(target).standardized.path
                #expect(
                    FileManager.default.fileExists(atPath: path),
                    "\(file) links to \(target), which is not in the repository")
            }
        }
    }

    /// Every public declaration of the library products has a doc comment (declarations for the
    /// command line only are SPI, `@_spi(Tooling)`, and not API).
    @Test func everyPublicDeclarationIsDocumented() throws {
        var missing: [String] = []
        var checked = 0
        for module in ["RuleEngine", "RuleLanguage", "SalesAdvisor"] {
            let folder = repositoryRoot.appendingPathComponent("Sources/\(module)")
            let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter {
                $0.hasSuffix(".swift")
            }
            for file in files.sorted() {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let lines = text.components(separatedBy: "\n")
                // A file whose top-level declarations are all SPI holds no API.
                let topLevel = lines.filter { $0.hasPrefix("public ") || $0.hasPrefix("@_spi(Tooling) public ") }
                if !topLevel.isEmpty && topLevel.allSatisfy({ $0.hasPrefix("@_spi") }) { continue }
                for (i, line) in lines.enumerated() {
                    var s = Substring(line.drop { $0 == " " })
                    while s.hasPrefix("@"), !s.hasPrefix("@_spi"), let space = s.firstIndex(of: " ") {
                        s = s[s.index(after: space)...]
                    }
                    guard s.hasPrefix("public "), !s.hasPrefix("public import"), !s.hasPrefix("public extension") else {
                        continue
                    }
                    checked += 1
                    var j = i - 1
                    while j >= 0, lines[j].drop(while: { $0 == " " }).hasPrefix("@"), !lines[j].contains("public") {
                        j -= 1
                    }
                    let previous = j >= 0 ? lines[j].drop { $0 == " " } : ""
                    if !previous.hasPrefix("///") && !previous.hasSuffix("*/") {
                        missing.append("Sources/\(module)/\(file):\(i + 1): \(s.prefix(80))")
                    }
                }
            }
        }
        #expect(checked > 300)
        #expect(missing.isEmpty, "\(missing.count) undocumented:\n\(missing.prefix(20).joined(separator: "\n"))")
    }
}
