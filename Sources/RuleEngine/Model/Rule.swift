/// Where a rule was written, so traces and diagnostics can point at it. The engine knows no syntax.
public struct RuleOrigin: Hashable, Sendable {
    /// The file the rule is written in.
    public let file: String
    /// Its line (1-based).
    public let line: Int
    /// Its column (1-based, in characters).
    public let column: Int

    /// A place in a rule file.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// Text in several languages, keyed by language code (`en`, `nl`); may hold `{variable}` placeholders.
public struct LocalizedText: Hashable, Sendable {
    /// The text per language code (`en`, `nl`).
    public var texts: [String: String]

    /// A text in several languages.
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
    /// The variable's name, without `$`.
    public let name: String
    /// The condition that binds it.
    public let level: Int
    /// The slot, or nil when the variable names the fact itself (`ctx: context(...)`).
    public let slot: Int?

    /// A variable bound at `level`, to a slot (or to the fact when `slot` is nil).
    public init(name: String, level: Int, slot: Int?) {
        self.name = name
        self.level = level
        self.slot = slot
    }
}

/// Where a rule's knowledge comes from: a source key and a confidence tag (`S6 [P]`).
public struct Provenance: Hashable, Sendable {
    /// The rule's source keys (`A4 S6 S13`).
    public let source: String
    /// Its confidence tag: T (textbook), P (published source) or I (inference).
    public let confidence: String?

    /// Where a rule's knowledge comes from.
    public init(source: String, confidence: String?) {
        self.source = source
        self.confidence = confidence
    }
}

/// A compiled rule.
public struct Rule: Hashable, Sendable {
    /// The rule's name.
    public let name: String
    /// Its priority: higher fires first.
    public let salience: Int
    /// Its conditions, in order (the levels of its partial matches).
    public let conditions: [Condition]
    /// Its actions, in order.
    public let actions: [Action]
    /// The number of leading conditions under `logical`; 0 for none.
    public let logicalCount: Int
    /// Its variables, in binding order (`Firing/bindings` follows it).
    public let variables: [RuleVariable]
    /// Its `because` texts, referred to by index from actions.
    public let texts: [LocalizedText]
    /// Its source and confidence tag, if written.
    public let provenance: Provenance?
    /// Where it is written.
    public let origin: RuleOrigin

    /// A rule, as the compiler builds it.
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
    /// The fact's template.
    public let template: Int
    /// Its slot values.
    public let slots: [Value]
    /// Its certainty.
    public let certainty: Double

    /// An initial fact (`facts` in a rule file), asserted at every reset.
    public init(template: Int, slots: [Value], certainty: Double = 1) {
        self.template = template
        self.slots = slots
        self.certainty = certainty
    }
}

/// Everything the engine runs: symbols, templates, functions, rules and initial facts.
public struct Program: Sendable {
    /// The symbols the program's constants use.
    public var symbols: SymbolTable
    /// Its templates (attributes included).
    public var templates: [Template]
    /// Its user functions.
    public var functions: [Function]
    /// Its rules, in declaration order.
    public var rules: [Rule]
    /// The facts every reset asserts.
    public var initialFacts: [InitialFact]

    /// A program from its parts.
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
