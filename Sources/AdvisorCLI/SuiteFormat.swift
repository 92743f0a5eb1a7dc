/// What `advisor test --format` writes.
enum SuiteFormat: String, CaseIterable {
    /// A line per case, failures with expected against actual (the default).
    case text
    /// JSON, versioned.
    case json
    /// JUnit XML, one testcase per case, for CI.
    case junit
}
