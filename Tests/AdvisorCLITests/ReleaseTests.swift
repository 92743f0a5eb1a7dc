@testable import AdvisorCLI
import Foundation
import Testing

/// What a release carries: a licence, a changelog whose latest entry is the version the program
/// prints, and documentation that names nothing a clone does not have.
@Suite struct ReleaseTests {
    func read(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theVersionIsTheChangelogsLatestEntry() throws {
        let changelog = try read("CHANGELOG.md")
        let latest = try #require(changelog.split(separator: "\n").first { $0.hasPrefix("## [") && !$0.hasPrefix("## [Unreleased]") })
        let version = try #require(latest.dropFirst(4).split(separator: "]").first)
        #expect(Usage.version == "advisor \(version)", "CHANGELOG.md's latest entry is \(version)")
    }

    @Test func theLicenceIsApache2() throws {
        let licence = try read("LICENSE")
        #expect(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"))
    }

    /// `../shared/…`, DOMAIN.md and the like exist beside the workplace, not in a clone.
    @Test func theDocumentationNamesNothingOutsideTheRepository() throws {
        let docs = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("docs").path)
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
                #expect(FileManager.default.fileExists(atPath: path), "\(file) links to \(target), which is not in the repository")
            }
        }
    }
}
