import RuleEngine
@_spi(Tooling) import RuleLanguage

/// The advisor's knowledge base: a compiled rule base plus what SalesAdvisor looks up in it by name
/// (goals, questions, value texts, the templates of its vocabulary).
public struct KnowledgeBase: Sendable {
    /// The compiled rules, questions and goals.
    public let ruleBase: RuleBase
    /// Where it came from: a folder, or `bundled` for the copy built into the binary.
    public let origin: String

    /// The program's Rete network, compiled once: every run of the knowledge base shares it.
    public let network: CompiledNetwork
    /// Which rules read each question's answer and which goals they lead to (the consultation's index).
    public let needs: NeedsIndex

    /// The program the engine runs.
    public var program: Program { ruleBase.program }

    /// Templates whose facts SalesAdvisor asserts itself: `decided(topic, value)` for each goal it
    /// has decided (rules after it build on the advice). The verifier counts them as made.
    public static let hostTemplates = ["decided"]

    /// A knowledge base from a compiled rule base (`origin` says where it came from).
    public init(ruleBase: RuleBase, origin: String) {
        self.ruleBase = ruleBase
        self.origin = origin
        self.network = CompiledNetwork(program: ruleBase.program)
        self.needs = NeedsIndex(program: ruleBase.program, targets: ruleBase.goals.map(\.attribute))
    }

    /// The files of the knowledge base built into the binary: name and text.
    public static var bundledFiles: [(name: String, text: String)] { BundledRules.files }

    /// Loads the knowledge base: from `folder` when given (`--rules DIR`, `ADVISOR_RULES`), otherwise
    /// the copy built into the binary. Diagnostics come back in the load result.
    public static func load(folder: String?) -> (KnowledgeBase?, LoadResult) {
        let result: LoadResult
        let origin: String
        if let folder {
            origin = folder
            result = RuleLoader(root: folder).load(entryFiles(in: folder))
        } else {
            origin = "bundled"
            result = bundledLoad()
        }
        return (result.ruleBase.map { KnowledgeBase(ruleBase: $0, origin: origin) }, result)
    }

    /// The files a knowledge-base folder starts from: its `advisor.rules` (which includes the rest)
    /// when it has one, else the `.rules` files directly in it. Never the files of its subfolders:
    /// `--rules rules` does not load the benchmark programs under `rules/benchmarks`.
    public static func entryFiles(in folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        if FileSystem.isReadableFile(prefix + "advisor.rules") { return [prefix + "advisor.rules"] }
        return RuleLoader.ruleFiles(in: folder).filter { !$0.dropFirst(prefix.count).contains("/") }
    }

    /// The bundled files, loaded under the display path `rules/sales/NAME`.
    @_spi(Tooling) public static func bundledLoad() -> LoadResult {
        let folder = "rules/sales"
        let root = RuleLoader.canonical(folder)
        var texts: [String: String] = [:]
        for f in BundledRules.files { texts[f.name] = f.text }
        let table = texts
        let loader = RuleLoader(root: folder) { path in
            let prefix = root.hasSuffix("/") ? root : root + "/"
            guard path.hasPrefix(prefix) else { return nil }
            return table[String(path.dropFirst(prefix.count))]
        }
        return loader.load(BundledRules.files.map { folder + "/" + $0.name })
    }

    // MARK: Look-ups

    /// The index of the template called `name`.
    public func template(_ name: String) -> Int? { program.templateIndex(name) }

    /// The question that asks for `name`, if any.
    public func question(_ name: String) -> Question? { ruleBase.questions.first { $0.name == name } }

    /// The values an attribute's enumeration allows, in declared order (empty for other types).
    public func values(ofAttribute template: Int) -> [String] {
        guard template < program.templates.count, let slot = program.templates[template].slots.first else { return [] }
        return values(of: slot.type)
    }

    /// The values of an enumeration type, in declared order.
    public func values(of type: SlotType) -> [String] {
        guard case .enumeration(_, let values) = type else { return [] }
        return values.map { program.symbols.name(of: $0) }
    }

    /// The texts of `value` in the enumeration of `type`, when the knowledge base gives them.
    public func valueTexts(_ value: String, of type: SlotType) -> Texts? {
        guard case .enumeration(let name, _) = type else { return nil }
        return ruleBase.valueTexts[name]?[value]
    }

    /// The texts of a value of an attribute (`approach` = `transactional`).
    public func valueTexts(_ value: String, ofAttribute template: Int) -> Texts? {
        guard template < program.templates.count, let slot = program.templates[template].slots.first else { return nil }
        return valueTexts(value, of: slot.type)
    }

    /// The label of an attribute or a goal (`Sales approach`), by language.
    /// What a name is, for messages that must say it: `complexity` is a question (answered
    /// `high` in this situation, or not answered), `approach` a goal the advice concludes.
    public func describe(_ name: String, answer: String?) -> String? {
        guard let t = template(name) else { return nil }
        if question(name) != nil && !isConcluded(t) {
            return "'\(name)' is a question, not something the advice concludes: "
                + (answer.map { "it is answered '\($0)' in this situation" } ?? "it is not answered in this situation")
                + "; to see what another answer changes, use --what-if or --set \(name)=VALUE"
        }
        if ruleBase.goals.contains(where: { $0.attribute == t }) {
            return
                "'\(name)' is a goal the advice concludes, not a question: ask how it was reached with --how \(name), or why not another value with --why-not \(name)=VALUE"
        }
        return nil
    }

    /// Whether a rule concludes values of the attribute (a question no rule concludes is only answered).
    public func isConcluded(_ template: Int) -> Bool {
        program.rules.contains { rule in
            rule.actions.contains {
                if case .conclude(let c, _, _, _) = $0 { return c == template } else { return false }
            }
        }
    }

    /// The short name of an attribute for reports: its goal's or attribute's texts, or an ask's
    /// `label`; empty when it has none (a report then shows the name).
    public func label(ofAttribute template: Int) -> Texts {
        if let goal = ruleBase.goals.first(where: { $0.attribute == template }), !goal.texts.isEmpty {
            return goal.texts
        }
        return ruleBase.attributeTexts[template] ?? [:]
    }

    /// An attribute's texts: its goal's label, its own texts, or its question.
    public func attributeTexts(_ template: Int) -> Texts {
        if let goal = ruleBase.goals.first(where: { $0.attribute == template }), !goal.texts.isEmpty {
            return goal.texts
        }
        if let t = ruleBase.attributeTexts[template] { return t }
        if let q = ruleBase.questions.first(where: { $0.attribute == template }) { return q.prompts }
        return [:]
    }
}

/// Picks a text in the wanted language, else English, else any.
@_spi(Tooling) public func pick(_ texts: Texts?, _ language: Language) -> String? {
    pick(texts, code: language.rawValue)
}

/// The same for a language code of a rule file's texts (which may hold any language).
func pick(_ texts: Texts?, code: String) -> String? {
    guard let texts else { return nil }
    return texts[code] ?? texts["en"] ?? texts.sorted { $0.key < $1.key }.first?.value
}
