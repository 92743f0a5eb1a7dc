@_spi(Tooling) import SalesAdvisor

/// What `advisor evaluate` does with a record that gives no advice (`--on-error`): a record of an
/// export that cannot be read or does not fit the knowledge base, or a situation whose run fails.
enum OnError: String, CaseIterable {
    /// Said on standard error with its source line and a caret; the others run; exit code 2.
    case fail
    /// Said on standard error in one line, without the record; the others run; exit code 0
    /// (for a framework that fails the whole job on a non-zero exit).
    case skip
    /// Written in the output in the record's place (its id, where and what is wrong; never the
    /// record); exit code 0.
    case row
}

/// A record that gave no advice: what the output or a log says of it, and the full diagnostic
/// (source line and caret) for standard error.
struct FailedRecord: Error {
    let failure: RecordFailure
    let rendered: String

    /// A record of `file` that could not be read or checked; `id` when the record names one.
    init(_ error: InputError, id: String?) {
        let line = error.place?.line ?? 0
        let place = error.place.map { $0.line > 0 ? $0.text : $0.file } ?? ""
        let messages = ([error] + error.more).map(\.message)
        failure = RecordFailure(id: id ?? "line \(line)", place: place, message: messages.joined(separator: "; "))
        rendered = error.rendered
    }

    /// A situation whose run failed.
    init(_ failure: Evaluation.Failure, situation: Situation) {
        let place = situation.scenario.answers.first?.place.map { "\($0.file):\(situation.scenario.firstLine)" }
        self.failure = RecordFailure(id: situation.name, place: place ?? situation.name, message: failure.message)
        rendered = "advisor: \(situation.name): \(failure.message)"
    }
}
