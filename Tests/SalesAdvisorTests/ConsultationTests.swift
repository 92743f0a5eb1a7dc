import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

@testable import RuleEngine

/// What a run leaves: every live fact (template, slots, certainty), the agenda and every conclusion.
func fingerprint(_ run: Evaluation.Run) -> [String] {
    let e = run.engine
    let facts = e.facts.map { f in "\(f.template) \(f.slots.map { $0.rendered(e.symbols) }) \(f.certainty)" }
    let agenda = e.agendaListing.map { "agenda \($0.rule) \($0.factIDs)" }
    let conclusions = e.conclusions.map { "\($0.template)=\($0.value.rendered(e.symbols)) \($0.certainty)" }
    return facts + agenda + conclusions
}

/// The goals' conclusions (every value with its certainty).
func goalConclusions(_ run: Evaluation.Run, kb: KnowledgeBase) -> [String] {
    let goals = Set(kb.ruleBase.goals.map(\.attribute))
    return run.engine.conclusions.filter { goals.contains($0.template) }
        .map { "\($0.template)=\($0.value.rendered(run.engine.symbols)) \($0.certainty)" }.sorted()
}

@Suite("consultation")
struct ConsultationTests {
    @Test("answers by number, name, label in either language and unique prefix, with a certainty")
    func answerMatching() throws {
        let q = try #require(bundledKB.question("complexity"))
        let m = AnswerMatcher(question: q, kb: bundledKB)
        #expect(m.match("3") == .value("high", certainty: 1))
        #expect(m.match("HIGH") == .value("high", certainty: 1))
        #expect(m.match("hoog") == .value("high", certainty: 1))
        #expect(m.match("gem") == .value("medium", certainty: 1))
        #expect(m.match("high 0.7") == .value("high", certainty: 0.7))
        #expect(m.match("hoog 0,7") == .value("high", certainty: 0.7))
        #expect(m.match("low -0.5") == .value("low", certainty: -0.5))
        #expect(m.match("high 2") == .badCertainty("2"))
        #expect(m.match("hoog 70%") == .badCertainty("70%"))
        #expect(m.match("high 0.7x") == .badCertainty("0.7x"))
        // Certainties as people write them, and nothing else Swift's Double would read.
        #expect(m.match("high .5") == .value("high", certainty: 0.5))
        #expect(m.match("high +1") == .value("high", certainty: 1))
        if case .value(_, let zero) = m.match("high -0") {
            #expect(zero == 0 && zero.sign == .plus, "-0 is kept as 0")
        } else {
            Issue.record("-0")
        }
        for odd in ["0x1p-3", "1e-1", "5e-1", "0.5.5", "--0.5", "0-5", "٠.٥"] {
            #expect(m.match("high \(odd)") == .badCertainty(odd), "\(odd)")
        }
        for word in ["nan", "inf", "infinity"] {
            #expect(m.match("high \(word)") == .noMatch(suggestion: "high"), "\(word)")
        }
        // A trailing word without a digit is not a certainty: the whole line is no answer.
        #expect(m.match("high sure") == .noMatch(suggestion: "high"))
        let purchase = try #require(bundledKB.question("buy-class"))
        #expect(
            AnswerMatcher(question: purchase, kb: bundledKB).match("nieuwe taak") == .noMatch(suggestion: "new-task"))
        #expect(m.match("hgh") == .noMatch(suggestion: "high"))
        #expect(m.match("4") == .noMatch(suggestion: nil))
        let c = try #require(bundledKB.question("customer-class"))
        #expect(AnswerMatcher(question: c, kb: bundledKB).match("d") == .value("d", certainty: 1))
        let centre = try #require(bundledKB.question("buying-centre"))
        #expect(
            AnswerMatcher(question: centre, kb: bundledKB).match("sev")
                == .ambiguous(["multi-function", "multi-level"]))
        let yes = try #require(bundledKB.question("price-buyer"))
        #expect(AnswerMatcher(question: yes, kb: bundledKB).match("j") == .value("yes", certainty: 1))
        #expect(AnswerMatcher(question: yes, kb: bundledKB).match("n") == .value("no", certainty: 1))
    }

    @Test("prompt commands in English and Dutch; anything else is an answer")
    func commands() {
        #expect(PromptCommand.parse("?") == PromptCommand(.help))
        #expect(PromptCommand.parse("Why") == PromptCommand(.why))
        #expect(
            PromptCommand.parse("waarom niet approach=transactional")
                == PromptCommand(.whyNot, "approach=transactional"))
        #expect(PromptCommand.parse("how approach") == PromptCommand(.how, "approach"))
        #expect(PromptCommand.parse("terug") == PromptCommand(.back))
        #expect(PromptCommand.parse("change risk") == PromptCommand(.change, "risk"))
        #expect(PromptCommand.parse("report advice.md") == PromptCommand(.report, "advice.md"))
        #expect(PromptCommand.parse("onbekend") == PromptCommand(.unknown))
        #expect(PromptCommand.parse("high") == nil)
        #expect(PromptCommand.parse("back up") == nil)
    }

    @Test("session files round-trip; a cut-off or foreign file is refused with a message")
    func sessionFiles() throws {
        let record = SessionRecord(
            knowledgeBase: SessionRecord.hash(bundledKB), language: .nl, scenario: "a b.scenario",
            steps: [
                .answer(Answer(question: "complexity", value: "high", certainty: 0.7)),
                .answer(Answer(question: "risk", value: nil, origin: .preset)),
                .offer(kind: "option", accepted: true),
                .instance(kind: "option", label: "Pay per use, with  two spaces"),
                .endOfList(kind: "option"),
                .slot(instance: 0, slot: "fit", value: "yes"),
                .slot(instance: 0, slot: "cost", value: nil),
            ])
        #expect(try SessionRecord.parse(record.text) == record)
        let text = record.text
        for cut in 0..<text.count - 1 {
            #expect(throws: SessionRecord.Failure.self) { try SessionRecord.parse(String(text.prefix(cut))) }
        }
        #expect(throws: SessionRecord.Failure.self) {
            try SessionRecord.parse("advisor-session 1\nanswer risk high 7\nend\n")
        }
        #expect(throws: SessionRecord.Failure.self) { try SessionRecord.parse("\u{0}\u{1}garbage") }
    }

    @Test("the needs index: a question is needed by the rules that read it and leads to the goals behind them")
    func needsIndex() throws {
        let kb = bundledKB
        let index = kb.needs
        let approach = try #require(kb.ruleBase.goals.firstIndex { $0.name == "approach" })
        let complexity = try #require(kb.question("complexity")).attribute
        #expect(!index.readers[complexity].isEmpty)
        #expect(index.readers[complexity].contains { index.leadsTo[$0.rule].contains(approach) })
        // Answered low, the rules that need complexity high are blocked for good; the others stay open.
        var state = ConsultationState(kb: kb)
        try state.set(Answer(question: "complexity", value: "low"))
        let run = try state.run()
        let final = run.engine.finalFacts(of: [complexity])
        for reader in index.readers[complexity] {
            let text = kb.ruleBase.conditionText(rule: reader.rule, condition: reader.condition) ?? ""
            if text == "complexity is high" {
                #expect(
                    run.engine.failsForGood(rule: reader.rule, condition: reader.condition, final: final), "\(text)")
            }
            if text == "complexity is low" {
                #expect(
                    !run.engine.failsForGood(rule: reader.rule, condition: reader.condition, final: final), "\(text)")
            }
        }
    }

    @Test("a precondition holds back a question until it holds, and drops it when it cannot")
    func preconditions() throws {
        var state = ConsultationState(kb: bundledKB)
        var needs = state.needs(in: try state.run().engine)
        #expect(needs.first { $0.question.name == "a-potential" }?.isAskable != true)
        try state.set(Answer(question: "customer-class", value: "b"))
        needs = state.needs(in: try state.run().engine)
        #expect(needs.first { $0.question.name == "a-potential" }?.isAskable == true)
        try state.set(Answer(question: "customer-class", value: "a"))
        needs = state.needs(in: try state.run().engine)
        #expect(!needs.contains { $0.question.name == "a-potential" })
    }

    @Test("back after any answer gives the same facts, agenda and conclusions as never having given it")
    func backIsExact() throws {
        var random = SplitMix64(seed: 42)
        for _ in 0..<60 {
            var state = ConsultationState(kb: bundledKB)
            let steps = 1 + random.below(8)
            for _ in 0..<steps {
                let needs = state.needs(in: try state.run().engine)
                guard let q = needs.first(where: \.isAskable)?.question else { break }
                let values = bundledKB.values(ofAttribute: q.attribute)
                let before = fingerprint(try state.run())
                let pick = random.below(values.count + 1)
                try state.set(Answer(question: q.name, value: pick == values.count ? nil : values[pick]))
                if random.below(3) == 0 {
                    #expect(
                        state.back()
                            == .answer(
                                Answer(question: q.name, value: pick == values.count ? nil : values[pick])))
                    #expect(fingerprint(try state.run()) == before)
                    try state.set(
                        Answer(question: q.name, value: pick == values.count ? nil : values[pick]))
                }
            }
        }
    }

    @Test("no question asked is irrelevant: some answer to it changes a goal's conclusions or which rules are open")
    func everyQuestionMatters() throws {
        var random = SplitMix64(seed: 7)
        var asked = 0
        for _ in 0..<25 {
            var state = ConsultationState(kb: bundledKB)
            while true {
                let run = try state.run()
                let needs = state.needs(in: run.engine)
                guard let need = needs.first(where: \.isAskable) else { break }
                let q = need.question
                asked += 1
                let goalsNow = goalConclusions(run, kb: bundledKB)
                var matters = false
                for value in bundledKB.values(ofAttribute: q.attribute) + [nil] {
                    var next = state
                    try next.set(Answer(question: q.name, value: value))
                    let after = try next.run()
                    let stillOpen = next.needs(in: after.engine).flatMap(\.rules)
                    let blocked = need.rules.contains {
                        after.engine.isBlockedForGood(rule: $0, final: after.engine.finalFacts(of: [q.attribute]))
                    }
                    if goalConclusions(after, kb: bundledKB) != goalsNow || blocked
                        || Set(stillOpen) != Set(needs.flatMap(\.rules))
                    {
                        matters = true
                        break
                    }
                }
                #expect(matters, "\(q.name) was asked but no answer to it changes anything")
                let values = bundledKB.values(ofAttribute: q.attribute)
                try state.set(Answer(question: q.name, value: values[random.below(values.count)]))
            }
        }
        #expect(asked > 100)
    }

    @Test("a question whose rules are all blocked is not asked; the consultation ends when none is left")
    func endsWhenNothingMatters() throws {
        var state = ConsultationState(kb: bundledKB)
        var count = 0
        while let q = state.needs(in: try state.run().engine).first(where: \.isAskable)?.question {
            try state.set(Answer(question: q.name, value: nil))
            count += 1
            #expect(count <= bundledKB.ruleBase.questions.count)
        }
        // Everything unknown: every remaining question is one no open rule needs.
        #expect(state.needs(in: try state.run().engine).allSatisfy { !$0.isAskable })
        #expect(count < bundledKB.ruleBase.questions.count)
    }
}

