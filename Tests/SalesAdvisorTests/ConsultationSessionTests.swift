import RuleLanguage
import SalesAdvisor
import Testing

/// A consultation held without a terminal, as a second front end would hold it: lines go in,
/// ``ConsultationReply`` values come out, and the session's steps are the only state.
struct ConsultationSessionTests {
    /// A session on the bundled knowledge base.
    static func session(_ language: Language = .en) -> ConsultationSession {
        ConsultationSession(state: ConsultationState(kb: bundledKB), language: language)
    }

    /// The question the session asks now.
    static func question(_ s: ConsultationSession) throws -> ConsultationState.Need {
        let current = try s.current()
        guard case .question(let need)? = s.next(current) else { throw Stop() }
        return need
    }

    struct Stop: Error {}

    /// Answers the question asked now with `line`.
    static func answer(_ s: inout ConsultationSession, _ line: String) throws -> ConsultationReply {
        let need = try question(s)
        return s.answer(line, to: need.question)
    }

    /// Types `line` as a command at the question asked now.
    static func command(_ s: inout ConsultationSession, _ line: String) throws -> ConsultationReply {
        let need = try question(s)
        let command = try #require(PromptCommand.parse(line))
        return s.perform(command, at: need, try s.current())
    }

    /// Every text a reply's blocks hold, for reading in a failure.
    static func texts(_ reply: ConsultationReply) -> [String] {
        reply.blocks.compactMap {
            switch $0 {
            case .heading(let s), .note(let s), .paragraph(let s), .indented(let s), .line(let s), .warning(let s),
                .warningLine(let s):
                s
            case .choices(let items): items.joined(separator: " | ")
            case .commands(let verbs): verbs.map { $0.entry.words.en }.joined(separator: " ")
            case .why, .how, .whyNot, .whyNotOption: nil
            }
        }
    }

    @Test func theCustomerIsAskedFirstWhenTheFrontEndWantsIt() throws {
        var s = Self.session(.nl)
        s.asksCustomer = true
        guard case .prompt(let prompt) = s.turn(try s.current()), case .customer = prompt.place else {
            Issue.record("no customer prompt first")
            return
        }
        #expect(prompt.prompt == "Klant> ")
        let refused = s.reply(to: "Hotel \u{1B}[31mDe Zon", at: prompt, try s.current())
        #expect(Self.texts(refused).joined().contains("stuurteken") && s.customer == nil)
        let help = s.reply(to: "hulp", at: prompt, try s.current())
        #expect(Self.texts(help).joined().contains("Voor wie is het advies?") && s.customer == nil)
        let named = s.reply(to: "Hotel De Zon", at: prompt, try s.current())
        #expect(named.changed && s.customer == "Hotel De Zon" && s.record.customer == "Hotel De Zon")
        #expect(try s.current().run.report.title == "Hotel De Zon")
        guard case .prompt(let next) = s.turn(try s.current()), case .question = next.place else {
            Issue.record("the questions do not follow")
            return
        }
        // Left out with an empty line: asked once, not again.
        var t = Self.session()
        t.asksCustomer = true
        guard case .prompt(let p) = t.turn(try t.current()) else { return }
        _ = t.reply(to: "", at: p, try t.current())
        #expect(t.customer == nil && !t.asksCustomer)
    }

    @Test func anObjectiveIsSetReplacedAndARefusedOneChangesNothing() throws {
        var s = Self.session(.nl)
        #expect(try Self.command(&s, "doelstelling omzet +8% in 2027").changed)
        let refused = try Self.command(&s, "doelstelling omzet +9\u{1B}[31m%")
        #expect(!refused.changed && Self.texts(refused).joined().contains("stuurteken"))
        #expect(s.objectives == [Objective(kind: .turnover, target: "+8% in 2027")])
        _ = try Self.command(&s, "objective turnover +10%")
        #expect(s.objectives == [Objective(kind: .turnover, target: "+10%")])
        let wrong = try Self.command(&s, "doelstelling omzt 5%")
        #expect(!wrong.changed && Self.texts(wrong).joined().contains("omzet, marge, klantbehoud, aandeel"))
        _ = try Self.command(&s, "doelstelling omzet")
        #expect(s.objectives.isEmpty)
        let list = try Self.command(&s, "doelstelling")
        #expect(Self.texts(list).first == "Verkoopdoelstellingen voor het plan: –")
    }

    @Test func anAnswerChangesTheStepsAndAMistakeDoesNot() throws {
        var s = Self.session()
        let wrong = try Self.answer(&s, "zzz")
        #expect(!wrong.changed)
        #expect(s.state.steps.isEmpty)
        guard case .stay = wrong.next, case .warning(let text) = wrong.blocks.first else {
            Issue.record("\(wrong)")
            return
        }
        #expect(text.contains("'zzz' is not an answer to this question"))
        let right = try Self.answer(&s, "2")
        #expect(right.changed && s.state.steps.count == 1)
        guard case .ask = right.next else {
            Issue.record("\(right.next)")
            return
        }
        let bad = try Self.answer(&s, "1 7")
        #expect(Self.texts(bad).first?.hasPrefix("A certainty is a number from -1 to 1, found '7'") == true)
    }

