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
