import RuleEngine

/// A run's report, built the first time it is read: a consultation turn that only asks the next
/// question reads the engine, never the report, and so does not pay for the reasons, the SWOT and
/// the plan.
///
/// The report is read from the run's engine. Should that engine have been reset for another run
/// since (a batch or a consultation keeps one engine for the next situation), the situation is
/// run again on an engine of its own, so the report is always this run's.
final class ReportOnDemand {
    private var built: Report?
    private let engine: Engine
    /// The engine's reset count when the run ended.
    private let resets: Int
    private let build: (Engine) -> Report
    private let again: () -> Report?

    /// A report built already.
    init(_ report: Report, engine: Engine) {
        built = report
        self.engine = engine
        resets = engine.resets
        build = { _ in report }
        again = { report }
    }

    /// A report `build` makes from `engine` when first read; `again` runs the situation anew when
    /// the engine was reset since.
    init(engine: Engine, build: @escaping (Engine) -> Report, again: @escaping () -> Report?) {
        self.engine = engine
        resets = engine.resets
        self.build = build
        self.again = again
    }

    var report: Report {
        if let built { return built }
        let report = engine.resets == resets ? build(engine) : again() ?? build(engine)
        built = report
        return report
    }
}
