import RuleLanguage

extension KnowledgeBase {
    /// The knowledge base built into the library (`rules/sales`), loaded once.
    public static let bundled: KnowledgeBase = {
        // The bundled files are checked by the tests: they always load.
        guard let kb = KnowledgeBase.load(folder: nil).0 else {
            preconditionFailure("the bundled knowledge base does not load")
        }
        return kb
    }()

    /// The advice for one customer situation, from answers by question name (`complexity`: `high`):
    /// goals with certainties and reasons, points of attention, KPIs, the plan outline. Render it
    /// with ``TextReport``, ``MarkdownReport`` or ``JSONReport`` in English or Dutch.
    ///
    /// ```swift
    /// let report = try KnowledgeBase.bundled.advice(["complexity": "high", "risk": "high", "added-value": "high"])
    /// print(report.topic("approach")?.top?.value ?? "-")   // strategic-relationship
    /// ```
    /// - Throws: ``InputError`` naming an unknown question or value (with the allowed ones), or a
    ///   rule that failed.
    public func advice(_ answers: [String: String], title: String? = nil) throws(InputError) -> Report {
        var scenario = Scenario(name: "situation")
        scenario.title = title
        let place = Scenario.Place(file: "answers", line: 0, column: 0)
        let given = answers.sorted { $0.key < $1.key }.map {
            Answer(question: $0.key, value: $0.value, certainty: 1, origin: .written(at: place, value: place))
        }
        let situation = try Situation(scenario, sets: given, kb: self)
        do {
            return try Evaluation(kb: self).evaluate(situation)
        } catch {
            throw InputError(error.message)
        }
    }

    /// The advice for a situation built in code (``SituationBuilder``).
    public func advice(for situation: Situation) throws(InputError) -> Report {
        do {
            return try Evaluation(kb: self).evaluate(situation)
        } catch {
            throw InputError(error.message)
        }
    }

    /// The advice for many accounts at once, on every core, in their order: each report is named
    /// by its account's `id`, so results match their inputs; an account whose answers do not fit
    /// gets its error instead. Each core keeps one engine for its accounts, and accounts with the
    /// same answers are run once (as `advisor evaluate` does with an export).
    public func advice(
        forAccounts accounts: [(id: String, answers: [String: String])]
    ) -> [Result<Report, InputError>] {
        let evaluation = Evaluation(kb: self)
        let work: @Sendable (inout BatchWorker, Account) -> Result<Report, InputError> = { worker, account in
            Result { () throws(InputError) -> Report in
                var builder = SituationBuilder(name: account.id)
                for (question, value) in account.answers.sorted(by: { $0.key < $1.key }) {
                    builder.answer(question, value)
                }
                let situation = try builder.build(kb: self)
                do throws(Evaluation.Failure) {
                    return try worker.report(situation)
                } catch {
                    throw InputError(error.message)
                }
            }
        }
        return Parallel.map(
            accounts.map { Account(id: $0.id, answers: $0.answers) }, state: { BatchWorker(evaluation) },
            transform: work)
    }
}

/// One account of a batch: its id and answers.
private struct Account: Sendable {
    let id: String
    let answers: [String: String]
}
