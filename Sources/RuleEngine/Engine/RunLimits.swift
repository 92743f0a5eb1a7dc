/// Bounds that stop a runaway program.
public struct RunLimits: Hashable, Sendable {
    /// The most rule firings in one `run`.
    public var maxFirings: Int
    /// The most facts in working memory at once.
    public var maxFacts: Int
    /// The most partial matches (tokens of the network) at once: a join that explodes (four patterns
    /// over 300 facts each) stops with an error instead of exhausting memory. A token takes 128
    /// bytes, with its activation about 240 in all: the default stops near 2.4 GiB.
    public var maxTokens: Int

    /// Limits with the given bounds (the defaults stop only runaway programs).
    public init(maxFirings: Int = 10_000_000, maxFacts: Int = 5_000_000, maxTokens: Int = 10_000_000) {
        self.maxFirings = maxFirings
        self.maxFacts = maxFacts
        self.maxTokens = maxTokens
    }
}

/// A firing as shown in a limit error: the rule and the facts it matched.
public struct FiringSummary: Hashable, Sendable {
    /// The firing's number.
    public let cycle: Int
    /// The rule's name.
    public let rule: String
    /// The ids of the facts it matched, by level (0 where none).
    public let factIDs: [Int]
}

/// Why a run stopped with an error.
public enum EngineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// More firings than ``RunLimits/maxFirings`` in one run; the last firings before the stop.
    case firingLimit(limit: Int, last: [FiringSummary])
    /// More facts than ``RunLimits/maxFacts`` at once; the last firings before the stop.
    case factLimit(limit: Int, last: [FiringSummary])
    /// More partial matches than ``RunLimits/maxTokens`` at once; the last firings before the stop.
    case tokenLimit(limit: Int, last: [FiringSummary])
    /// An action failed: the rule, its firing, and what went wrong.
    case action(rule: String, cycle: Int, message: String)
    /// A fact from outside does not fit its template.
    case invalidFact(String)
    /// `reset`, `assert`, `retract` or `run` was called while the engine was inside one of them (from
    /// ``Engine/output``, ``Engine/watcher`` or another callback): the engine refuses, so working
    /// memory is never changed in the middle of propagation.
    case reentrant(operation: String)

    /// The limit a run broke, for a hint on how to raise it.
    public enum Limit: Sendable {
        case firings, facts, matches
    }

    /// The error in words.
    public var description: String { message() }

    /// The error in words, the one place it is worded; `hint` says how to raise a broken limit
    /// (`advisor run`: "raise it with --max-firings"), inside the parentheses that name the limit.
    public func message(hint: (Limit) -> String? = { _ in nil }) -> String {
        func last(_ firings: [FiringSummary]) -> String {
            guard !firings.isEmpty else { return "" }
            return "; the last firings were:\n"
                + firings.map {
                    "  FIRE \($0.cycle) \($0.rule): \($0.factIDs.map { $0 == 0 ? "*" : "f-\($0)" }.joined(separator: ","))\n"
                }.joined()
        }
        func named(_ name: String, _ limit: Limit) -> String {
            "(the \(name)" + (hint(limit).map { "; " + $0 } ?? "") + ")"
        }
        switch self {
        case .firingLimit(let limit, let firings):
            return "the run stopped after \(limit) firings \(named("firing limit", .firings))" + last(firings)
        case .factLimit(let limit, let firings):
            return "working memory reached \(limit) facts \(named("fact limit", .facts))" + last(firings)
        case .tokenLimit(let limit, let firings):
            return "the network holds more than \(limit) partial matches \(named("match limit", .matches)): "
                + "a join of several patterns matches too many combinations of facts" + last(firings)
        case .action(let rule, let cycle, let message):
            // Firing 0: a test of the rule's conditions failed while matching, before any firing.
            return "in rule '\(rule)' (\(cycle == 0 ? "while matching" : "firing \(cycle)")): \(message)"
        case .invalidFact(let message): return message
        case .reentrant(let operation):
            return
                "'\(operation)' was called from inside the engine (a callback of a run in progress); call it after the run returns"
        }
    }
}
