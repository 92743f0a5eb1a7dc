/// Every diagnostic the rule language can give, with its stable ID. Ordered by ID; IDs are never reused.
/// 01xx lexing, 02xx syntax, 03xx names and bindings, 04xx types and values, 05xx files, 06xx warnings.
public enum DiagnosticMessage: Hashable, Sendable {
    case unterminatedString
    case unexpectedCharacter(String)
    case expectedVariableName
    case invalidUTF8
    case expected(String, found: String, context: String)
    case expectedDeclaration(found: String)
    case missingEnd(rule: String)
    case expectedAction(found: String, rule: String)
    case reservedWord(String)
    case nestedTooDeeply(Int)
    case expressionTooDeep(Int)
    case unknownTemplate(String)
    case unknownSlot(String, template: String)
    case unknownValue(String, type: String)
    case unboundVariable(String, context: String)
    case duplicateDeclaration(kind: String, name: String)
    case unknownFactVariable(String)
    case unknownType(String)
    case unknownFunction(String)
    case wrongArgumentCount(function: String, expected: Int, found: Int)
    case notAnAttribute(String, use: String)
    case logicalNotFirst(rule: String)
    case instancesOfAttribute(String)
    case instancesWithoutKey(String)
    case typeMismatch(value: String, slot: String, type: String)
    case certaintyOutOfRange(String)
    case factVariableAsValue(String)
    case instanceSlotType(slot: String, template: String, role: String, needs: String)
    case outsideRange(value: String, slot: String, range: String)
    case badRange(slot: String, reason: String)
    case includeOutsideFolder(String)
    case includeNotFound(String)
    case unusedVariable(String, rule: String)
    case noActions(rule: String)
    case neverFires(rule: String, reason: String)
    case nothingMakes(rule: String, reason: String)
    case subsumed(rule: String, by: String, conclusion: String)
    case conflict(rule: String, other: String, topic: String)
    case cycle(rules: [String])
    case questionNotNeeded(String)
    case incompleteGoal(goal: String, count: String, of: String, sample: String)
    case goalNeverConcluded(String)
    case sameConditions(rule: String, other: String, topic: String)

    /// The stable ID (`RL0101`), for filtering and tests.
    public var id: String { code.rawValue }

    /// The message's entry in the catalogue.
    public var code: DiagnosticID {
        switch self {
        case .unterminatedString: return .rl0101
        case .unexpectedCharacter: return .rl0102
        case .expectedVariableName: return .rl0103
        case .invalidUTF8: return .rl0104
        case .expected: return .rl0201
        case .expectedDeclaration: return .rl0202
        case .missingEnd: return .rl0203
        case .expectedAction: return .rl0204
        case .reservedWord: return .rl0205
        case .nestedTooDeeply: return .rl0206
        case .expressionTooDeep: return .rl0207
        case .unknownTemplate: return .rl0301
        case .unknownSlot: return .rl0302
        case .unknownValue: return .rl0303
        case .unboundVariable: return .rl0304
        case .duplicateDeclaration: return .rl0305
        case .unknownFactVariable: return .rl0306
        case .unknownType: return .rl0307
        case .unknownFunction: return .rl0308
        case .wrongArgumentCount: return .rl0309
        case .notAnAttribute: return .rl0310
        case .logicalNotFirst: return .rl0311
        case .instancesOfAttribute: return .rl0312
        case .instancesWithoutKey: return .rl0313
        case .typeMismatch: return .rl0401
        case .certaintyOutOfRange: return .rl0402
        case .factVariableAsValue: return .rl0403
        case .instanceSlotType: return .rl0404
        case .outsideRange: return .rl0405
        case .badRange: return .rl0406
        case .includeOutsideFolder: return .rl0501
        case .includeNotFound: return .rl0502
        case .unusedVariable: return .rl0601
        case .noActions: return .rl0602
        case .neverFires: return .rl0701
        case .nothingMakes: return .rl0702
        case .subsumed: return .rl0703
        case .conflict: return .rl0704
        case .cycle: return .rl0705
        case .questionNotNeeded: return .rl0706
        case .incompleteGoal, .goalNeverConcluded: return .rl0707
        case .sameConditions: return .rl0708
        }
    }

    /// Whether the message is an error (the rules cannot load) or a warning.
    public var severity: Severity {
        switch self {
        case .unusedVariable, .noActions, .nothingMakes, .subsumed, .cycle, .questionNotNeeded, .incompleteGoal,
            .goalNeverConcluded, .sameConditions:
            return .warning
        default: return .error
        }
    }