@Suite("consultation over logical chains")
struct LogicalChainConsultationTests {
    static let source = """
        enum yes-no { yes no }
        enum verdict-kind { go stop }
        ask signal: yes-no
          en "Is there a signal?"
        ask other: yes-no
          en "Anything else?"
        template b { }
        template c { }
        attribute verdict: verdict-kind
        goal verdict
        rule ab
          when
            logical signal is yes
          then
            assert b()
        end
        rule bc
          when
            logical b()
          then
            assert c()
        end
        rule go
          when
            c()
            other is yes
          then
            conclude verdict = go certainty 0.8
        end
        rule stop
          when
            not c()
          then
            conclude verdict = stop certainty 0.5
        end
        """

    func kb() throws -> KnowledgeBase {
        let loader = RuleLoader(root: "/chain") { $0 == "/chain/chain.rules" ? Self.source : nil }
        let result = loader.load(["/chain/chain.rules"])
        let base = try #require(result.ruleBase, "\(result.renderedDiagnostics)")
        return KnowledgeBase(ruleBase: base, origin: "chain")
    }

    /// An answer that rules out a chain's first rule rules out the chain, round by round: `ab`
    /// cannot fire, so `b` is closed, so `bc` cannot, so `c` is closed, so `go` cannot; `stop`'s
    /// `not c()` is never taken as blocked.
    @Test func anAnswerClosesTheWholeChain() throws {
        let kb = try kb()
        var state = ConsultationState(kb: kb)
        try state.set(Answer(question: "signal", value: "no"))
        let engine = try state.run().engine
        let final = Set(state.answers.compactMap { kb.question($0.question)?.attribute })
        let blocked = engine.blockedForGood(final: final, index: kb.needs)
        #expect(Set(blocked.map { kb.program.rules[$0].name }) == ["ab", "bc", "go"])
        // With `signal` not known for good, nothing is.
        #expect(engine.blockedForGood(final: [], index: kb.needs).isEmpty)
    }

