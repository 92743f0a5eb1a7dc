import RuleEngine
@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// Why not, how, why and what if on a small knowledge base with one rule per kind of cause, and
/// consistency checks on the bundled one.
@Suite struct ExplainerTests {
    static let source = """
        enum level { low medium high }
        enum yes-no { yes no }
        enum tier-kind { basic standard premium }
        template decided { topic: symbol  value: symbol }
        template cap { topic: symbol  value: symbol }
        ask size: level
          en "How large?" nl "Hoe groot?"
        ask blocker: yes-no
          en "Blocked?" nl "Geblokkeerd?"
        ask budget: level
          en "Budget?" nl "Budget?"
        attribute tier: tier-kind
        goal tier
          en "Tier" nl "Niveau"

        rule r-basic
          source T1 [T]
          when
            size is low
          then
            conclude tier = basic certainty 0.6
            because en "Small: basic." nl "Klein: basis."
        end

        rule r-standard
          source T2 [I]
          when
            size in [low medium]
          then
            conclude tier = standard certainty 0.3
            because en "Not large: standard." nl "Niet groot: standaard."
        end

        rule r-premium
          source T3 [P]
          when
            size is high
            not blocker is yes
          then
            conclude tier = premium certainty 0.7
            because en "Large and free: premium." nl "Groot en vrij: premium."
        end

        rule r-cap
          source T4 [I]
          when
            budget is low
          then
            assert cap(topic: tier, value: basic)
            because en "A low budget caps the tier." nl "Een laag budget begrenst het niveau."
        end
        """

    static let kb: KnowledgeBase = {
        let loader = RuleLoader(root: "/kb") { $0 == "/kb/test.rules" ? source : nil }
        let result = loader.load(["/kb/test.rules"])
        guard let base = result.ruleBase else { fatalError(result.renderedDiagnostics) }
        return KnowledgeBase(ruleBase: base, origin: "test")
    }()

    func explainer(_ answers: [String: String], kb: KnowledgeBase = ExplainerTests.kb) throws -> Explainer {
        let sets = try answers.sorted { $0.key < $1.key }.map {
            try ScenarioParser.parseSet("\($0.key)=\($0.value)").get()
        }
        let situation = try Situation(Scenario(name: "t"), sets: sets, kb: kb)
        let evaluation = Evaluation(kb: kb)
        return Explainer(evaluation: evaluation, run: try evaluation.run(situation))
    }

    func outcome(_ w: WhyNot, _ rule: String) throws -> WhyNot.RuleOutcome {
        try #require(w.rules.first { $0.reason.rule == rule })
    }

    @Test func failedConstraintNamesTheValueThatFailedIt() throws {
        let w = try explainer(["size": "low"]).whyNot(topic: "tier", value: "premium")
        guard case .notConcluded = w.status else {
            Issue.record("expected notConcluded")
            return
        }
        let premium = try outcome(w, "r-premium")
        #expect(!premium.fired)
        guard case .failedCondition(let condition, let actual)? = premium.blocker else {
            Issue.record("expected a failed condition")
            return
        }
        #expect(condition == "size is high")
        #expect(actual.map(\.fact) == ["size is low"])
        #expect(actual.first?.origin == .answer)
        // One answer would change it: size = high.
        #expect(w.changes.count == 1)
        #expect(w.changes.first?.answers.map { "\($0.question)=\($0.to)" } == ["size=high"])
        #expect(w.changes.first?.answers.first?.from == "low")
    }

    @Test func notBlockedByAnAnswer() throws {
        let w = try explainer(["size": "high", "blocker": "yes"]).whyNot(topic: "tier", value: "premium")
        guard case .blockedBy(let condition, let fact, let origin)? = try outcome(w, "r-premium").blocker else {
            Issue.record("expected blockedBy")
            return
        }
        #expect(condition == "not blocker is yes")
        #expect(fact == "blocker is yes")
        #expect(origin == .answer)
        #expect(w.changes.first?.answers.map { "\($0.question)=\($0.to)" } == ["blocker=no"])
    }

    @Test func heldBackByACap() throws {
        let w = try explainer(["size": "medium", "budget": "low"]).whyNot(topic: "tier", value: "standard")
        guard case .capped(let certainty, let cap, _, let reason) = w.status else {
            Issue.record("expected capped, got \(w.status)")
            return
        }
        #expect(abs(certainty - 0.3) < 1e-9)
        #expect(cap == "basic")
        #expect(reason.rule == "r-cap")
        #expect(reason.because["en"] == "A low budget caps the tier.")
        #expect(try outcome(w, "r-standard").fired)
    }

    @Test func lostOnCertainty() throws {
        let w = try explainer(["size": "low"]).whyNot(topic: "tier", value: "standard")
        guard case .lowerCertainty(let certainty, let top, _, let topCertainty) = w.status else {
            Issue.record("expected lowerCertainty")
            return
        }
        #expect(abs(certainty - 0.3) < 1e-9)
        #expect(top == "basic")
        #expect(abs(topCertainty - 0.6) < 1e-9)
        let standard = try outcome(w, "r-standard")
        #expect(standard.fired)
        #expect(abs(standard.reason.amount - 0.3) < 1e-9)
        // Raising it to the top takes a different size (medium: only r-standard concludes).
        #expect(w.changes.first?.answers.map { "\($0.question)=\($0.to)" } == ["size=medium"])
    }

    @Test func unknownTopicsAndValuesAreInputErrors() throws {
        let e = try explainer(["size": "low"])
        #expect(throws: InputError.self) { try e.whyNot(topic: "teir", value: "basic") }
        #expect(throws: InputError.self) { try e.whyNot(topic: "tier", value: "gold") }
        #expect(throws: InputError.self) { try e.why(question: "sise") }
    }

