/// The kinds of node below the alpha network.
enum BetaKind: Int, Hashable {
    case join, negative, exists, test, terminal
}
