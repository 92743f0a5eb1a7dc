import Foundation
import Testing

@testable import AdvisorCLI

/// A knowledge base that runs away or fails while firing: too many facts, too many firings (a
/// loop), an action that cannot be done. `evaluate` and the consultation end with a message that
/// says which limit or which rule, never a trap or a hang.
struct EngineLimitTests {
    static let rules = """
        enum level { low medium high }
        ask size: level
          en "How large?"
        attribute outcome: level
        goal outcome
        template n { i: integer }
        facts
          n(i: 0)
        end
        rule decide
          when
            size is $s
          then
            conclude outcome = $s certainty 0.5
        end
        rule grow
          when
            size is low
            n(i: $i)
          then
            assert n(i: $i + 1)
        end
        rule loop
          when
            size is high
            f: n(i: $i)
          then
            modify f(i: $i + 1)
        end
        rule divide
          when
            size is medium
            n(i: $i)
          then
            print 1 / $i
        end
        """

    @Test(arguments: [
        ("low", "the knowledge base made more than 100000 facts"),
        ("high", "the knowledge base fired more than 100000 rules (a loop?); last: loop"),
        ("medium", "in rule 'divide' (firing 2): division by zero: 1 / 0"),
    ])
    func evaluateSaysWhichLimit(size: String, message: String) throws {
        let dir = try temporaryFolder(["kb.rules": Self.rules]).path
        let r = advisor(["evaluate", "--rules", dir, "--set", "size=\(size)"])
        #expect(r.status == .badInput, "\(r.err)")
        #expect(r.err.contains(message), "\(r.err)")
        // The consultation says it too, after the answer that set it off, and keeps the answer.
        let c = advisor(["consult", "--rules", dir, "--session", dir + "/s.session"], input: [size])
        #expect(c.err.contains(message), "\(c.err)")
        #expect(c.status != .success)
        #expect(try String(contentsOfFile: dir + "/s.session", encoding: .utf8).contains("answer size \(size)"))
    }
}
