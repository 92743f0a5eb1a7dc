@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// Runs situations on every core and writes their reports in order, framed by the format's
/// renderer; a run that fails is said and left out of the output.
final class EvaluationWriter {
    let evaluation: Evaluation
    let renderer: any ReportRenderer
    let explains: Bool
    let terminal: Terminal
    /// Reports written so far.
    private(set) var written = 0
    /// Whether a report had an expectation that was not met.
    private(set) var unmet = false
    /// Whether a run failed.
    var failed = false

    init(evaluation: Evaluation, renderer: any ReportRenderer, explains: Bool, terminal: Terminal) {
        self.evaluation = evaluation
        self.renderer = renderer
        self.explains = explains
        self.terminal = terminal
    }

    func write(_ situations: [Situation]) {
        let (evaluation, renderer, explains) = (self.evaluation, self.renderer, self.explains)
        let results = Parallel.map(situations) { situation -> Result<(text: String, unmet: Bool), Evaluation.Failure> in
            do {
                let run = try evaluation.run(situation)
                var how: [HowNode] = []
                if explains {
                    // The how-tree of every goal's recommendation.
                    let explainer = Explainer(evaluation: evaluation, run: run)
                    how = run.report.topics.filter(\.isGoal).compactMap { t in
                        t.top.flatMap { explainer.how(topic: t.topic, value: $0.value) }
                    }
                }
                let unmet = run.report.expectations.contains { !$0.met }
                return .success((renderer.render(run.report, how: how), unmet))
            } catch let e as Evaluation.Failure {
                return .failure(e)
            } catch {
                return .failure(Evaluation.Failure(message: "\(error)"))
            }
        }
        for (situation, result) in zip(situations, results) {
            if case .failure(let e) = result {
                terminal.err("advisor: \(situation.name): \(e.message)\n")
                failed = true
            }
        }
        for result in results {
            guard case .success(let r) = result else { continue }
            terminal.out((written > 0 ? renderer.separator : "") + r.text)
            written += 1
            unmet = unmet || r.unmet
        }
    }

    /// Writes what is ready now (a pipeline downstream need not wait); false when the output is
    /// gone (`| head -1`): nothing more can reach the reader, and the run ends.
    func flush() -> Bool {
        terminal.flush()
        return terminal.outputFailure == nil
    }
}
