import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// `advisor explain`: how a conclusion was reached, why a question is asked, why a value was not
/// recommended, what other answers would change; and the rule dependency graph.
enum ExplainCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.explain }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal, environment: context.environment)
    }

    /// What to explain: one of the modes, with its argument.
    enum Mode {
        case how(String)
        case whyNot(String)
        case why(String)
        case whatIf
        case ruleGraph

        /// The one mode given; a usage error for none or several, or a format it is not drawn in.
        init(_ a: Arguments, format: ExplainFormat) throws(UsageError) {
            let given: [(String, Mode)] = [
                ("--how", .how(a.value("--how") ?? "")), ("--why-not", .whyNot(a.value("--why-not") ?? "")),
                ("--why", .why(a.value("--why") ?? "")), ("--what-if", .whatIf), ("--rule-graph", .ruleGraph),
            ].filter { a.has($0.0) }
            guard given.count == 1, let mode = given.first?.1 else {
                throw mistake(
                    given.isEmpty
                        ? "say what to explain: --how TOPIC, --why-not TOPIC=VALUE, --why QUESTION, --what-if or --rule-graph"
                        : "give one of \(given.map(\.0).joined(separator: ", ")), not several")
            }
            switch mode {
            case .how: break
            case .ruleGraph:
                guard format == .dot || format == .text else { throw mistake("--rule-graph is drawn in --format dot") }
            case .whyNot, .why, .whatIf:
                guard format != .dot else { throw mistake("--format dot draws --how derivations and the --rule-graph") }
            }
            self = mode
        }
    }

    static func mistake(_ message: String) -> UsageError { UsageError(message: message, command: "explain") }

    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError)
        -> ExitStatus
    {
        let a = try Arguments(args, spec: Commands.explain)
        let format = a.choice("--format", default: ExplainFormat.text)
        let mode = try Mode(a, format: format)
        let language = a.choice("--lang", default: Language.en)
        guard let kb = KnowledgeBaseLoader.load(a.value("--rules") ?? environment["ADVISOR_RULES"], terminal: terminal)
        else { return .badInput }
        if case .ruleGraph = mode {
            terminal.out(DOT.dependencies(kb))
            return .success
        }
        guard a.positional.count <= 1 else {
            throw mistake("explain takes one scenario (or --set answers), found \(a.positional.count)")
        }
        guard
            let situation = SituationLoader.load(
                a.positional.first, sets: a.values("--set"), kb: kb, terminal: terminal, language: language)
        else { return .badInput }
        var evaluation = Evaluation(kb: kb)
        guard Weights.apply(a.value("--weights"), to: &evaluation, terminal: terminal) else { return .badInput }
        do {
            let run = try evaluation.run(situation)
            let explainer = Explainer(evaluation: evaluation, run: run)
            terminal.out(try explain(mode, explainer, report: run.report, format: format, language: language))
        } catch {
            terminal.err("advisor: \(ConsultationSession.message(of: error))\n")
            return .badInput
        }
        return .success
    }

    /// The explanation `mode` asks for, in `format`.
    static func explain(
        _ mode: Mode, _ explainer: Explainer, report: Report, format: ExplainFormat, language: Language
    ) throws -> String {
        let text = ExplanationText(language: language, markdown: format == .markdown)
        let json = ExplanationJSON(language: language)
        let kb = explainer.kb
        switch mode {
        case .how(let target):
            let nodes = try explainer.how(target, report: report)
            switch format {
            case .json: return versioned(.object([("how", .array(nodes.map(json.how)))])).rendered() + "\n"
            case .dot: return DOT.derivation(nodes, language: language)
            case .text, .markdown:
                // The topic by its label where it has one (`Hoe: Aanbevolen verkoopbenadering`).
                let topic = String(target.split(separator: "=").first ?? "")
                let label = kb.template(topic).flatMap { pick(kb.label(ofAttribute: $0), language) }.flatMap(\.nonEmpty)
                return text.how(nodes, title: "\(Phrases.word(.how, language)): \(label ?? target)")
            }
        case .whyNot(let target):
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
                return format == .json ? versioned(json.whyNot(option: w)).rendered() + "\n" : text.whyNot(option: w)
            }
            let w = try explainer.whyNot(topic: topic, value: value)
            return format == .json ? versioned(json.whyNot(w)).rendered() + "\n" : text.whyNot(w)
        case .why(let question):
            let w = try explainer.why(question: question)
            return format == .json ? versioned(json.why(w)).rendered() + "\n" : text.why(w)
        case .whatIf:
            let w = try explainer.whatIf()
            return format == .json ? versioned(json.whatIf(w)).rendered() + "\n" : text.whatIf(w)
        case .ruleGraph: return DOT.dependencies(kb)
        }
    }

    /// An explanation's JSON object with `schemaVersion` first (every JSON output carries it).
    static func versioned(_ value: JSONValue) -> JSONValue {
        guard case .object(let fields) = value else {
            return .object([("schemaVersion", .integer(JSONReport.schemaVersion)), ("result", value)])
        }
        return .object([("schemaVersion", .integer(JSONReport.schemaVersion))] + fields)
    }

}
