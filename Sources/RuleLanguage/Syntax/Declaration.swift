/// A slot of a template declaration.
public struct SlotDecl: Hashable, Sendable {
    public let name: Name
    public let type: Name?
    public let defaultValue: ExprSyntax?
}

/// Texts by language code (`en`, `nl`).
public typealias Texts = [String: String]

/// A top-level declaration of a rule file.
public enum Declaration: Hashable, Sendable {
    case include(String, SourceLocation)
    case module(Name, title: String?)
    /// `enum name { value en "…" nl "…" … }`: the values and, per value, its texts.
    case enumeration(Name, values: [Name], texts: [Texts])
    case template(Name, slots: [SlotDecl])
    case attribute(Name, type: Name, texts: Texts)
    case ask(AskDecl)
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
}

/// A parsed file.
public struct RuleFileSyntax: Hashable, Sendable {
    public let path: String
    public let declarations: [Declaration]
}
