/// A rule instance ready to fire: a rule and the partial match that satisfied it.
public final class Activation {
    /// The rule's index in the program.
    public let rule: Int
    let token: Token
    public let salience: Int
    /// The engine's change counter when the activation was created.
    let stamp: Int
    /// The matched fact ids by level, 0 where a `not`, `exists` or `test` binds none (made when first needed).
    public private(set) lazy var factIDs: [Int] = token.factIDs
    /// The rule's specificity, for simplicity and complexity.
    let specificity: Int
    /// A pseudo-random key for the random strategy.
    let randomKey: UInt64
    public internal(set) var isAlive = true

    init(rule: Int, token: Token, salience: Int, stamp: Int, specificity: Int, randomKey: UInt64) {
        self.rule = rule
        self.token = token
        self.salience = salience
        self.stamp = stamp
        self.specificity = specificity
        self.randomKey = randomKey
    }
}
