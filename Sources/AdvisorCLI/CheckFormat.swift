/// What `advisor check --format` writes.
enum CheckFormat: String, CaseIterable {
    /// Diagnostics with the source line and a caret (the default).
    case text
    /// Diagnostics as JSON, versioned.
    case json
}
