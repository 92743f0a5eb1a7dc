import Foundation
import RuleEngine
@_spi(Tooling) import RuleLanguage
import Testing

@_spi(Tooling) @testable import SalesAdvisor

/// Renders everything a Dutch user reads for every example scenario (the report as text and
/// Markdown, the consultation's closing advice, and the explanations: how each goal was reached,
/// why not each other value, why each question is asked, what-if) and fails on any key of the
/// knowledge base or of a phrase table that reaches it: a question, topic, template or value name,
/// or a phrase looked up without a Dutch text (issue 13, "Dutch without English").
@Suite struct DutchWithoutEnglishTests {
    static let scenarios: [String] = {
        let folder = repositoryPath("rules/scenarios")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".scenario")
        }.sorted()
    }()

    /// Lower-case words and hyphenated names (`risk`, `added-value`, `a4-advice-seeking`).
    static func tokens(_ text: String) -> Set<String> {
        var out = Set<String>()
        var word = ""
        for ch in text {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" {
                word.append(ch)
            } else {
                if !word.isEmpty { out.insert(word.trimmingCharacters(in: CharacterSet(charactersIn: "-"))) }
                word = ""
            }
        }
        if !word.isEmpty { out.insert(word.trimmingCharacters(in: CharacterSet(charactersIn: "-"))) }
        return out
    }

    /// Every Dutch text of the knowledge base and the phrase tables: its words may appear.
    static let dutchWords: Set<String> = {
        let base = bundledKB.ruleBase
        var texts: [String] = []
        texts += Phrases.Key.allCases.map(\.texts.nl) + ConsultationPhrases.Key.allCases.map(\.texts.nl)
        for verb in PromptCommand.Verb.allCases {
            let e = verb.entry
            texts += [e.words.nl, e.usage.nl, e.description.nl, e.synopsis?.nl ?? ""]
        }
        for values in base.valueTexts.values { for t in values.values { texts.append(t["nl"] ?? "") } }
        for g in base.goals { texts.append(g.texts["nl"] ?? "") }
        for t in base.attributeTexts.values { texts.append(t["nl"] ?? "") }
        for q in base.questions { texts.append(q.prompts["nl"] ?? "") }
        for notes in base.ruleNotes { for t in notes.texts { texts.append(t.text("nl") ?? "") } }
        for kind in base.instanceKinds {
            texts += [kind.offer["nl"] ?? "", kind.each["nl"] ?? ""]
            for slot in kind.slots { texts += [slot.prompts["nl"] ?? "", slot.help["nl"] ?? ""] }
        }
        // The definitions of the goals' values (`definition` facts), as a report shows them.
        if let report = try? evaluate([:]) {
            for topic in report.topics { for d in topic.definitions.values { texts.append(d["nl"] ?? "") } }
        }
        return Set(texts.flatMap { tokens($0.lowercased()) })
    }()

    /// The names a Dutch user must never read.
    static let keys: Set<String> = {
        let base = bundledKB.ruleBase
        var keys = Set<String>()
        keys.formUnion(base.questions.map(\.name))
        keys.formUnion(base.goals.map(\.name))
        keys.formUnion(base.program.templates.map(\.name))
        keys.formUnion(base.program.templates.flatMap { $0.slots.map(\.name) })
        for values in base.valueTexts.values { keys.formUnion(values.keys) }
        keys.formUnion(Phrases.Key.allCases.map { "\($0)" })
        keys.formUnion(ConsultationPhrases.Key.allCases.map { "\($0)" })
        keys.formUnion(["seed", "afgevuurd", "decision", "situation", "fired", "because", "certainty"])
        return keys.subtracting(dutchWords)
    }()

    /// What the scenario's author wrote for a Dutch reader (`text.nl="…"`, the title's `nl "…"`) and
    /// the names they gave (option and SWOT ids): shown as written. Their English texts are not
    /// allowed: a Dutch report must not show them.
    static func authorWords(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            for marker in [".nl=\"", " nl \""] {
                var rest = Substring(line)
                while let r = rest.range(of: marker) {
                    let after = rest[r.upperBound...]
                    guard let close = after.firstIndex(of: "\"") else { break }
                    words.formUnion(tokens(String(after[..<close])))
                    rest = after[after.index(after: close)...]
                }
            }
            let parts = line.split(separator: " ")
            if parts.count >= 2, ["swot", "option", "pair"].contains(String(parts[0])) {
                words.insert(String(parts[1]))
            }
            for part in parts where part.hasPrefix("external=") {
                words.insert(String(part.dropFirst("external=".count)))
            }
        }
        return words
    }

    @Test(arguments: scenarios)
    func theDutchAdviceNamesNoKey(_ file: String) throws {
        let source = try #require(FileSystem.contents(of: repositoryPath("rules/scenarios/" + file)))
        var scenario = try ScenarioParser.parse(source, file: file).get()
        scenario.language = .nl
        let evaluation = Evaluation(kb: bundledKB)
        let run = try evaluation.run(try Situation(scenario, kb: bundledKB))
        let report = run.report
        let explainer = Explainer(evaluation: evaluation, run: run)
        let text = ExplanationText(language: .nl)
        var outputs: [(String, String)] = [
            ("report", TextReport(language: .nl).render(report)),
            ("markdown", MarkdownReport(language: .nl).render(report)),
            ("advice", AdviceText(language: .nl).render(report, whatIf: try explainer.whatIf())),
            ("what-if", text.whatIf(try explainer.whatIf())),
        ]
        for goal in bundledKB.ruleBase.goals {
            if let top = report.topic(goal.name)?.top, let node = explainer.how(topic: goal.name, value: top.value) {
                outputs.append(("how \(goal.name)", text.how([node], title: "Hoe")))
            }
            for value in bundledKB.values(ofAttribute: goal.attribute)
            where value != report.topic(goal.name)?.top?.value {
                outputs.append(
                    (
                        "why-not \(goal.name)=\(value)",
                        text.whyNot(try explainer.whyNot(topic: goal.name, value: value, searchChanges: false))
                    ))
            }
        }
        for topic in report.topics where !topic.isGoal {
            let nodes = explainer.how(topic: topic.topic)
            if !nodes.isEmpty { outputs.append(("how \(topic.topic)", text.how(nodes, title: "Hoe"))) }
        }
        for q in bundledKB.ruleBase.questions {
            if let w = try? explainer.why(question: q.name) { outputs.append(("why \(q.name)", text.why(w))) }
        }
        for option in report.options?.options ?? [] {
            if let w = try? explainer.whyNot(option: option.name) {
                outputs.append(("why-not option=\(option.name)", text.whyNot(option: w)))
            }
        }
        let ruleNames = Set(bundledKB.program.rules.map(\.name))
        let allowed = Self.authorWords(source).union(ruleNames).union([scenario.name])
        for (what, output) in outputs {
            let leaked = Self.tokens(output).intersection(Self.keys).subtracting(allowed)
            let lines = output.split(separator: "\n").filter { !Self.tokens(String($0)).isDisjoint(with: leaked) }
            #expect(
                leaked.isEmpty, "\(file), \(what): \(leaked.sorted()) in: \(lines.prefix(3).joined(separator: " | "))")
        }
        #expect(outputs.count > 10)
    }

    /// The recorded Dutch consultations: prompts, re-prompts, summaries and the advice name no key
    /// (what the user typed, and rule names, aside).
    @Test func theDutchConsultationsNameNoKey() throws {
        let folder = repositoryPath("transcripts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("-nl-") }.sorted()
        #expect(files.count >= 3)
        let ruleNames = Set(bundledKB.program.rules.map(\.name))
        for file in files {
            let text = try #require(FileSystem.contents(of: folder + "/" + file))
            let lines = text.split(separator: "\n").map(String.init)
            let typed = lines.filter { $0.hasPrefix("⌨ ") }.reduce(into: Set<String>()) {
                $0.formUnion(Self.tokens($1))
            }
            for line in lines where !line.hasPrefix("⌨") && !line.hasPrefix("$ ") && !line.hasPrefix("#") {
                let leaked = Self.tokens(line).intersection(Self.keys).subtracting(typed).subtracting(ruleNames)
                #expect(leaked.isEmpty, "\(file): \(leaked.sorted()) in: \(line)")
            }
        }
    }

    /// `volledige uitleg: hoe verkoopmethode`: the word the advice offers takes the consultation
    /// back to that goal, in both languages.
    @Test func theAdvicesHowHintResolvesToItsGoal() throws {
        let report = try evaluate(["complexity": "high"])
        for goal in bundledKB.ruleBase.goals {
            for language in Language.allCases {
                let hint = AdviceText.shortName(of: goal.name, in: report, language: language)
                #expect(
                    NameResolver(kb: bundledKB).attribute(hint) == .one(goal.name),
                    "\(language): '\(hint)' for \(goal.name)")
                if language == .nl { #expect(hint != goal.name, "a Dutch word for \(goal.name)") }
            }
        }
    }

    /// The check itself can fail: a report with an English key in it is caught.
    @Test func aLeakedKeyIsCaught() {
        #expect(
            Self.tokens("Aanbevolen verkoopbenadering: transactional (0,80)").intersection(Self.keys) == [
                "transactional"
            ])
        #expect(Self.tokens("Risico voor de koper: hoog").intersection(Self.keys).isEmpty)
        #expect(Self.keys.contains("added-value") && Self.keys.contains("complexity"))
    }
}