    @Test func backTakesBackTheLastStepAndSaysWhich() throws {
        var s = Self.session(.nl)
        #expect(Self.texts(try Self.command(&s, "terug")) == ["Er is niets terug te nemen."])
        _ = try Self.answer(&s, "3")
        let back = try Self.command(&s, "back")
        #expect(back.changed && s.state.steps.isEmpty)
        #expect(Self.texts(back).first?.hasPrefix("Teruggenomen: Klantwaardestrategie: klantenpartnerschap") == true)
    }

    @Test func helpListsTheCommandsAndDropOnlyWhileAnswersAreSetAside() throws {
        var s = Self.session()
        let help = try Self.command(&s, "?")
        guard case .commands(let verbs)? = help.blocks.last else {
            Issue.record("\(help.blocks)")
            return
        }
        #expect(!verbs.contains(.drop) && verbs.contains(.quit) && verbs.count == PromptCommand.Verb.allCases.count - 1)
        #expect(Self.texts(help).first == "Which customer value strategy does your company follow?")
        #expect(Self.texts(try Self.command(&s, "drop")) == [ConsultationPhrases(language: .en)[.nothingSetAside]])
        s.setAside = ["answer risk = high"]
        guard case .commands(let all)? = try Self.command(&s, "help").blocks.last else { return }
        #expect(all == PromptCommand.Verb.allCases)
        let drop = try Self.command(&s, "drop")
        #expect(drop.changed && s.setAside.isEmpty && Self.texts(drop).last == "  answer risk = high")
    }

    @Test func explanationsComeAsDataAndMistakesAsWarnings() throws {
        var s = Self.session()
        guard case .why(let why, let lead)? = try Self.command(&s, "why").blocks.first else {
            Issue.record("why")
            return
        }
        #expect(why.question == "value-strategy" && lead.hasPrefix("This answer is needed"))
        _ = try Self.answer(&s, "2")
        guard case .how(let nodes, let title)? = try Self.command(&s, "how approach").blocks.first else {
            Issue.record("how")
            return
        }
        #expect(!nodes.isEmpty && title == "How: Recommended sales approach")
        guard case .whyNot(let w)? = try Self.command(&s, "why not approach=transactional").blocks.first else {
            Issue.record("why not")
            return
        }
        #expect(w.value == "transactional")
        let typo = Self.texts(try Self.command(&s, "how aproach"))
        #expect(typo.first?.contains("did you mean 'Recommended sales approach'?") == true, "\(typo)")
        #expect(
            Self.texts(try Self.command(&s, "why not approach")) == [ConsultationPhrases(language: .en)[.whyNotForm]])
        let answered = Self.texts(try Self.command(&s, "how value-strategy"))
        #expect(answered.first?.contains("product leadership") == true, "\(answered)")
    }

    @Test func changeAsksAgainAndSaysWhatChanged() throws {
        var s = Self.session()
        _ = try Self.answer(&s, "2")
        let change = try Self.command(&s, "change 1")
        guard case .askAgain(let q) = change.next else {
            Issue.record("\(change.next)")
            return
        }
        #expect(q.name == "value-strategy")
        #expect(Self.texts(change).first == "Customer value strategy: product leadership")
        let before = try s.current()
        let notAnAnswer = s.change(q, to: "summary", from: before)
        #expect(!notAnAnswer.changed && Self.texts(notAnAnswer).first?.hasPrefix("type one of: 1 ") == true)
        let changed = s.change(q, to: "3", from: before)
        #expect(changed.changed && s.state.answer("value-strategy")?.value == "customer-intimacy")
        #expect(Self.texts(changed).contains("The advice changes:"), "\(Self.texts(changed))")
        let unknown = s.change(q, to: "unknown", from: try s.current())
        #expect(unknown.changed && s.state.answer("value-strategy")?.value == nil)
        #expect(Self.texts(try Self.command(&s, "change zzz")).first?.hasPrefix("Unknown question 'zzz'") == true)
        #expect(
            Self.texts(try Self.command(&s, "change")).first
                == "Which answer? Type change with its number or name, one of: 1 Customer value strategy")
    }

    @Test func filesAreAskedForNotWritten() throws {
        var s = Self.session()
        _ = try Self.answer(&s, "2")
        guard case .write(let report) = try Self.command(&s, "report advice.md").next else {
            Issue.record("report")
            return
        }
        #expect(report.kind == .report && report.path == "advice.md" && report.contents.hasPrefix("# "))
        guard case .write(let copy) = try Self.command(&s, "bewaar kopie.session").next else {
            Issue.record("save")
            return
        }
        #expect(copy.kind == .session && copy.contents == s.record.text)
        #expect(Self.texts(try Self.command(&s, "save")) == ["Give a file name: save FILE"])
        guard case .quit = try Self.command(&s, "stop").next else {
            Issue.record("quit")
            return
        }
    }

    @Test func summaryNumbersTheAnswersAndNamesTheLeadingAdvice() throws {
        var s = Self.session(.nl)
        #expect(Self.texts(try Self.command(&s, "overzicht")).contains("Antwoorden tot nu toe: nog geen"))
        _ = try Self.answer(&s, "3 0,6")
        let summary = Self.texts(try Self.command(&s, "summary"))
        #expect(summary.contains { $0.hasPrefix("1 Klantwaardestrategie: klantenpartnerschap") && $0.contains("0,6") })
    }
}