    func rendered(_ run: Evaluation.Run) -> [String] {
        let printer = FactPrinter(program: run.engine.program, symbols: run.engine.symbols)
        return run.engine.facts.map { printer.render($0) }.sorted()
    }

    @Test("change withdraws the whole chain and brings back what its `not` blocked; back restores the state exactly")
    func changeAndBack() throws {
        var state = ConsultationState(kb: try kb())
        let fresh = try state.run()
        #expect(fresh.engine.checkInvariants() == [])
        #expect(top(fresh.report, "verdict") == "stop")
        try state.set(Answer(question: "signal", value: "yes"))
        try state.set(Answer(question: "other", value: "yes"))
        var run = try state.run()
        #expect(run.engine.checkInvariants() == [])
        #expect(rendered(run).contains("b()") && rendered(run).contains("c()"))
        #expect(top(run.report, "verdict") == "go")
        // change: the chain goes, the `not c()` rule fires again.
        try state.set(Answer(question: "signal", value: "no"))
        run = try state.run()
        #expect(run.engine.checkInvariants() == [])
        #expect(!rendered(run).contains("b()") && !rendered(run).contains("c()"))
        #expect(top(run.report, "verdict") == "stop")
        // back twice: the state of never having answered.
        _ = state.back()
        _ = state.back()
        let after = try state.run()
        #expect(fingerprint(after) == fingerprint(fresh))
    }

    @Test("a question is not asked once the chain its rules need is blocked for good")
    func blockedRulesAskNothing() throws {
        var state = ConsultationState(kb: try kb())
        #expect(state.needs(in: try state.run().engine).contains { $0.question.name == "other" })
        try state.set(Answer(question: "signal", value: "no"))
        // `other` is read only by `go`, which needs c(), which only `bc` makes from b(), which only
        // `ab` makes from signal = yes: with signal = no the whole chain is blocked, so `other` is
        // not worth asking.
        let needs = state.needs(in: try state.run().engine)
        #expect(needs.isEmpty, "\(needs.map(\.question.name))")
    }
}
