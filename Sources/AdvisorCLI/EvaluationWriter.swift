import RuleEngine
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// Runs situations on every core and writes their reports in order, framed by the format's
/// renderer; a record that gives no advice (one that could not be read, or whose run failed) is
/// said as `--on-error` asks: on standard error with its source line, on one line, or in the
/// output in its place.
final class EvaluationWriter {
    let evaluation: Evaluation
    let renderer: any ReportRenderer
    let explains: Bool
    let terminal: Terminal
    let onError: OnError
    /// The most threads that run situations at once (nil: every core).
    var threads: Int?
    /// With `--summary`: the accounts are summarised here instead of written one by one.
    var summary: PortfolioSummary?
    /// Writes the summary at the end, in the format asked for.
    var rendersSummary: (PortfolioSummary) -> String = { _ in "" }
    /// Whether the format's head (CSV's header) is left out: a headerless partition (`--columns`).
    var headless = false
    /// The batch workers, kept from one chunk of records to the next (their engines, and the
    /// reports of the situations they ran), made for the evaluation of the first chunk.
    private var workers: Parallel.Pool<BatchWorker>?
    /// Reports written so far.
    private(set) var written = 0
    /// Whether a report had an expectation that was not met.
    private(set) var unmet = false
    /// Whether a run failed.
    var failed = false

    init(
        evaluation: Evaluation, renderer: any ReportRenderer, explains: Bool, terminal: Terminal,
        onError: OnError = .fail
    ) {
        self.evaluation = evaluation
        self.renderer = renderer
        self.explains = explains
        self.terminal = terminal
        self.onError = onError
    }

    /// Before the first report: the format's head (nothing for a summary or a headless partition).
    func open() { if summary == nil && !headless { terminal.out(renderer.head) } }

    /// After the last report: the format's foot, or the summary.
    func close() { terminal.out(summary.map(rendersSummary) ?? renderer.foot(count: written)) }

    func write(_ situations: [Situation]) { write(situations.map { .success($0) }) }

    /// Writes the records in order: each situation's report, each failed record as `onError` says.
    func write(_ records: [Result<Situation, FailedRecord>]) {
        let situations = records.compactMap { try? $0.get() }
        let (renderer, explains) = (self.renderer, self.explains)
        // Only as much of each report as the output shows (a summary and explanations read it all).
        let evaluation = {
            var e = self.evaluation
            if summary == nil && !explains { e.content = renderer.content }
            return e
        }()
        let summarised = summary.map { ($0.goals, $0.segment) }
        // Each worker keeps the engine of its last run for the next (reset as new: the same
        // firings as on a new engine, without building one), and the reports of the situations it
        // ran for accounts that repeat them.
        let work: @Sendable (inout BatchWorker, Situation) -> Result<Written, Evaluation.Failure> = {
            worker, situation in
            do throws(Evaluation.Failure) {
                if let (goals, segment) = summarised {
                    let entry = PortfolioSummary.Entry(try worker.report(situation), goals: goals, segment: segment)
                    return .success(Written(text: "", unmet: false, entry: entry))
                }
                let report: Report
                var how: [HowNode] = []
                if explains {
                    // The how-tree of every goal's recommendation.
                    let run = try worker.run(situation)
                    let explainer = Explainer(evaluation: evaluation, run: run)
                    report = run.report
                    how = report.topics.filter(\.isGoal).compactMap { t in
                        t.top.flatMap { explainer.how(topic: t.topic, value: $0.value) }
                    }
                } else {
                    report = try worker.report(situation)
                }
                let unmet = report.expectations.contains { !$0.met }
                return .success(Written(text: renderer.render(report, how: how), unmet: unmet, entry: nil))
            } catch {
                return .failure(error)
            }
        }
        let pool = workers ?? Parallel.Pool { BatchWorker(evaluation) }
        workers = pool
        let results = Parallel.map(situations, threads: threads, pool: pool, transform: work)
        var next = results.makeIterator()
        for record in records {
            switch record {
            case .failure(let failed): say(failed)
            case .success(let situation):
                switch next.next() {
                case .success(let r)?:
                    if let entry = r.entry { summary?.add(entry) } else { emit(r.text) }
                    unmet = unmet || r.unmet
                case .failure(let e)?: say(FailedRecord(e, situation: situation))
                case nil: break
                }
            }
        }
    }

    private func emit(_ text: String) {
        terminal.out((written > 0 ? renderer.separator : "") + text)
        written += 1
    }

    /// What one situation gave: its report as text, whether an expectation failed, or what a
    /// summary keeps of it.
    struct Written: Sendable {
        let text: String
        let unmet: Bool
        let entry: PortfolioSummary.Entry?
    }

    /// A record that gave no advice, said as `onError` asks (a summary counts it; its output has
    /// no rows, so `row` says it in one line as `skip` does).
    func say(_ record: FailedRecord) {
        summary?.failed += 1
        let mode = summary != nil && onError == .row ? .skip : onError
        switch mode {
        case .fail:
            terminal.err(record.rendered + "\n")
            failed = true
        case .skip: terminal.err(record.failure.line + "\n")
        case .row: emit(renderer.render(failure: record.failure))
        }
    }

    /// Writes what is ready now (a pipeline downstream need not wait); false when the output is
    /// gone (`| head -1`): nothing more can reach the reader, and the run ends.
    func flush() -> Bool {
        terminal.flush()
        return terminal.outputFailure == nil
    }
}
