/// Join children of one parent that compare the same earlier slots, so one index serves them all.
final class JoinGroup {
    /// The token memory they share.
    let memory: Int
    let leftLevels: [Int]
    let leftSlots: [Int]
    @exclusivity(unchecked) var joins: [Int] = []

    init(memory: Int, leftLevels: [Int], leftSlots: [Int]) {
        self.memory = memory
        self.leftLevels = leftLevels
        self.leftSlots = leftSlots
    }
}
