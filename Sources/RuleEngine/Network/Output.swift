/// A consumer of a node's output tokens.
enum Output {
    /// Join nodes with the same join key: one token, stored once in their shared memory.
    case joins(JoinGroup)
    /// Any other node (`not`, `exists`, test, terminal): a token of its own.
    case node(Int)
}
