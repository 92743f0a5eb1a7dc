/// A beta node as the match loops read it: plain data in a flat buffer, numbers instead of
/// references, so reading a node costs no reference counting. Made from the ``BetaNode`` objects
/// once the network is built; the lists it refers to live in ``NetworkCode``'s other buffers.
struct NodeCode {
    var kind: BetaKind
    var level: Int32
    var rule: Int32
    /// The token memory, or -1.
    var memory: Int32
    /// The fact index, or -1.
    var factIndex: Int32
    /// The equality tests hashed on: `keyCount` entries from `keys` in the key buffers.
    var keys: Int32
    var keyCount: Int32
    /// The other join tests: `checkCount` entries from `checks`.
    var checks: Int32
    var checkCount: Int32
    /// The consumers of the node's tokens: `outputCount` entries from `outputs`.
    var outputs: Int32
    var outputCount: Int32
    /// A `test` node's expression (in `NetworkCode.expressions`), or -1.
    var test: Int32
    /// The slot looked up once per value of `slot in [$a $b …]` (-1: none), the values' places:
    /// `probeCount` (level, slot) pairs from `probe` in `members`.
    var probeSlot: Int32
    var probe: Int32
    var probeCount: Int32
}

/// A join test other than hashed equality: `candidate.slot op fact(at: level).otherSlot`; a
/// membership (`memberCount > 0`: `candidate.slot` equal to one of the `memberCount` (level, slot)
/// pairs from `member` in `members`, or to none of them when `negated`); or an expression
/// (`expression >= 0`) run by the evaluator.
struct CheckCode {
    var op: CompareOperator
    var slot: Int32
    var level: Int32
    var otherSlot: Int32
    var expression: Int32
    var member: Int32 = 0
    var memberCount: Int32 = 0
    var negated = false
}

/// A consumer of a node's tokens: a group of joins sharing a memory (`memory >= 0`; the joins are
/// `joinCount` ids from `joins`, the first one computing the key), or one other node.
struct OutputCode {
    var memory: Int32
    var node: Int32
    var joins: Int32
    var joinCount: Int32
}

/// The flat form of a compiled network's beta nodes. Immutable once made; freed with the network.
final class NetworkCode {
    let nodes: UnsafeMutablePointer<NodeCode>
    let checks: UnsafeMutablePointer<CheckCode>
    let outputs: UnsafeMutablePointer<OutputCode>
    let joins: UnsafeMutablePointer<Int32>
    /// Per key entry: the level and slot on the token side, the slot on the fact side.
    let keyLevels: UnsafeMutablePointer<Int32>
    let keyLeftSlots: UnsafeMutablePointer<Int32>
    let keyRightSlots: UnsafeMutablePointer<Int32>
    /// Membership values' places, as (level, slot) pairs flattened.
    let members: UnsafeMutablePointer<Int32>
    /// The expressions of checks and tests.
    let expressions: [Expr]
    /// Where root tokens go: `rootCount` outputs from `roots` in `outputs`.
    let roots: Int32
    let rootCount: Int32

    init(nodes betaNodes: [BetaNode], rootOutputs: [Output]) {
        var nodes: [NodeCode] = []
        var checks: [CheckCode] = []
        var outputs: [OutputCode] = []
        var joins: [Int32] = []
        var keyLevels: [Int32] = []
        var keyLeftSlots: [Int32] = []
        var keyRightSlots: [Int32] = []
        var members: [Int32] = []
        var expressions: [Expr] = []

        func add(_ list: [Output]) -> Int32 {
            let start = Int32(outputs.count)
            for output in list {
                switch output {
                case .joins(let group):
                    outputs.append(
                        OutputCode(
                            memory: Int32(group.memory), node: Int32(group.joins.first ?? -1),
                            joins: Int32(joins.count),
                            joinCount: Int32(group.joins.count)))
                    joins += group.joins.map { Int32($0) }
                case .node(let id):
                    outputs.append(OutputCode(memory: -1, node: Int32(id), joins: 0, joinCount: 0))
                }
            }
            return start
        }

        for node in betaNodes {
            let keys = Int32(keyLevels.count)
            for i in node.leftLevels.indices {
                keyLevels.append(Int32(node.leftLevels[i]))
                keyLeftSlots.append(Int32(node.leftSlots[i]))
                keyRightSlots.append(Int32(node.rightSlots[i]))
            }
            let firstCheck = Int32(checks.count)
            for check in node.checks {
                switch check {
                case .compare(let op, let slot, let level, let otherSlot):
                    checks.append(
                        CheckCode(
                            op: op, slot: Int32(slot), level: Int32(level), otherSlot: Int32(otherSlot), expression: -1)
                    )
                case .member(let slot, let sources, let negated):
                    checks.append(
                        CheckCode(
                            op: .equal, slot: Int32(slot), level: 0, otherSlot: 0, expression: -1,
                            member: Int32(members.count),
                            memberCount: Int32(sources.count / 2), negated: negated))
                    members += sources.map { Int32($0) }
                case .expression(let e):
                    checks.append(
                        CheckCode(op: .equal, slot: 0, level: 0, otherSlot: 0, expression: Int32(expressions.count)))
                    expressions.append(e)
                }
            }
            let probe = Int32(members.count)
            members += node.probeSources.map { Int32($0) }
            var test: Int32 = -1
            if let e = node.test {
                test = Int32(expressions.count)
                expressions.append(e)
            }
            nodes.append(
                NodeCode(
                    kind: node.kind, level: Int32(node.level), rule: Int32(node.rule), memory: Int32(node.memory),
                    factIndex: Int32(node.factIndex), keys: keys, keyCount: Int32(node.leftLevels.count),
                    checks: firstCheck, checkCount: Int32(node.checks.count), outputs: add(node.outputs),
                    outputCount: Int32(node.outputs.count), test: test, probeSlot: Int32(node.probeSlot), probe: probe,
                    probeCount: Int32(node.probeSources.count / 2)))
        }
        rootCount = Int32(rootOutputs.count)
        roots = add(rootOutputs)

        func buffer<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
            _ = UnsafeMutableBufferPointer(start: pointer, count: array.count).initialize(from: array)
            return pointer
        }
        self.nodes = buffer(nodes)
        self.checks = buffer(checks)
        self.outputs = buffer(outputs)
        self.joins = buffer(joins)
        self.keyLevels = buffer(keyLevels)
        self.keyLeftSlots = buffer(keyLeftSlots)
        self.keyRightSlots = buffer(keyRightSlots)
        self.members = buffer(members)
        self.expressions = expressions
    }

    deinit {
        // Plain data: nothing to deinitialize.
        nodes.deallocate()
        checks.deallocate()
        outputs.deallocate()
        joins.deallocate()
        keyLevels.deallocate()
        keyLeftSlots.deallocate()
        keyRightSlots.deallocate()
        members.deallocate()
    }
}
