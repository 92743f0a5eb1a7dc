/// A slot of a template declaration.
struct SlotDecl: Hashable, Sendable {
    let name: Name
    let type: Name?
    let defaultValue: ExprSyntax?
    /// `from N` and `to N` after a number type: the range the slot keeps to.
    var lower: ExprSyntax? = nil
    var upper: ExprSyntax? = nil
}

/// Texts by language code (`en`, `nl`).
public typealias Texts = [String: String]

/// A top-level declaration of a rule file.
enum Declaration: Hashable, Sendable {
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
struct AskDecl: Hashable, Sendable {
    let name: Name
    let type: Name
    let prompts: Texts
    let help: Texts
    let precondition: [ConditionSyntax]
    /// `label en "Complexity" nl "Complexiteit"`: the short name of the answer in reports.
    var label: Texts = [:]
}

/// `instances TEMPLATE`: the user may enter facts of a template in a consultation, one by one.
struct InstancesDecl: Hashable, Sendable {
    let template: Name
    /// The yes/no question that offers the list ("Do you want to compare strategic options?").
    let offer: Texts
    /// The prompt for each instance; `{n}` is its number.
    let each: Texts
    /// The symbol slot that gets a short name made from what was typed.
    let key: Name?
    /// The string slot that gets what was typed.
    let label: Name?
    let slots: [InstanceSlotDecl]
    /// `review en "…"`: when the rules make a fact of this kind, the consultation shows it and lets
    /// the user keep or restate each slot.
    var review: Texts = [:]
}

/// `slot NAME [from TEMPLATE [where SLOT in [V …]]] en "…" nl "…" [help en "…" nl "…"]` inside `instances`.
struct InstanceSlotDecl: Hashable, Sendable {
    let name: Name
    /// Its answers are the keys of the instances of this template.
    let from: Name?
    /// Only those instances whose slot has one of these values (`where kind in [strength weakness]`).
    var whereSlot: Name? = nil
    var whereValues: [Name] = []
    let prompts: Texts
    let help: Texts
}

/// A parsed file.
struct RuleFileSyntax: Hashable, Sendable {
    let path: String
    let declarations: [Declaration]
}
