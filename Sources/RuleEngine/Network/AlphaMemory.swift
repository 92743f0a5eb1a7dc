/// An alpha memory: the tests of one pattern on one fact, its fact indexes, and the nodes fed by
/// facts passing them (deepest first, so a fact that feeds two levels of one rule joins once).
final class AlphaMemory {
    let template: Int
    let tests: [AlphaTest]
    @exclusivity(unchecked) var successors: [Int] = []
    /// The fact indexes this memory fills.
    @exclusivity(unchecked) var indexes: [Int] = []

    init(template: Int, tests: [AlphaTest]) {
        self.template = template
        self.tests = tests
    }
}
