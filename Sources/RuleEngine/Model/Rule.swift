/// A compiled rule.
public struct Rule: Hashable, Sendable {
    /// The rule's name.
    public let name: String
    /// Its priority: higher fires first.
    public let salience: Int
    /// Its conditions, in order (the levels of its partial matches).
    public let conditions: [Condition]
    /// Its actions, in order.
    public let actions: [Action]
    /// The number of leading conditions under `logical`; 0 for none.
    public let logicalCount: Int
    /// Its variables, in binding order (`Firing/bindings` follows it).
    public let variables: [RuleVariable]
    /// Where it is written.
    public let origin: RuleOrigin

    /// A rule, as the compiler builds it.
    public init(
        name: String, salience: Int = 0, conditions: [Condition], actions: [Action], logicalCount: Int = 0,
        variables: [RuleVariable] = [],
        origin: RuleOrigin = RuleOrigin(file: "", line: 0, column: 0)
    ) {
        self.name = name
        self.salience = salience
        self.conditions = conditions
        self.actions = actions
        self.logicalCount = logicalCount
        self.variables = variables
        self.origin = origin
    }

    /// The number of levels: one per condition.
    public var levelCount: Int { conditions.count }

    /// CLIPS-style specificity: the number of tests in the left-hand side.
    public var specificity: Int {
        conditions.reduce(0) { total, condition in
            switch condition {
            case .positive(let p), .negative(let p), .exists(let p):
                return total + 1 + p.alphaTests.count + p.joinTests.count
            case .test(let e): return total + max(1, e.comparisonCount)
            }
        }
    }
}
