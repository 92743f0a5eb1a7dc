import RuleEngine

/// A question the advisor can ask: the attribute it answers, its texts and its precondition.
public struct Question: Sendable {
    public let attribute: Int
    public let name: String
    public let prompts: Texts
    public let help: Texts
    /// Conditions that must hold before the question is asked (no actions).
    public let precondition: [Condition]
    public let location: SourceLocation
}

/// A goal: an attribute whose value the consultation must find.
public struct Goal: Sendable {
    public let attribute: Int
    public let name: String
    public let texts: Texts
}

/// A compiled rule base: the engine's program plus what the language knows beyond it.
public struct RuleBase: Sendable {
    public var program: Program
    public var questions: [Question] = []
    public var goals: [Goal] = []
    /// Texts of attributes (`attribute name: type en "…"`), by template index.
    public var attributeTexts: [Int: Texts] = [:]
    /// Texts of enumeration values (`enum level { low en "low" nl "laag" … }`): enum name → value → texts.
    public var valueTexts: [String: [String: Texts]] = [:]
    /// Where each rule is declared, by rule index.
    public var ruleLocations: [SourceLocation] = []
    /// The files that make it up, in load order.
    public var files: [SourceFile] = []

    public init(program: Program) { self.program = program }
}
