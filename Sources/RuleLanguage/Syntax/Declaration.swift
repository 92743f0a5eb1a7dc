/// A slot of a template declaration.
public struct SlotDecl: Hashable, Sendable {
    public let name: Name
    public let type: Name?
    public let defaultValue: ExprSyntax?
    /// `from N` and `to N` after a number type: the range the slot keeps to.
    public var lower: ExprSyntax? = nil
    public var upper: ExprSyntax? = nil
}

/// Texts by language code (`en`, `nl`).
public typealias Texts = [String: String]

/// A top-level declaration of a rule file.
public enum Declaration: Hashable, Sendable {
    case include(String, SourceLocation)
    case module(Name, title: String?)
    /// `enum name { value en "…" nl "…" … }`: the values and, per value, its texts.
    case enumeration(Name, values: [Name], texts: [Texts])
    case template(Name, slots: [SlotDecl], texts: Texts = [:])
    case attribute(Name, type: Name, texts: Texts)
    case ask(AskDecl)
    case instances(InstancesDecl)
    case goal(Name, texts: Texts)
    case facts([FactSyntax])
    case function(Name, parameters: [Name], body: ExprSyntax)
    case rule(RuleDecl)
}

/// `ask name: type` with prompts, help and a precondition.
public struct AskDecl: Hashable, Sendable {
    public let name: Name
    public let type: Name
    public let prompts: Texts
    public let help: Texts
    public let precondition: [ConditionSyntax]
    /// `label en "Complexity" nl "Complexiteit"`: the short name of the answer in reports.
    public var label: Texts = [:]
}

/// `instances TEMPLATE`: the user may enter facts of a template in a consultation, one by one.
public struct InstancesDecl: Hashable, Sendable {
    public let template: Name
    /// The yes/no question that offers the list ("Do you want to compare strategic options?").
    public let offer: Texts
    /// The prompt for each instance; `{n}` is its number.
    public let each: Texts
    /// The symbol slot that gets a short name made from what was typed.
    public let key: Name?
    /// The string slot that gets what was typed.
    public let label: Name?
    public let slots: [InstanceSlotDecl]
}

/// `slot NAME [from TEMPLATE] en "…" nl "…" [help en "…" nl "…"]` inside `instances`.
public struct InstanceSlotDecl: Hashable, Sendable {
    public let name: Name
    /// Its answers are the keys of the instances of this template.
    public let from: Name?
    public let prompts: Texts
    public let help: Texts
}

/// A parsed file.
public struct RuleFileSyntax: Hashable, Sendable {
    public let path: String
    public let declarations: [Declaration]
}
