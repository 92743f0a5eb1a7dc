/// The words of the rule language, each written once: the word sets the parser checks (what starts
/// a declaration, what starts an action, what cannot be a name) and the lists its messages give
/// ("expected an action (assert, …)") come from here, in this order.
enum Keyword: String, CaseIterable {
    // Declarations, in the order messages list them.
    case rule, template, `enum`, attribute, ask, instances, goal, facts, function, include, module
    // Actions.
    case assert, retract, modify, conclude, score, print, halt, because, `let`
    // The words of rules and conditions.
    case when, then, end, not, exists, test, logical, `is`, `in`, salience, source

    /// What a word starts.
    enum Role { case declaration, action, other }

    var role: Role {
        switch self {
        case .rule, .template, .enum, .attribute, .ask, .instances, .goal, .facts, .function, .include, .module:
            return .declaration
        case .assert, .retract, .modify, .conclude, .score, .print, .halt, .because, .let:
            return .action
        case .when, .then, .end, .not, .exists, .test, .logical, .is, .in, .salience, .source:
            return .other
        }
    }

    /// The words that start a top-level declaration, in order.
    static let declarations = allCases.filter { $0.role == .declaration }.map(\.rawValue)
    /// The words that start an action, in order.
    static let actions = allCases.filter { $0.role == .action }.map(\.rawValue)
}
