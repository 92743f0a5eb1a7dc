import Foundation
import Testing

@_spi(Tooling) @testable import SalesAdvisor

/// The phrase tables are looked up by key, and a key that is not there comes back as itself: a
/// typo would show "cmd-hlep" to a manager. Every key the sources look up by a literal is in a
/// table (the test reads the sources, so a typo fails it naming the key and the file), and every
/// phrase has an English and a Dutch text.
struct PhraseKeyTests {
    /// Every `say["…"]`, `p["…"]`, `Phrases(…)["…"]`, `Phrases.word("…", …)` and `"cmd-…"` literal
    /// in Sources, with the file it is in.
    static func keysLookedUp() -> [(key: String, file: String)] {
        let root = repositoryPath("Sources")
        let lookup = /(?:say|\bp|Phrases\(language: [a-z]+\)|ConsultationPhrases\(language: [a-z]+\))\["([a-z0-9-]+)"\]/
        let word = /Phrases\.word\("([a-z0-9-]+)"/
        let command = /"(cmd-[a-z-]+)"/
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !file.hasSuffix("Phrases.swift") {
            guard let text = try? String(contentsOfFile: root + "/" + file, encoding: .utf8) else { continue }
            for m in text.matches(of: lookup) { found.append((String(m.1), file)) }
            for m in text.matches(of: word) { found.append((String(m.1), file)) }
            for m in text.matches(of: command) { found.append((String(m.1), file)) }
        }
        return found
    }

    @Test func everyKeyLookedUpIsInATable() {
        let keys = Self.keysLookedUp()
        #expect(keys.count > 250, "the scan found \(keys.count) keys")
        let missing = keys.filter { Phrases.table[$0.key] == nil && ConsultationPhrases.table[$0.key] == nil }
        #expect(missing.isEmpty, "keys with no phrase: \(missing.map { "\($0.key) (\($0.file))" })")
    }

    @Test func everyPhraseHasBothLanguages() {
        for (key, texts) in Phrases.table.map({ ($0.key, $0.value) })
            + ConsultationPhrases.table.map({ ($0.key, $0.value) })
        {
            #expect(!texts.en.isEmpty && !texts.nl.isEmpty, "\(key)")
            // Dutch text is the lecturer's: no key or slug of the program in it.
            #expect(!texts.nl.contains("cmd-") && !texts.nl.contains("{n}}"), "\(key)")
        }
    }
}
