@_spi(Tooling) import RuleLanguage
import Testing

/// "Did you mean" at a bounded cost (issue 23, part 4): a pasted megabyte is compared with nothing,
/// and a candidate of a very different length is skipped before any comparison.
@Suite struct EditDistanceTests {
    @Test func nearNamesAreStillFound() {
        #expect(EditDistance.closest(to: "hgh", in: ["high", "low", "medium"]) == "high")
        #expect(
            EditDistance.closest(to: "compelxity", in: ["complexity", "risk", "a-name-far-longer-than-the-typed-one"])
                == "complexity")
        #expect(EditDistance.closest(to: "rsk", in: ["risk"]) == "risk")
    }

    @Test func aLongInputGetsNoSuggestion() {
        let pasted = String(repeating: "x", count: EditDistance.longestName + 1)
        #expect(EditDistance.closest(to: pasted, in: [pasted + "y", "high"]) == nil)
        // Lengths that differ by more than the limit are not compared: the result is the same as
        // comparing them, since their distance is at least the difference.
        #expect(EditDistance.closest(to: "high", in: ["highest-level-of-all"]) == nil)
        #expect(EditDistance.distance("high", "highest-level-of-all") > 3)
    }
}
