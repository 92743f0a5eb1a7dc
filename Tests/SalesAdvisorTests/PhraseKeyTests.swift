import Foundation
import Testing

@testable import SalesAdvisor

/// The phrase tables are enums: a phrase looked up that is not there, or one without its Dutch
/// text, does not compile. What the compiler does not check is checked here: every phrase has
/// both texts with the same placeholders, no Dutch text shows a program name, and every phrase
/// is used somewhere (a phrase nobody says is a text nobody checks).
struct PhraseKeyTests {
    static let phrases: [(name: String, en: String, nl: String)] =
        Phrases.Key.allCases.map { ("\($0)", $0.texts.en, $0.texts.nl) }
        + ConsultationPhrases.Key.allCases.map { ("\($0)", $0.texts.en, $0.texts.nl) }
        + PortfolioPhrases.Key.allCases.map { ("\($0)", $0.texts.en, $0.texts.nl) }
        + DocumentPhrases.Key.allCases.map { ("\($0)", $0.texts.en, $0.texts.nl) }

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{[a-z-]+\}/).map { String($0.0) })
    }

    @Test func everyPhraseHasBothLanguagesWithTheSamePlaceholders() {
        #expect(Self.phrases.count > 200)
        for p in Self.phrases {
            #expect(!p.en.isEmpty && !p.nl.isEmpty, "\(p.name)")
            #expect(Self.placeholders(p.en) == Self.placeholders(p.nl), "\(p.name): \(p.en) / \(p.nl)")
        }
    }

    @Test func everyPhraseIsUsed() throws {
        let root = repositoryPath("Sources")
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        var sources = ""
        for file in files where file.hasSuffix(".swift") {
            let text = (try? String(contentsOfFile: root + "/" + file, encoding: .utf8)) ?? ""
            // Without the tables' own rows (`case .wins: ("wins", "wint")`).
            sources += text.split(separator: "\n").filter { !$0.contains(/^ *case \.\w+: \(/) }.joined(separator: "\n")
        }
        let unused = Self.phrases.map(\.name).filter { name in
            !sources.contains("." + name + "]") && !sources.contains("." + name + ")")
                && !sources.contains("." + name + " ") && !sources.contains("." + name + ",")
                && !sources.contains("." + name + ":") && !sources.contains("." + name + "\n")
        }
        #expect(unused.isEmpty, "phrases no source says: \(unused)")
    }
}
