extension ReteNetwork {
    /// Work per node (join attempts, partial matches built) with the rules each node serves, busiest
    /// first: where a rule base spends its matching time.
    func profile() -> [NodeProfile] {
        var users = Array(repeating: [String](), count: nodes.count)
        for terminal in nodes where terminal.kind == .terminal {
            var id = terminal.id
            while id >= 0 {
                users[id].append(rules[terminal.rule].name)
                id = nodes[id].parent
            }
        }
        return nodes.filter { $0.kind != .terminal }
            .map {
                NodeProfile(
                    node: $0.id, kind: "\($0.kind)", level: $0.level, joinAttempts: joinAttempts[$0.id],
                    partialMatches: tokensBuilt[$0.id], rules: users[$0.id])
            }
            .sorted { ($0.joinAttempts, $0.partialMatches, -$0.node) > ($1.joinAttempts, $1.partialMatches, -$1.node) }
    }

    /// The work of all nodes together: join attempts and partial matches built.
    var work: (joinAttempts: Int, tokensBuilt: Int) {
        var work = (joinAttempts: 0, tokensBuilt: 0)
        for id in nodes.indices {
            work.joinAttempts += joinAttempts[id]
            work.tokensBuilt += tokensBuilt[id]
        }
        return work
    }
}
