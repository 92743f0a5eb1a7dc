import RuleLanguage
import SalesAdvisor

/// `advisor evaluate`: situations from scenario files, folders and `--set`, run through the knowledge
/// base, written as text, Markdown or JSON in English or Dutch.
enum EvaluateCommand {
    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError) -> ExitStatus {
        let a = try Arguments(
            args, command: "evaluate", valued: ["--set", "--format", "--lang", "--weights", "--rules"], flags: ["--trace", "--explain"])
        let format = a.value("--format") ?? "text"
        guard ["text", "markdown", "json"].contains(format) else {
            throw UsageError(message: "unknown format '\(format)'; use text, markdown or json", command: "evaluate")
        }
        let language = a.value("--lang") ?? "en"
        guard ["en", "nl"].contains(language) else {
            throw UsageError(message: "unknown language '\(language)'; use en or nl", command: "evaluate")
        }
        guard let kb = KnowledgeBaseLoader.load(a.value("--rules") ?? environment["ADVISOR_RULES"], terminal: terminal) else {
            return .badInput
        }
        var evaluation = Evaluation(kb: kb)
        evaluation.recordsTrace = a.has("--trace")
        if let w = a.value("--weights") {
            switch Weights.parse(w) {
            case .success(let weights): evaluation.weights = weights
            case .failure(let e):
                terminal.err("advisor: \(e.message)\n")
                return .badInput
            }
        }
        var sets: [Scenario.Answer] = []
        for s in a.values("--set") {
            switch ScenarioParser.parseSet(s) {
            case .success(let answer): sets.append(answer)
            case .failure(let e):
                terminal.err("advisor: \(e.message)\n")
                return .badInput
            }
        }
        // Scenario files, folders expanded to their *.scenario files in path order.
        var files: [String] = []
        for p in a.positional {
            if FileSystem.isDirectory(p) {
                let found = FileSystem.files(under: p).filter { $0.hasSuffix(".scenario") }
                if found.isEmpty {
                    terminal.err("advisor: no .scenario files under '\(p)'\n")
                    return .badInput
                }
                files += found
            } else {
                files.append(p)
            }
        }
        var scenarios: [Scenario] = []
        for f in files {
            guard let text = FileSystem.contents(of: f) else {
                terminal.err("advisor: cannot read scenario '\(f)'\n")
                return .badInput
            }
            switch ScenarioParser.parse(text, file: f) {
            case .success(let s): scenarios.append(s)
            case .failure(let e):
                terminal.err(e.rendered + "\n")
                return .badInput
            }
        }
        if scenarios.isEmpty {
            guard !sets.isEmpty else {
                throw UsageError(message: "give scenario files, a folder of them, or --set NAME=VALUE", command: "evaluate")
            }
            scenarios.append(Scenario(name: "situation"))
        }
        var reports: [Report] = []
        var explanations: [[HowNode]] = []
        for s in scenarios {
            let situation: Situation
            do {
                situation = try Situation(s, sets: sets, kb: kb)
            } catch {
                terminal.err(error.rendered + "\n")
                return .badInput
            }
            do {
                let run = try evaluation.run(situation)
                reports.append(run.report)
                if a.has("--explain") {
                    // The how-tree of every goal's recommendation.
                    let explainer = Explainer(evaluation: evaluation, run: run)
                    explanations.append(run.report.topics.filter(\.isGoal).compactMap { t in
                        t.top.flatMap { explainer.how(topic: t.topic, value: $0.value) }
                    })
                }
            } catch {
                terminal.err("advisor: \(s.name): \(error.message)\n")
                return .badInput
            }
        }
        let explained = { (i: Int) -> [HowNode] in i < explanations.count ? explanations[i] : [] }
        switch format {
        case "json":
            let json = JSONReport(language: language)
            let how = ExplanationJSON(language: language)
            let values = reports.enumerated().map { i, r -> JSONValue in
                guard a.has("--explain"), case .object(var fields) = json.value(r) else { return json.value(r) }
                fields.append(("explanations", .array(explained(i).map(how.how))))
                return .object(fields)
            }
            terminal.out((values.count == 1 ? values[0] : .array(values)).rendered() + "\n")
        case "markdown":
            let how = ExplanationText(language: language, markdown: true)
            terminal.out(reports.enumerated().map { i, r in
                MarkdownReport(language: language).render(r)
                    + (a.has("--explain") ? "\n" + how.how(explained(i), title: Phrases.word("how", language)) : "")
            }.joined(separator: "\n---\n\n"))
        default:
            let how = ExplanationText(language: language)
            terminal.out(reports.enumerated().map { i, r in
                TextReport(language: language).render(r)
                    + (a.has("--explain") ? "\n" + how.how(explained(i), title: Phrases.word("how", language)) : "")
            }.joined(separator: "\n"))
        }
        let unmet = reports.contains { $0.expectations.contains { !$0.met } }
        return unmet ? .failure : .success
    }
}

/// Loads the knowledge base for a command: the bundled copy, or a folder; reports diagnostics.
enum KnowledgeBaseLoader {
    static func load(_ folder: String?, terminal: Terminal) -> KnowledgeBase? {
        if let folder, !FileSystem.isDirectory(folder) {
            terminal.err("advisor: cannot read rule folder '\(folder)'\n")
            return nil
        }
        let (kb, result) = KnowledgeBase.load(folder: folder)
        if !result.errors.isEmpty || kb == nil {
            terminal.err(result.renderedDiagnostics)
            terminal.err("advisor: the knowledge base has errors; run `advisor check --rules \(folder ?? "rules/sales")`\n")
            return nil
        }
        return kb
    }
}

/// `--weights feasibility=0.3,suitability=0.4,acceptability=0.3`.
enum Weights {
    struct Problem: Error {
        let message: String
    }

    static let criteria = ["feasibility", "suitability", "acceptability"]

    static func parse(_ text: String) -> Result<[String: Double], Problem> {
        var weights: [String: Double] = [:]
        for part in text.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: " ") }
            guard kv.count == 2 else {
                return .failure(Problem(message: "--weights takes NAME=NUMBER pairs separated by commas, found '\(part)'"))
            }
            guard criteria.contains(kv[0]) else {
                var m = "unknown criterion '\(kv[0])' in --weights"
                if let best = EditDistance.closest(to: kv[0], in: criteria) { m += "; did you mean '\(best)'?" }
                return .failure(Problem(message: m + "; the criteria are: \(criteria.joined(separator: ", "))"))
            }
            guard let w = Double(kv[1]), w >= 0, w.isFinite else {
                return .failure(Problem(message: "the weight of \(kv[0]) must be a number of 0 or more, found '\(kv[1])'"))
            }
            weights[kv[0]] = w
        }
        guard weights.values.contains(where: { $0 > 0 }) else {
            return .failure(Problem(message: "--weights needs at least one weight above 0"))
        }
        return .success(weights)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
