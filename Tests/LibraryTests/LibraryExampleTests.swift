import Foundation
import RuleLanguage
@_spi(Tooling) import SalesAdvisor
import Testing

/// The examples of docs/library.md, run here; a test checks that the page shows this code as it
/// stands between the markers, so the page cannot drift from code that compiles and works.
@Suite struct LibraryExampleTests {
    @Test func theTenLineExampleRuns() throws {
        // example: rules
        let program = try RuleProgram(
            source: """
                template customer { name: symbol  risk: integer }
                rule risky
                  when customer(name: $n, risk: > 5)
                  then print "watch " $n
                end
                """)
        let session = program.makeSession()
        try session.assert("customer", ["name": "acme", "risk": 8])
        try session.run()
        print(session.output, terminator: "")  // watch acme
        // end
        #expect(session.output == "watch acme\n")
        #expect(session.trace.map(\.rule) == ["risky"])
        #expect(session.facts("customer").first?.slots["risk"] == 8)
    }

    @Test func theAdviceExampleRuns() throws {
        // example: advice
        let report = try KnowledgeBase.bundled.advice(["complexity": "high", "risk": "high", "added-value": "high"])
        let approach = report.topic("approach")?.top
        print(approach?.value ?? "-", approach?.certainty ?? 0)  // strategic-relationship 0.98…
        print(TextReport(language: .nl).render(report))  // the whole advice, in Dutch
        // end
        #expect(approach?.value == "strategic-relationship")
        #expect((approach?.certainty ?? 0) > 0.98 && (approach?.certainty ?? 1) < 0.99, "the page says 0.98…")
    }

    @Test func theConsultationExampleRuns() throws {
        // example: consultation
        var consultation = ConsultationSession(state: ConsultationState(kb: .bundled), language: .en)
        while true {
            let current = try consultation.current()
            guard case .prompt(let prompt) = consultation.turn(current) else { continue }  // a full list ended
            if case .advice = prompt.place { break }
            let reply = consultation.reply(to: "2", at: prompt, current)  // what the user typed at prompt.prompt
            for case .warning(let text) in reply.blocks { print(text) }  // then the same prompt again
        }
        let advice = try consultation.current().run.report
        print(advice.topic("approach")?.top?.value ?? "-")  // transactional
        // end
        #expect(consultation.state.answers.count > 10 && consultation.state.answers.allSatisfy { $0.value != nil })
        #expect(advice.topic("approach")?.top?.value == "transactional")
    }

