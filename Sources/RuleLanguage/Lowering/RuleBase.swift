import RuleEngine

/// A question the advisor can ask: the attribute it answers, its texts and its precondition.
public struct Question: Sendable {
    /// The attribute it answers, by template index.
    public let attribute: Int
    /// Its name (the attribute's).
    public let name: String
    /// The question per language.
    public let prompts: Texts
    /// The help text per language.
    public let help: Texts
    /// Conditions that must hold before the question is asked (no actions).
    public let precondition: [Condition]
    /// Where it is declared.
    public let location: SourceLocation
}

/// A template whose facts a user may enter in a consultation, one by one (`instances`).
public struct InstanceKind: Sendable {
    /// The template of the instances.
    public let template: Int
    /// The template's name.
    public let name: String
    /// The yes/no question that offers the list.
    public let offer: Texts
    /// The prompt for each instance (`{n}`: its number).
    public let each: Texts
    /// The symbol slot that gets a short name made from what was typed.
    public let key: Int?
    /// The string slot that gets what was typed.
    public let label: Int?
    /// The slots asked for each instance, in order.
    public let slots: [InstanceSlot]
    /// Said when the rules have made a fact of this kind and the consultation shows it for review
    /// (each slot kept or restated); empty: no review.
    public var review: Texts = [:]
    /// Where it is declared.
    public let location: SourceLocation
}

/// A slot of an instance that the consultation asks for, with its texts (`{slot}` placeholders
/// name the instance's values), and the template whose instances' keys are its answers, if any.
public struct InstanceSlot: Sendable {
    /// The slot, by index.
    public let slot: Int
    /// The slot's name.
    public let name: String
    /// The template whose instances' keys are its answers, if any.
    public let from: Int?
    /// Only the instances of `from` whose slot (by index) has one of these values, if set.
    public var fromFilter: (slot: Int, values: [String])? = nil
    /// The question per language (`{slot}` placeholders name the instance's values).
    public let prompts: Texts
    /// The help text per language.
    public let help: Texts
}

/// A goal: an attribute whose value the consultation must find.
public struct Goal: Sendable {
    /// The attribute, by template index.
    public let attribute: Int
    /// The attribute's name.
    public let name: String
    /// The goal's label per language.
    public let texts: Texts
    /// Where the goal is declared.
    public var location = SourceLocation(file: "", line: 0, column: 0)
}

/// A compiled rule base: the engine's program plus what the language knows beyond it.
public struct RuleBase: Sendable {
    /// The program the engine runs.
    public var program: Program
    /// The questions (`ask`), in declaration order.
    public var questions: [Question] = []
    /// The goals, in declaration order.
    public var goals: [Goal] = []
    /// The templates a consultation may ask instances of, in declaration order.
    public var instanceKinds: [InstanceKind] = []
    /// Texts of attributes (`attribute name: type en "…"`), by template index.
    public var attributeTexts: [Int: Texts] = [:]
    /// Texts of enumeration values (`enum level { low en "low" nl "laag" … }`): enum name → value → texts.
    public var valueTexts: [String: [String: Texts]] = [:]
    /// Where each rule is declared, by rule index.
    public var ruleLocations: [SourceLocation] = []
    /// Per rule (by index): its `because` texts and where its knowledge comes from.
    public var ruleNotes: [RuleNotes] = []
    /// Where each condition of each rule starts, by rule index then condition.
    public var conditionLocations: [[SourceLocation]] = []
    /// The files that make it up, in load order.
    public var files: [SourceFile] = []

    /// A condition as written: its source line from where it starts (`risk is high`), for
    /// explanations. Conditions are one line each by convention.
    public func conditionText(rule: Int, condition: Int) -> String? {
        guard rule < conditionLocations.count, condition < conditionLocations[rule].count else { return nil }
        let at = conditionLocations[rule][condition]
        guard let file = files.first(where: { $0.path == at.file }), let line = file.line(at.line) else { return nil }
        var text = String(line.dropFirst(max(0, at.column - 1)))
        if let hash = text.firstIndex(of: "#"), !text[..<hash].contains("\"") { text = String(text[..<hash]) }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// A rule base with no questions, goals or texts yet.
    public init(program: Program) { self.program = program }
}

extension RuleBase {
    /// The notes of rule `index`; none for a rule the rule base did not compile.
    public func notes(_ index: Int) -> RuleNotes { index < ruleNotes.count ? ruleNotes[index] : RuleNotes() }
}
