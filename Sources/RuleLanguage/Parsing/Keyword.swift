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
    // Words with a meaning in one place only, which may still name things elsewhere: the parts of
    // `instances` and `ask`, `certainty`, `if … then … else`, and the word operators.
    case label, help, slot, review, key, from, to, each, `where`, certainty, `if`, `else`, and, or, mod

    /// What a word starts; a contextual word is a keyword only where it is expected.
    enum Role { case declaration, action, other, contextual }

    var role: Role {
        switch self {
        case .rule, .template, .enum, .attribute, .ask, .instances, .goal, .facts, .function, .include, .module:
            return .declaration
        case .assert, .retract, .modify, .conclude, .score, .print, .halt, .because, .let:
            return .action
        case .when, .then, .end, .not, .exists, .test, .logical, .is, .in, .salience, .source:
            return .other
        case .label, .help, .slot, .review, .key, .from, .to, .each, .where, .certainty, .if, .else, .and, .or, .mod:
            return .contextual
        }
    }

    /// The words that start a top-level declaration, in order.
    static let declarations = allCases.filter { $0.role == .declaration }.map(\.rawValue)
    /// The words that start an action, in order.
    static let actions = allCases.filter { $0.role == .action }.map(\.rawValue)
    /// The words that cannot name a template, attribute, enumeration or value.
    static let reserved = allCases.filter { $0.role != .contextual }.map(\.rawValue)
}