    /// The message text; it names the construct it is about.
    public var text: String {
        switch self {
        case .unterminatedString: return "unterminated string: a string must end with '\"' on the same line"
        case .unexpectedCharacter(let c): return "unexpected character '\(c)'"
        case .expectedVariableName: return "expected a variable name after '$'"
        case .invalidUTF8: return "a byte that is not UTF-8 (shown as \u{FFFD}); save the file as UTF-8"
        case .expected(let what, let found, let context): return "expected \(what) \(context), found \(found)"
        case .expectedDeclaration(let found):
            return "expected a declaration (\(Keyword.declarations.joined(separator: ", "))), found \(found)"
        case .missingEnd(let rule): return "rule '\(rule)' is missing its closing 'end'"
        case .expectedAction(let found, let rule):
            return "expected an action (\(Keyword.actions.joined(separator: ", "))) in rule '\(rule)', found \(found)"
        case .reservedWord(let w): return "'\(w)' is a reserved word and cannot be used as a name"
        case .nestedTooDeeply(let n): return "expression nested more than \(n) levels deep"
        case .expressionTooDeep(let n):
            return
                "expression more than \(n) operators deep (each operator of a chain such as a + b + c counts): split it over variables bound in the conditions"
        case .unknownTemplate(let t): return "unknown template '\(t)'"
        case .unknownSlot(let s, let t): return "template '\(t)' has no slot '\(s)'"
        case .unknownValue(let v, let type): return "'\(v)' is not a value of '\(type)'"
        case .unboundVariable(let v, let context): return "variable '$\(v)' is used \(context) before it is bound"
        case .duplicateDeclaration(let kind, let name): return "\(kind) '\(name)' is declared twice"
        case .unknownFactVariable(let v): return "'\(v)' does not name a fact matched by this rule"
        case .unknownType(let t): return "unknown type '\(t)'"
        case .unknownFunction(let f): return "unknown function '\(f)'"
        case .wrongArgumentCount(let f, let expected, let found):
            return "function '\(f)' takes \(expected) argument\(expected == 1 ? "" : "s"), found \(found)"
        case .notAnAttribute(let n, let use): return "'\(n)' is not an attribute, so it cannot be used \(use)"
        case .logicalNotFirst(let rule): return "in rule '\(rule)', 'logical' conditions must come first"
        case .instancesWithoutKey(let t):
            return "'\(t)' has no 'instances' declaration with a 'key', so a slot cannot take its answers from it"
        case .instancesOfAttribute(let n):
            return
                "'\(n)' is an attribute (answered by 'ask'); 'instances' is for templates whose facts a user enters one by one"
        case .typeMismatch(let v, let slot, let type): return "'\(v)' does not fit slot '\(slot)' of type '\(type)'"
        case .certaintyOutOfRange(let v): return "certainty \(v) is outside -1...1"
        case .factVariableAsValue(let v): return "'\(v)' names a fact, not a value; use one of its slots"
        case .instanceSlotType(let slot, let template, let role, let needs):
            return "slot '\(slot)' of '\(template)' cannot be the \(role): it must be \(needs)"
        case .outsideRange(let v, let slot, let range):
            return "\(v) is outside the range of slot '\(slot)', which runs \(range)"
        case .badRange(let slot, let reason): return "slot '\(slot)' cannot have this range: \(reason)"
        case .includeOutsideFolder(let p): return "include '\(p)' is outside the rule folder"
        case .includeNotFound(let p): return "cannot read included file '\(p)'"
        case .unusedVariable(let v, let rule): return "variable '$\(v)' in rule '\(rule)' is bound but never used"
        case .noActions(let rule): return "rule '\(rule)' has no actions"
        case .neverFires(let rule, let reason): return "rule '\(rule)' can never fire: \(reason)"
        case .nothingMakes(let rule, let reason): return "rule '\(rule)' cannot fire on these files alone: \(reason)"
        case .subsumed(let rule, let by, let conclusion):
            return
                "rule '\(rule)' is subsumed by '\(by)': that rule needs no more than this one and concludes \(conclusion) too, so this one only repeats its evidence"
        case .conflict(let rule, let other, let topic):
            return
                "rules '\(rule)' and '\(other)' conflict: the same conditions and salience conclude different values of \(topic) with full certainty, with nothing to weigh them"
        case .cycle(let rules):
            if rules.count == 1 {
                return "rule '\(rules[0])' feeds its own conditions without 'logical': each firing can set it off again"
            }
            return
                "rules \(rules.map { "'\($0)'" }.joined(separator: " -> ")) feed each other's conditions without 'logical': a firing can set off the loop again"
        case .questionNotNeeded(let q): return "question '\(q)' is needed by no rule: its answer changes nothing"
        case .goalNeverConcluded(let goal):
            return "goal '\(goal)' never gets a value: no rule concludes one with positive certainty from the answers"
        case .sameConditions(let rule, let other, let topic):
            return
                "rules '\(rule)' and '\(other)' have the same conditions and salience and conclude different values of \(topic): one rule with a certainty for each value says what is meant (a copied rule?)"
        case .incompleteGoal(let goal, let count, let of, let sample):
            return "goal '\(goal)' gets no value for \(count) of \(of) combinations of answers, for example \(sample)"
        }
    }
}
