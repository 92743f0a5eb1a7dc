import Foundation
import Testing

@testable import AdvisorCLI

/// Details of an instance on a knowledge base of its own: a number slot with a range refuses a
/// value outside it and says the range; a choice that several values start with is named as such;
/// the advice answers `how TOPIC=VALUE` for what it concluded.
struct InstanceDetailTests {
    static let rules = """
        enum kind { alpha alphabet beta }
        template item { id: symbol  name: string  weight: float from 0 to 1  kind: kind }
        instances item
          en "Do you want to enter items?"
          each en "Item {n}: name it"
          key id
          label name
          slot weight
            en "How heavy is '{name}'?"
          slot kind
            en "Which kind is '{name}'?"
        end
        attribute verdict: kind
        goal verdict
        rule r
          when
            item(weight: $w, kind: $k)
          then
            conclude verdict = $k certainty 0.5
        end
        """

    @Test func aRangedNumberAndAnAmbiguousChoice() throws {
        let dir = try temporaryFolder(["kb.rules": Self.rules]).path
        let r = advisor(
            ["consult", "--rules", dir, "--session", dir + "/s.session"],
            input: ["1", "box", "", "2", "nan", "0.5", "alph", "beta", "how verdict=beta", ""])
        let said = r.err.replacing("\n  ", with: " ")
        #expect(said.contains("'2' is not an answer to this question. Type one of: a number from 0 to 1"), "\(said)")
        #expect(said.contains("'nan' is not an answer to this question"), "\(said)")
        #expect(said.contains("Several answers start like that: alpha, alphabet"), "\(said)")
        #expect(said.contains("How: verdict"), "\(said)")
        #expect(r.out.contains("verdict: beta (certainty 0.50)"), "\(r.out)")
        #expect(try String(contentsOfFile: dir + "/s.session", encoding: .utf8).contains("slot 0 weight 0.5"))
    }
}
