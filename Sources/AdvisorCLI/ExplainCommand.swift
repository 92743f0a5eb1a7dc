import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// `advisor explain`: how a conclusion was reached, why a question is asked, why a value was not
/// recommended, what other answers would change; and the rule dependency graph.
enum ExplainCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.explain }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal, environment: context.environment)
    }

    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError)
        -> ExitStatus
    {
        let a = try Arguments(args, spec: Commands.explain)
        let modes = ["--how", "--why-not", "--why", "--what-if", "--rule-graph"].filter { a.has($0) }
        guard modes.count == 1 else {
            throw UsageError(
                message: modes.isEmpty
                    ? "say what to explain: --how TOPIC, --why-not TOPIC=VALUE, --why QUESTION, --what-if or --rule-graph"
                    : "give one of \(modes.joined(separator: ", ")), not several",
                command: "explain")
        }
        let mode = modes[0]
        let format = a.choice("--format", default: ExplainFormat.text)
        if format == .dot && mode != "--how" && mode != "--rule-graph" {
            throw UsageError(message: "--format dot draws --how derivations and the --rule-graph", command: "explain")
        }
        let language = try a.language(command: "explain")
        guard let kb = KnowledgeBaseLoader.load(a.value("--rules") ?? environment["ADVISOR_RULES"], terminal: terminal)
        else {
            return .badInput
        }
        if mode == "--rule-graph" {
            guard format == .dot || format == .text else {
                throw UsageError(message: "--rule-graph is drawn in --format dot", command: "explain")
            }
            terminal.out(DOT.dependencies(kb))
            return .success
        }
        guard a.positional.count <= 1 else {
            throw UsageError(
                message: "explain takes one scenario (or --set answers), found \(a.positional.count)",
                command: "explain")
        }
        guard
            let situation = SituationLoader.load(
                a.positional.first, sets: a.values("--set"), kb: kb, terminal: terminal, language: language)
        else {
            return .badInput
        }
        var evaluation = Evaluation(kb: kb)
        guard Weights.apply(a.value("--weights"), to: &evaluation, terminal: terminal) else { return .badInput }
        let run: Evaluation.Run
        do {
            run = try evaluation.run(situation)
        } catch {
            terminal.err("advisor: \(error.message)\n")
            return .badInput
        }
        let explainer = Explainer(evaluation: evaluation, run: run)
        let text = ExplanationText(language: language, markdown: format == .markdown)
        let json = ExplanationJSON(language: language)
        do {
            switch mode {
            case "--how":
                let target = a.value("--how") ?? ""
                let nodes = try explainer.how(target, report: run.report)
                switch format {
                case .json: terminal.out(versioned(.object([("how", .array(nodes.map(json.how)))])).rendered() + "\n")
                case .dot: terminal.out(DOT.derivation(nodes, language: language))
                case .text, .markdown:
                    // The topic by its label where it has one (`Hoe: Aanbevolen verkoopbenadering`).
                    let topic = String(target.split(separator: "=").first ?? "")
                    let label = kb.template(topic).flatMap { pick(kb.label(ofAttribute: $0), language) }.flatMap {
                        $0.isEmpty ? nil : $0
                    }
                    terminal.out(text.how(nodes, title: "\(Phrases.word(.how, language)): \(label ?? target)"))
                }
            case "--why-not":
                let target = a.value("--why-not") ?? ""
                guard let eq = target.firstIndex(of: "="), eq != target.startIndex,
                    target.index(after: eq) != target.endIndex
                else {
                    throw InputError(
                        "--why-not takes TOPIC=VALUE (for example: --why-not approach=strategic-relationship), found '\(target)'"
                    )
                }
                let topic = String(target[..<eq])
                let value = String(target[target.index(after: eq)...])
                if topic == "option" {
                    // An option: knocked out, or ranked lower on the criteria.
                    let w = try explainer.whyNot(option: value)
                    terminal.out(
                        format == .json ? versioned(json.whyNot(option: w)).rendered() + "\n" : text.whyNot(option: w))
                } else {
                    let w = try explainer.whyNot(topic: topic, value: value)
                    terminal.out(format == .json ? versioned(json.whyNot(w)).rendered() + "\n" : text.whyNot(w))
                }
            case "--why":
                let w = try explainer.why(question: a.value("--why") ?? "")
                terminal.out(format == .json ? versioned(json.why(w)).rendered() + "\n" : text.why(w))
            default:
                let w = try explainer.whatIf()
                terminal.out(format == .json ? versioned(json.whatIf(w)).rendered() + "\n" : text.whatIf(w))
            }
        } catch let e as InputError {
            terminal.err("advisor: \(e.message)\n")
            return .badInput
        } catch {
            terminal.err("advisor: \(error)\n")
            return .badInput
        }
        return .success
    }

    /// An explanation's JSON object with `schemaVersion` first (every JSON output carries it).
    static func versioned(_ value: JSONValue) -> JSONValue {
        guard case .object(let fields) = value else {
            return .object([("schemaVersion", .integer(JSONReport.schemaVersion)), ("result", value)])
        }
        return .object([("schemaVersion", .integer(JSONReport.schemaVersion))] + fields)
    }

}
