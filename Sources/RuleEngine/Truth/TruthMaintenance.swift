/// Truth maintenance: which facts hold only because of a `logical` partial match (their
/// supports), which facts and which contributions to conclusions each supporting token keeps (its
/// dependents), and the facts that lost their last support and must go. A conclusion's certainty
/// is the combination of the contributions that still have their support. The engine feeds it every working-memory change; the network
/// tells it when a supporting token is deleted.
///
/// Withdrawing a fact (an answer) deletes the tokens built on it; their dependents lose support
/// and are retracted in turn, transitively; a `not` whose blocker went matches again, so what it
/// blocked comes back by the ordinary matching. ``Engine/checkInvariants()`` checks the
/// bookkeeping after any step.
final class TruthMaintenance {
    /// The facts asserted under `logical` with a token as support, by token (those tokens are
    /// marked `hasDependents`).
    private(set) var dependents: [Token: [Fact]] = [:]
    /// Facts that lost their last logical support; the engine retracts them.
    @exclusivity(unchecked) private var unsupported: [Fact] = []
    /// Contributions to conclusions made under a token's logical support, by token: the
    /// conclusion and the firing. They are withdrawn (and the certainty combined again) when it goes.
    private(set) var contributions: [Token: [(key: ConclusionKey, firing: Int)]] = [:]
    /// Contributions whose support went; the engine withdraws them.
    @exclusivity(unchecked) private var withdrawn: [(key: ConclusionKey, firing: Int)] = []

    /// Forgets every support and contribution, as new.
    func removeAll() {
        dependents = [:]
        unsupported = []
        contributions = [:]
        withdrawn = []
    }

    /// A contribution to `key` was made by `firing` under `support`.
    func contributed(_ key: ConclusionKey, firing: Int, support: Token) {
        support.pointee.hasDependents = true
        contributions[support, default: []].append((key, firing))
    }

    /// The token whose logical support a contribution was made under, if any (a scan: only
    /// for re-asserting a belief).
    func support(of key: ConclusionKey, firing: Int) -> Token? {
        for (token, made) in contributions where made.contains(where: { $0.key == key && $0.firing == firing }) {
            return token
        }
        return nil
    }

    /// The next contribution to withdraw for lack of support.
    func nextWithdrawn() -> (key: ConclusionKey, firing: Int)? { withdrawn.popLast() }

    /// `fact` (new or already present) was asserted with `support` as its logical support, or
    /// unconditionally when `support` is nil (an unconditional assertion keeps a fact for good).
    func asserted(_ fact: Fact, support: Token?) {
        guard let support else {
            fact.unconditional = true
            fact.supports = []
            return
        }
        guard !fact.unconditional else { return }
        fact.supports.append(support)
        support.pointee.hasDependents = true
        dependents[support, default: []].append(fact)
    }

    /// `fact` was retracted: it needs no support any more.
    func retracted(_ fact: Fact) { fact.supports = [] }

    /// A token that supported facts was deleted: those left with no support are queued.
    func supportRemoved(_ token: Token) {
        if let made = contributions.removeValue(forKey: token) { withdrawn += made }
        guard let facts = dependents.removeValue(forKey: token) else { return }
        for fact in facts where fact.isAlive {
            fact.supports.removeAll { $0 == token }
            if fact.supports.isEmpty && !fact.unconditional { unsupported.append(fact) }
        }
    }

    /// The next fact to retract for lack of support.
    func nextUnsupported() -> Fact? {
        while let fact = unsupported.popLast() {
            if fact.isAlive && fact.supports.isEmpty && !fact.unconditional { return fact }
        }
        return nil
    }

    /// What is wrong with the bookkeeping, given the live facts; empty when it is sound.
    func violations(live: [Fact]) -> [String] {
        var problems: [String] = []
        for fact in live {
            if fact.unconditional {
                if !fact.supports.isEmpty {
                    problems.append("f-\(fact.id) is unconditional but keeps \(fact.supports.count) supports")
                }
                continue
            }
            if fact.supports.isEmpty { problems.append("f-\(fact.id) is alive with no support and not unconditional") }
            for token in fact.supports {
                if !token.pointee.isAlive { problems.append("f-\(fact.id) is supported by a deleted token") }
                if !(dependents[token]?.contains { $0 === fact } ?? false) {
                    problems.append("f-\(fact.id) names a support that does not list it as a dependent")
                }
            }
        }
        for token in contributions.keys where !token.pointee.isAlive || !token.pointee.hasDependents {
            problems.append("a deleted or unmarked token still supports contributions to a conclusion")
        }
        if !withdrawn.isEmpty { problems.append("contributions without support wait to be withdrawn") }
        for (token, facts) in dependents {
            if !token.pointee.isAlive { problems.append("a deleted token still has dependents") }
            if !token.pointee.hasDependents { problems.append("a token with dependents is not marked") }
            for fact in facts where fact.isAlive && !fact.unconditional && !fact.supports.contains(token) {
                problems.append("f-\(fact.id) is listed as a dependent of a token it does not name")
            }
        }
        if !unsupported.filter({ $0.isAlive && $0.supports.isEmpty && !$0.unconditional }).isEmpty {
            problems.append("facts without support wait to be retracted")
        }
        return problems
    }
}
