import RuleLanguage
import SalesAdvisor

/// `advisor evaluate`: situations from scenario files, folders and `--set`, run through the knowledge
/// base, written as text, Markdown or JSON in English or Dutch.
enum EvaluateCommand {
    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError) -> ExitStatus {
        let a = try Arguments(
            args, command: "evaluate", valued: ["--set", "--grid", "--format", "--lang", "--weights", "--rules"],
            flags: ["--trace", "--explain", "--jsonl"])
        let format = try a.format(["text", "markdown", "json", "csv"], command: "evaluate")
        let language = try a.language(command: "evaluate")
        guard let kb = KnowledgeBaseLoader.load(a.value("--rules") ?? environment["ADVISOR_RULES"], terminal: terminal) else {
            return .badInput
        }
        var evaluation = Evaluation(kb: kb)
        evaluation.recordsTrace = a.has("--trace")
        evaluation.keepsFacts = a.has("--explain")
        guard Weights.apply(a.value("--weights"), to: &evaluation, terminal: terminal) else { return .badInput }
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
            guard !sets.isEmpty || a.has("--grid") else {
                throw UsageError(message: "give scenario files, a folder of them, --set NAME=VALUE or --grid NAME=v1,v2", command: "evaluate")
            }
            scenarios.append(Scenario(name: "situation"))
        }
        // Every scenario, times the combinations of the --grid values.
        var grid: [(name: String, values: [String])] = []
        for g in a.values("--grid") {
            guard let eq = g.firstIndex(of: "="), eq != g.startIndex else {
                throw UsageError(message: "--grid takes NAME=v1,v2,… (for example: --grid risk=low,medium,high), found '\(g)'", command: "evaluate")
            }
            let values = g[g.index(after: eq)...].split(separator: ",").map(String.init)
            guard !values.isEmpty else { throw UsageError(message: "--grid \(g[..<eq]) needs at least one value", command: "evaluate") }
            grid.append((String(g[..<eq]), values))
        }
        var combinations: [[(String, String)]] = [[]]
        for (name, values) in grid { combinations = combinations.flatMap { c in values.map { c + [(name, $0)] } } }
        var situations: [Situation] = []
        for s in scenarios {
            for combination in combinations {
                var scenario = s
                var answers = sets
                if !combination.isEmpty {
                    scenario.name += "[" + combination.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "]"
                    for (name, value) in combination {
                        switch ScenarioParser.parseSet("\(name)=\(value)") {
                        case .success(let answer): answers.append(answer)
                        case .failure(let e):
                            terminal.err("advisor: \(e.message)\n")
                            return .badInput
                        }
                    }
                }
                do {
                    situations.append(try Situation(scenario, sets: answers, kb: kb))
                } catch {
                    terminal.err(error.rendered + "\n")
                    return .badInput
                }
            }
        }
        let jsonl = a.has("--jsonl")
        let explain = a.has("--explain")
        let output = jsonl ? "jsonl" : format
        let settled = evaluation
        let csv = CSVReport(goals: kb.ruleBase.goals.map(\.name))
        // Each situation runs on its own engine, on every core; the output keeps their order.
        let results = Parallel.map(situations) { situation -> Result<(text: String, unmet: Bool), Evaluation.Failure> in
            do {
                let run = try settled.run(situation)
                var how: [HowNode] = []
                if explain {
                    // The how-tree of every goal's recommendation.
                    let explainer = Explainer(evaluation: settled, run: run)
                    how = run.report.topics.filter(\.isGoal).compactMap { t in
                        t.top.flatMap { explainer.how(topic: t.topic, value: $0.value) }
                    }
                }
                let unmet = run.report.expectations.contains { !$0.met }
                let text = output == "csv"
                    ? csv.row(run.report) : render(run.report, how: how, format: output, language: language, explain: explain)
                return .success((text, unmet))
            } catch let e as Evaluation.Failure {
                return .failure(e)
            } catch {
                return .failure(Evaluation.Failure(message: "\(error)"))
            }
        }
        // Errors first (nothing is written for a run that fails), then the reports, streamed.
        for (situation, result) in zip(situations, results) {
            if case .failure(let e) = result {
                terminal.err("advisor: \(situation.name): \(e.message)\n")
                return .badInput
            }
        }
        var unmet = false
        let many = results.count > 1
        if output == "json" && many { terminal.out("[\n") }
        if output == "csv" { terminal.out(csv.header + "\n") }
        for (i, result) in results.enumerated() {
            guard case .success(let r) = result else { continue }
            unmet = unmet || r.unmet
            switch output {
            case "json": terminal.out(many ? (i > 0 ? ",\n  " : "  ") + r.text : r.text + "\n")
            case "jsonl", "csv": terminal.out(r.text + "\n")
            case "markdown": terminal.out((i > 0 ? "\n---\n\n" : "") + r.text)
            default: terminal.out((i > 0 ? "\n" : "") + r.text)
            }
        }
        if output == "json" && many { terminal.out("\n]\n") }
        return unmet ? .failure : .success
    }

    /// One report in one format; JSON (for an array) indented one level.
    static func render(_ report: Report, how: [HowNode], format: String, language: String, explain: Bool) -> String {
        switch format {
        case "json", "jsonl":
            var value = JSONReport(language: language).value(report)
            if explain, case .object(var fields) = value {
                fields.append(("explanations", .array(how.map(ExplanationJSON(language: language).how))))
                value = .object(fields)
            }
            return format == "jsonl" ? value.compact() : value.rendered(indent: "  ")
        case "markdown":
            return MarkdownReport(language: language).render(report)
                + (explain ? "\n" + ExplanationText(language: language, markdown: true).how(how, title: Phrases.word("how", language)) : "")
        default:
            return TextReport(language: language).render(report)
                + (explain ? "\n" + ExplanationText(language: language).how(how, title: Phrases.word("how", language)) : "")
        }
    }
}