    @Test func whyNamesTheRulesThatNeedAnAnswer() throws {
        let w = try explainer(["size": "high"]).why(question: "blocker")
        #expect(w.needs.map(\.reason.rule) == ["r-premium"])
        let need = try #require(w.needs.first)
        #expect(need.concludes == ["tier = premium"])
        #expect(need.goals == ["tier"])
        #expect(need.conditions.map(\.text) == ["size is high", "not blocker is yes"])
        #expect(need.conditions[0].holds == true)
        #expect(need.conditions[1].isThisQuestion)
    }

    @Test func howShowsEveryContributionWithArithmeticThatAddsUp() throws {
        let e = try explainer(
            [
                "complexity": "high", "risk": "medium", "added-value": "high", "value-strategy": "customer-intimacy",
                "customer-class": "a", "wants-advice": "yes", "buying-centre": "multi-level",
            ], kb: bundledKB)
        let approach = try #require(e.run.report.topic("approach")?.top)
        let node = try #require(e.how(topic: "approach", value: approach.value))
        #expect(node.steps.count == approach.contributions.count)
        var certainty = 0.0
        for step in node.steps {
            #expect(abs(step.reason.before - certainty) < 1e-12)
            #expect(abs(step.reason.amount - step.reason.ruleCertainty * step.reason.premise) < 1e-12)
            #expect(abs(step.reason.after - Certainty.combine(step.reason.before, step.reason.amount)) < 1e-12)
            certainty = step.reason.after
            #expect(!step.premises.isEmpty)
            #expect(step.premises.allSatisfy { $0.origin == .answer && $0.steps.isEmpty })
        }
        #expect(abs(certainty - node.certainty) < 1e-12)
    }

    @Test func howFollowsDecisionsAndDerivedFacts() throws {
        let text = try #require(
            FileSystem.contents(of: repositoryPath("rules/scenarios/office-supplies-reseller.scenario")))
        let situation = try Situation(try ScenarioParser.parse(text, file: "o").get(), kb: bundledKB)
        let evaluation = Evaluation(kb: bundledKB)
        let e = Explainer(evaluation: evaluation, run: try evaluation.run(situation))
        // MBE leans on the decided approach (F5): the tree goes through the advisor's decision.
        let leadership = try #require(e.how(topic: "leadership", value: "mbe"))
        let f5 = try #require(leadership.steps.first { $0.reason.rule == "f5-transactional-junior" })
        let decision = try #require(f5.premises.first { $0.origin == .decided })
        #expect(decision.steps.first?.premises.first?.value == "transactional")
        // The warning of A7 rests on the customer class.
        let warning = try #require(e.how(topic: "warning", value: "low-value-channel"))
        #expect(warning.steps.first?.premises.first?.fact == "customer-class is c")
    }

    @Test func factsRetractedOnTheWayAreMarked() throws {
        let source =
            Self.source + """

                template counter { n: integer }
                facts
                  counter(n: 0)
                end

                rule r-count
                  source T5 [I]
                  when
                    c: counter(n: 0)
                    size is medium
                  then
                    conclude tier = standard certainty 0.4
                    because en "Counted." nl "Geteld."
                    modify c(n: 1)
                end
                """
        let loader = RuleLoader(root: "/kb") { $0 == "/kb/test.rules" ? source : nil }
        let result = loader.load(["/kb/test.rules"])
        let base = try #require(result.ruleBase, "\(result.renderedDiagnostics)")
        let kb = KnowledgeBase(ruleBase: base, origin: "test")
        let node = try #require(try explainer(["size": "medium"], kb: kb).how(topic: "tier", value: "standard"))
        let step = try #require(node.steps.first { $0.reason.rule == "r-count" })
        let counter = try #require(step.premises.first { $0.fact.hasPrefix("counter") })
        #expect(counter.fact == "counter(n: 0)")
        #expect(counter.retracted)
        #expect(counter.origin == .knowledgeBase)
        #expect(step.premises.first { $0.fact == "size is medium" }?.retracted == false)
        let text = ExplanationText(language: .en).how([node], title: "How")
        #expect(text.contains("from: counter(n: 0) (knowledge base, retracted later)"))
    }

    @Test func whatIfMatchesFreshRuns() throws {
        let e = try explainer(
            [
                "complexity": "high", "risk": "medium", "added-value": "medium", "customer-class": "b",
                "service-needed": "yes",
                "value-strategy": "product-leadership", "team-experience": "experienced", "work-type": "varied",
            ],
            kb: bundledKB)
        let w = try e.whatIf()
        #expect(w.runs == w.items.count)
        #expect(w.items.count == 2 + 2 + 2 + 3 + 2 + 1 + 2 + 1)
        let changing = w.items.filter { !$0.changes.isEmpty }
        #expect(!changing.isEmpty)
        // A C customer is capped at transactional selling.
        let toC = try #require(w.items.first { $0.question == "customer-class" && $0.alternative == "c" })
        #expect(toC.changes.contains { $0.goal == "approach" && $0.to == "transactional" })
        // Every reported change is what a fresh evaluation gives.
        for item in changing {
            let situation = try e.run.situation.with(answer: item.question, value: item.alternative, kb: bundledKB)
            let fresh = try Evaluation(kb: bundledKB).evaluate(situation)
            for c in item.changes { #expect(fresh.topic(c.goal)?.top?.value == c.to) }
        }
    }
}
