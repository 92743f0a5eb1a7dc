import RuleEngine
@_spi(Tooling) import RuleLanguage

extension SuiteRunner {
    /// Nil when the run meets the expectation; otherwise what it did instead, and why not.
    func verdict(_ e: SuiteExpectation, _ run: Evaluation.Run, suite: Suite? = nil) -> CaseResult.Failure? {
        let report = run.report
        func fail(_ actual: String, _ explanation: String? = nil) -> CaseResult.Failure {
            CaseResult.Failure(expectation: e, actual: actual, explanation: explanation)
        }
        switch e.kind {
        case .value("option", let value, _):
            if report.options?.winner?.name == value { return nil }
            return fail(ranking(report))
        case .value("rejected", let value, _):
            if report.options?.options.contains(where: { $0.name == value && $0.rejected }) == true { return nil }
            return fail("'\(value)' is not knocked out; " + ranking(report))
        case .value(let topic, let value, let bound):
            guard let t = report.topic(topic) else {
                return fail("nothing concluded about \(topic)", whyNot(topic, value, run))
            }
            let entry = t.values.first { $0.value == value }
            let holds =
                t.isGoal ? t.top?.value == value : (entry.map { $0.certainty > 0 && $0.cappedBy == nil } ?? false)
            if holds && (bound?.holds(entry?.certainty ?? 0) ?? true) { return nil }
            return fail(describe(t), holds ? nil : whyNot(topic, value, run))
        case .notConcluded(let topic, let value):
            guard let t = report.topic(topic), let entry = t.values.first(where: { $0.value == value }),
                entry.certainty > 0, entry.cappedBy == nil
            else { return nil }
            let rules = entry.contributions.map(\.rule)
            return fail(
                "concluded with certainty \(DecimalText.fixed(entry.certainty, 2)) by " + rules.joined(separator: ", "))
        case .ranking(let names):
            let ranked = (report.options?.options ?? []).filter { !$0.rejected }.sorted { $0.rank < $1.rank }.map(
                \.name)
            if Array(ranked.prefix(names.count)) == names { return nil }
            return fail(ranking(report))
        case .fired(let name, let expected):
            guard let index = kb.program.rules.firstIndex(where: { $0.name == name }) else {
                return fail("no such rule")
            }
            let firings = run.engine.trace.filter { $0.rule == index }.map(\.cycle)
            if firings.isEmpty == !expected { return nil }
            if expected {
                let rule = kb.program.rules[index]
                let stop = run.engine.diagnose(rule: index).failure.map {
                    "condition \($0.level + 1) of \(rule.conditions.count) does not hold"
                }
                return fail("did not fire" + (stop.map { ": " + $0 } ?? ""))
            }
            return fail("fired (firing \(firings.map(String.init).joined(separator: ", ")))")
        case .trace(let path):
            let actual =
                (report.trace ?? []).map { t in
                    "\(t.cycle) \(t.rule)" + (t.matched.isEmpty ? "" : ": " + t.matched.joined(separator: ", "))
                }.joined(separator: "\n") + "\n"
            guard SuiteRunner.staysInside(path) else {
                return fail(
                    "a golden trace lies in the suite's folder or below it (expect trace \"traces/NAME.trace\"); '\(path)' does not"
                )
            }
            let resolved = suite.map { SuiteRunner.resolve(path, from: $0.file) } ?? path
            let golden = read(resolved)
            if golden == actual { return nil }
            if let writeTrace {
                if let problem = writeTrace(resolved, actual) { return fail("cannot write \(resolved): \(problem)") }
                return nil
            }
            guard let golden else {
                return fail("there is no golden trace at \(resolved) yet; write it with advisor test --update-traces")
            }
            let expectedLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let n = zip(expectedLines, actualLines).prefix { $0 == $1 }.count
            let want = n < expectedLines.count ? String(expectedLines[n]) : "(the end)"
            let got = n < actualLines.count ? String(actualLines[n]) : "(the end)"
            return fail("the trace differs from \(resolved) at line \(n + 1): expected '\(want)', got '\(got)'")
        }
    }

    /// `account-management 0.72, system-selling 0.40, transactional capped`.
    func describe(_ t: TopicResult) -> String {
        let shown = t.values.filter { $0.certainty != 0 }.prefix(4).map { v in
            v.value + " " + DecimalText.fixed(v.certainty, 2) + (v.cappedBy != nil ? " (capped)" : "")
        }
        if shown.isEmpty { return "no value concluded" }
        return (t.isTie ? "a tie: " : "") + shown.joined(separator: ", ")
    }

    /// `ranking: webshop 4.10, continue-as-is 3.00; knocked out: expand`.
    func ranking(_ report: Report) -> String {
        guard let options = report.options?.options, !options.isEmpty else { return "no options ranked" }
        let kept = options.filter { !$0.rejected }.sorted { $0.rank < $1.rank }.map {
            "\($0.name) \(DecimalText.fixed($0.total, 2))"
        }
        let out = options.filter(\.rejected).map(\.name)
        return "ranking: " + (kept.isEmpty ? "none" : kept.joined(separator: ", "))
            + (out.isEmpty ? "" : "; knocked out: " + out.joined(separator: ", "))
    }

    func whyNot(_ topic: String, _ value: String, _ run: Evaluation.Run) -> String? {
        guard let w = try? Explainer(evaluation: evaluation, run: run).whyNot(topic: topic, value: value) else {
            return nil
        }
        return ExplanationText(language: .en).whyNot(w)
    }
}
