import Foundation
import RuleEngine
import RuleLanguage
import Testing

/// A flat chain is not nesting (issue 23): `a + b + … ` of 250 terms is one level, checked,
/// compiled and run; nesting stays limited to 200 (RL0206) and the tree's depth, which the stages
/// after the parser walk recursively, to 1000 (RL0207), on any thread.
@Suite struct ExpressionDepthTests {
    func program(_ test: String, print: String = "$x") -> String {
        "template a { x: integer }\nrule r\n  when\n    a(x: $x)\n    test \(test)\n  then\n    print(\(print))\nend\nfacts\n  a(x: 1)\nend\n"
    }

    func chain(_ op: String, _ term: String, _ n: Int) -> String {
        Array(repeating: term, count: n).joined(separator: " \(op) ")
    }

    @Test(arguments: [("+", "$x"), ("*", "$x"), ("-", "$x"), ("and", "$x > 0"), ("or", "$x > 0")])
    func aFlatChainOf250TermsIsFlat(_ op: String, _ term: String) throws {
        let test = ["and", "or"].contains(op) ? chain(op, term, 250) : chain(op, term, 250) + " != 7"
        let r = try run(program(test, print: op == "+" ? chain("+", "$x", 250) : "$x"))
        #expect(r.output == (op == "+" ? "250\n" : "1\n"))
    }

    /// The deepest tree allowed, on a thread with half the stack of a worker thread (Dispatch's
    /// workers and the main thread have 8 MiB here) and in a debug build, whose frames are the
    /// largest: the checker, compiler and evaluator walk it without running out of stack.
    @Test func theDeepestTreeRunsOnASmallStack() throws {
        let source = program(chain("+", "$x", 999) + " > 0", print: chain("+", "$x", 998))
        let outcome = Outcome()
        let thread = Thread {
            outcome.text = (try? run(source))?.output ?? "failed"
            outcome.done.signal()
        }
        thread.stackSize = 4096 * 1024
        thread.start()
        outcome.done.wait()
        #expect(outcome.text == "998\n")
    }

    final class Outcome: @unchecked Sendable {
        var text = ""
        let done = DispatchSemaphore(value: 0)
    }

    @Test func pastTheLimitsEachHasItsOwnMessage() {
        let long = load(program(chain("+", "$x", 1001) + " > 0"))
        #expect(long.diagnostics.map(\.id) == ["RL0207"])
        #expect(long.diagnostics.first?.message.text.contains("more than 1000 operators deep") == true)
        let nested = load(
            program(String(repeating: "(", count: 201) + "$x" + String(repeating: ")", count: 201) + " > 0"))
        #expect(nested.diagnostics.map(\.id) == ["RL0206"])
        // Nested 150 deep (parentheses make no node), each level a chain of 7 operators: 1051 deep in all.
        var e = "$x"
        for _ in 0..<150 { e = "(\(e) + 1 + 1 + 1 + 1 + 1 + 1 + 1)" }
        #expect(load(program(e + " > 0")).diagnostics.map(\.id) == ["RL0207"])
        // Prefix operators nest like parentheses: 201 `not`s or `-`s are too deep, 190 are not.
        for (op, term) in [("not ", "$x > 0"), ("- ", "$x")] {
            let deep = String(repeating: op, count: 201) + term + (op == "- " ? " > 0" : "")
            #expect(load(program(deep)).diagnostics.map(\.id) == ["RL0206"], "\(op)")
            let fine = String(repeating: op, count: 190) + term + (op == "- " ? " > 0" : "")
            #expect(load(program(fine)).errors.isEmpty, "\(op)")
        }
    }

    /// An integer literal that does not fit 64 bits is said where it is written, not trapped on.
    @Test func anIntegerTooLargeIsSaid() {
        let result = load(program("$x < 99999999999999999999"))
        #expect(result.errors.map(\.id) == ["RL0201"])
        #expect(result.errors.first?.message.text.contains("expected an integer that fits 64 bits") == true)
        #expect(result.errors.first?.location.column == 15)
    }
}
