import RuleEngine

/// What a variable or fact name stands for inside a rule.
enum Binding: Hashable {
    case slot(level: Int, slot: Int)
    case fact(level: Int)
    case parameter(Int)
    /// A value named by `let` in the actions.
    case local(Int)

    /// Whether it names a value (not a fact or a function parameter).
    var isValue: Bool {
        switch self {
        case .slot, .local: return true
        case .fact, .parameter: return false
        }
    }
}

/// The names bound so far in a rule, in binding order, with how often each is used after binding.
struct Scope {
    private(set) var bindings: [String: Binding] = [:]
    private(set) var order: [String] = []
    private(set) var uses: [String: Int] = [:]
    private(set) var definitions: [String: Name] = [:]

    mutating func bind(_ name: String, _ binding: Binding, at definition: Name? = nil) {
        if bindings[name] == nil { order.append(name) }
        bindings[name] = binding
        if let definition { definitions[name] = definition }
    }

    func lookup(_ name: String) -> Binding? { bindings[name] }

    mutating func use(_ name: String) { uses[name, default: 0] += 1 }

    /// How many `let` values are bound.
    var locals: Int { bindings.values.filter { if case .local = $0 { return true } else { return false } }.count }

    /// Variable names (no fact names), for "did you mean".
    var variableNames: [String] {
        order.filter { if case .fact = bindings[$0] { return false } else { return true } }
    }

    /// Fact names, for "did you mean" after `retract` / `modify`.
    var factNames: [String] {
        order.filter { if case .fact = bindings[$0] { return true } else { return false } }
    }
}
