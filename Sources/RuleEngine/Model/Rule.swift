/// Where a rule was written, so traces and diagnostics can point at it. The engine knows no syntax.
public struct RuleOrigin: Hashable, Sendable {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// Text in several languages, keyed by language code (`en`, `nl`); may hold `{variable}` placeholders.
public struct LocalizedText: Hashable, Sendable {
    public var texts: [String: String]

    public init(_ texts: [String: String]) { self.texts = texts }

    /// The text in `language`, falling back to English, then to any language (by code, for determinism).
    public func text(_ language: String) -> String? {
        if let t = texts[language] { return t }
        if let t = texts["en"] { return t }
        return texts.keys.sorted().first.flatMap { texts[$0] }
    }
}

/// A named variable of a rule and where its value lives in a partial match.
public struct RuleVariable: Hashable, Sendable {
    public let name: String
    public let level: Int
    /// The slot, or nil when the variable names the fact itself (`ctx: context(...)`).
    public let slot: Int?

    public init(name: String, level: Int, slot: Int?) {
        self.name = name
        self.level = level
        self.slot = slot
    }
}

/// Where a rule's knowledge comes from: a source key and a confidence tag (`S6 [P]`).
public struct Provenance: Hashable, Sendable {
    public let source: String
    public let confidence: String?

    public init(source: String, confidence: String?) {
        self.source = source
        self.confidence = confidence
    }
}

/// A compiled rule.
public struct Rule: Hashable, Sendable {
    public let name: String
    public let salience: Int
    public let conditions: [Condition]
    public let actions: [Action]
    /// The number of leading conditions under `logical`; 0 for none.
    public let logicalCount: Int
    public let variables: [RuleVariable]
    public let texts: [LocalizedText]
    public let provenance: Provenance?
    public let origin: RuleOrigin

    public init(
        name: String, salience: Int = 0, conditions: [Condition], actions: [Action], logicalCount: Int = 0,
        variables: [RuleVariable] = [], texts: [LocalizedText] = [], provenance: Provenance? = nil,
        origin: RuleOrigin = RuleOrigin(file: "", line: 0, column: 0)
    ) {
        self.name = name
        self.salience = salience
        self.conditions = conditions
        self.actions = actions
        self.logicalCount = logicalCount
        self.variables = variables
        self.texts = texts
        self.provenance = provenance
        self.origin = origin
    }

    /// The number of levels: one per condition.
    public var levelCount: Int { conditions.count }

    /// CLIPS-style specificity: the number of tests in the left-hand side.
    public var specificity: Int {
        conditions.reduce(0) { total, condition in
            switch condition {
            case .positive(let p), .negative(let p), .exists(let p):
                return total + 1 + p.alphaTests.count + p.joinTests.count
            case .test(let e): return total + max(1, e.comparisonCount)
            }
        }
    }
}

/// A fact to assert when the engine is reset.
public struct InitialFact: Hashable, Sendable {
    public let template: Int
    public let slots: [Value]
    public let certainty: Double

    public init(template: Int, slots: [Value], certainty: Double = 1) {
        self.template = template
        self.slots = slots
        self.certainty = certainty
    }
}

/// Everything the engine runs: symbols, templates, functions, rules and initial facts.
public struct Program: Sendable {
    public var symbols: SymbolTable
    public var templates: [Template]
    public var functions: [Function]
    public var rules: [Rule]
    public var initialFacts: [InitialFact]

    public init(
        symbols: SymbolTable = SymbolTable(), templates: [Template] = [], functions: [Function] = [],
        rules: [Rule] = [], initialFacts: [InitialFact] = []
    ) {
        self.symbols = symbols
        self.templates = templates
        self.functions = functions
        self.rules = rules
        self.initialFacts = initialFacts
    }

    /// The index of the template called `name`.
    public func templateIndex(_ name: String) -> Int? { templates.firstIndex { $0.name == name } }
}
