@_spi(Tooling) import RuleLanguage

/// A record of an export (or a situation) that gave no advice, as `--on-error row` writes it in
/// the output: the record's id, where it is and what is wrong; never the record itself, so a
/// job's output and logs do not copy a customer's data.
public struct RecordFailure: Sendable, Equatable {
    /// The record's `id`, or `line N` when it has none (or it could not be read).
    public let id: String
    /// `file:line:column`, or the file alone.
    public let place: String
    /// What is wrong.
    public let message: String

    /// A failure of record `id` at `place`.
    public init(id: String, place: String, message: String) {
        self.id = id
        self.place = place
        self.message = message
    }

    /// One line for a log: `place: error: id: message` (no source line).
    public var line: String { "\(place): error: \(id): \(message)".visibleControls }
}