/// The turns of a consultation as a second front end takes them: every prompt (questions, the
/// offer of a list, its names, the details, the end) comes from the session, and every line
/// typed there goes back to it.
struct ConsultationTurnTests {
    /// Takes turns, typing what `type` gives for each prompt, until the advice or a prompt where
    /// `type` gives nil (or 200 turns).
    static func converse(
        _ s: inout ConsultationSession, _ type: (ConsultationPrompt) -> String?
    ) throws -> [ConsultationPrompt] {
        var seen: [ConsultationPrompt] = []
        for _ in 0..<200 {
            let current = try s.current()
            guard case .prompt(let prompt) = s.turn(current) else { continue }
            seen.append(prompt)
            if case .advice = prompt.place { return seen }
            guard let typed = type(prompt) else { return seen }
            _ = s.reply(to: typed, at: prompt, current)
        }
        Issue.record("no advice after 200 turns")
        return seen
    }

    @Test func aListIsOfferedNamedAndItsDetailsAsked() throws {
        var s = ConsultationSessionTests.session()
        var named = 0
        let prompts = try Self.converse(&s) { prompt in
            switch prompt.place {
            case .offer(let kind): return kind.name == "option" ? "yes" : "no"
            case .instance:
                named += 1
                return named == 1 ? "Pay per use" : ""
            default: return "2"
            }
        }
        #expect(s.state.instances.map(\.label) == ["Pay per use"])
        let offer = try #require(prompts.first { if case .offer = $0.place { true } else { false } })
        #expect(offer.prompt == "yes/no> " && offer.completions.contains("nee"))
        let details = prompts.filter { if case .slot = $0.place { true } else { false } }
        #expect(!details.isEmpty && details.allSatisfy { $0.prompt == "Pay per use> " })
        #expect(
            ConsultationSessionTests.texts(ConsultationReply(details[0].header)).dropFirst().first
                == "Option: Pay per use")
        guard case .advice = prompts.last?.place else { return }
    }

    @Test func helpAndWhyAtADetailSpeakOfTheDetailAndUnknownSkipsIt() throws {
        var s = ConsultationSessionTests.session(.nl)
        var detail: ConsultationPrompt?
        _ = try Self.converse(&s) { prompt in
            switch prompt.place {
            case .offer(let kind): return kind.name == "option" ? "ja" : "nee"
            case .instance(_, let number): return number == 1 ? "Korting" : ""
            case .slot:
                if detail == nil { detail = prompt }
                return "onbekend"
            default: return "2"
            }
        }
        let prompt = try #require(detail)
        guard case .slot(_, _, let slot) = prompt.place else { return }
        #expect(s.state.instances.first?.slots[slot.name] == .some(nil), "unknown leaves the detail without a value")
        var again = ConsultationSessionTests.session(.nl)
        _ = try Self.converse(&again) { p in
            if case .offer(let kind) = p.place { return kind.name == "option" ? "ja" : "nee" }
            if case .instance(_, let number) = p.place { return number == 1 ? "Korting" : "" }
            if case .slot = p.place { return nil }
            return "2"
        }
        let current = try again.current()
        guard case .prompt(let at) = again.turn(current), case .slot = at.place else {
            Issue.record("no detail asked")
            return
        }
        let help = ConsultationSessionTests.texts(again.reply(to: "help", at: at, current))
        #expect(help.contains { $0.hasPrefix("Antwoorden:") }, "\(help)")
        let why = ConsultationSessionTests.texts(again.reply(to: "waarom", at: at, current))
        #expect(why.first?.hasPrefix(ConsultationPhrases(language: .nl)[.whySlot]) == true, "\(why)")
        let empty = again.reply(to: "", at: at, current)
        #expect(!empty.changed && ConsultationSessionTests.texts(empty).first?.hasPrefix("Typ een van") == true)
    }

    @Test func afterTheAdviceAnEmptyLineEndsAndAChangeLeavesWhenLeftAsItWas() throws {
        var s = ConsultationSessionTests.session()
        let prompts = try Self.converse(&s) { if case .offer = $0.place { "no" } else { "2" } }
        let end = try #require(prompts.last)
        let current = try s.current()
        guard case .end = s.reply(to: "", at: end, current).next else {
            Issue.record("an empty line after the advice does not end")
            return
        }
        #expect(ConsultationSessionTests.texts(s.reply(to: "2", at: end, current)) == [s.say[.noQuestionNow]])
        let change = s.reply(to: "change 1", at: end, current)
        guard case .askAgain(let q) = change.next else {
            Issue.record("\(change.next)")
            return
        }
        let asked = s.changePrompt(q)
        guard case .leave = s.reply(to: "", at: asked, current).next else {
            Issue.record("an empty line does not leave the answer as it was")
            return
        }
        #expect(s.reply(to: "1", at: asked, current).changed)
    }
}