    @Test func theAccountsExampleRuns() throws {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // example: accounts
        let kb = KnowledgeBase.bundled
        let accounts = [
            (id: "acme", answers: ["complexity": "high", "risk": "high", "added-value": "high"]),
            (id: "bolt", answers: ["complexity": "low", "risk": "hgh"]),
        ]
        for result in kb.advice(forAccounts: accounts) {
            switch result {
            case .success(let report):  // acme strategic-relationship
                print(report.name, report.topic("approach")?.top?.value ?? "-")
            case .failure(let error):  // bolt, answer risk: 'hgh' is not a value of risk; …
                print(error)
            }
        }
        // end
        #expect(printed.first == "acme strategic-relationship")
        #expect(
            printed.last?.hasPrefix("bolt, answer risk: 'hgh' is not a value of risk; did you mean 'high'?") == true,
            "\(printed)")
        // Many accounts keep their order and ids, on every core.
        let many = (0..<50).map { (id: "a\($0)", answers: ["complexity": ["low", "high"][$0 % 2]]) }
        let reports = kb.advice(forAccounts: many).compactMap { try? $0.get() }
        #expect(reports.map(\.name) == many.map(\.id))
        // Each the advice of its own answers, though accounts with the same answers run once.
        for (report, account) in zip(reports, many) {
            let own = try kb.advice(account.answers)
            #expect(report.topic("approach")?.top?.value == own.topic("approach")?.top?.value)
            #expect(report.topic("approach")?.top?.certainty == own.topic("approach")?.top?.certainty)
            #expect(report.firings == own.firings && report.topics.count == own.topics.count)
        }
    }

    @Test func theBuilderExampleRuns() throws {
        // example: builder
        var builder = SituationBuilder(name: "acme")
        builder.answer("complexity", "high")
        builder.answer("risk", "medium", certainty: 0.7)
        builder.fact("option", ["name": "pay-per-use", "title": "Pay per use", "fit": "yes"])
        let report = try KnowledgeBase.bundled.advice(for: builder.build(kb: .bundled))
        print(report.name, report.options?.winner?.name ?? "-")  // acme pay-per-use (ahead of the status quo)
        // end
        #expect(report.name == "acme" && report.options?.winner?.name == "pay-per-use")
        #expect(report.options?.options.map(\.name) == ["pay-per-use", "continue-as-is"])
        #expect(report.answers.contains { $0.name == "risk" && $0.value == "medium" })
        var wrong = SituationBuilder(name: "x")
        wrong.answer("complexty", "high")
        wrong.fact("optoin", ["name": "a"])
        do {
            _ = try wrong.build(kb: .bundled)
            Issue.record("no error")
        } catch {
            #expect(
                error.description.contains(
                    "x, answer complexty: unknown answer 'complexty'; did you mean 'complexity'?"), "\(error)")
            #expect(
                error.description.contains("x, optoin 1: unknown kind of fact 'optoin'; did you mean 'option'?"),
                "\(error)")
        }
    }

    @Test func theDocumentExampleRuns() throws {
        // example: document
        let report = try KnowledgeBase.bundled.advice(
            ["complexity": "high", "risk": "high", "added-value": "high"], title: "Hotel De Zon")
        let info = DocumentInfo(date: "2026-12-07", preparedBy: "Anna Jansen")
        let document = DocumentBuilder(language: .en).document(report, info: info)
        print(document.title, "|", document.goals[0].label, "|", document.goals[0].value ?? "-")
        // Sales plan: Hotel De Zon | Recommended sales approach | strategic relationship
        let page = HTMLRenderer(language: .nl, info: info).render([report])  // one self-contained page
        // end
        #expect(document.title == "Sales plan: Hotel De Zon")
        #expect(document.goals.first?.value == "strategic relationship")
        #expect(document.plan.count == 10)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<h1>Hotel De Zon</h1>"))
    }

    @Test func errorsSayWhatIsWrong() throws {
        #expect(throws: RuleProgramError.self) { try RuleProgram(source: "rule x when") }
        do {
            _ = try RuleProgram(source: "template t { a: integer }\nrule r\n  when t(b: 1)\n  then halt\nend\n")
            Issue.record("no error")
        } catch {
            #expect(error.description.hasPrefix("program.rules:3:"), "\(error)")
            #expect(error.description.contains("^"), "a caret under the place")
        }
        let session = try RuleProgram(source: "template t { a: integer }").makeSession()
        #expect(throws: SessionError.self) { try session.assert("u", [:]) }
        do {
            try session.assert("t", ["a": "x"])
            Issue.record("no error")
        } catch {
            #expect("\(error)" == "'t.a' does not take x")
        }
        do {
            _ = try KnowledgeBase.bundled.advice(["complexity": "hgh"])
            Issue.record("no error")
        } catch {
            #expect(error.message.contains("did you mean 'high'"), "\(error.message)")
        }
    }

    /// docs/library.md shows each example exactly as this file runs it.
    @Test(arguments: ["rules", "advice", "consultation", "accounts", "builder", "document"])
    func thePageShowsTheTestedCode(_ name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/library.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "        // example: \(name)"))
        let end = try #require(lines[start...].firstIndex(of: "        // end"))
        let code = lines[(start + 1)..<end].map { String($0.dropFirst(8)) }.joined(separator: "\n")
        #expect(
            page.contains("```swift\n" + code + "\n```"),
            "docs/library.md does not show the '\(name)' example as tested:\n\(code)")
    }
}

/// The rest of a session's surface (docs/library.md): conclusions with their rules, scores,
/// retracting, and the literal forms of slot values.
@Suite struct LibrarySessionTests {
    @Test func conclusionsScoresAndRetract() throws {
        let program = try RuleProgram(
            source: """
                enum level { low medium high }
                enum approach-kind { transactional system-selling }
                attribute complexity: level
                attribute approach: approach-kind
                template option { name: symbol  cost: number }
                rule simple
                  when complexity is low
                  then conclude approach = transactional certainty 0.7
                end
                rule no-system
                  when complexity is low
                  then conclude approach = system-selling certainty -0.4
                end
                rule cheap
                  when option(name: $o, cost: < 50)
                  then score $o feasibility 2
                end
                """)
        let session = program.makeSession()
        let id = try session.assert("complexity", ["value": "low"], certainty: 0.8)
        try session.assert("option", ["name": "webshop", "cost": 12.5])
        try session.run()
        let all = session.conclusions()
        #expect(all.map(\.value) == ["transactional", "system-selling"])
        #expect(all.first?.rules == ["simple"] && abs((all.first?.certainty ?? 0) - 0.56) < 1e-9)
        #expect(session.conclusions("complexity").isEmpty)
        #expect(session.scores["webshop"]?["feasibility"] == 2)
        #expect(try session.retract(id))
        #expect(!(try session.retract(id)))
        #expect(throws: SessionError.self) { try session.assert("option", ["nme": "x"]) }
        #expect(SlotValue.number(1.5).description == "1.5")
    }
}
