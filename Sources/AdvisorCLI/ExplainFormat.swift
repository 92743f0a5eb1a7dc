/// The formats `advisor explain` writes in.
enum ExplainFormat: String, CaseIterable {
    /// Indented text.
    case text
    /// Markdown: headings and the tree as a list.
    case markdown
    /// JSON, versioned.
    case json
    /// Graphviz DOT (for `--how` and `--rule-graph`).
    case dot
}
