/// A recursive-descent parser for rule files.
///
/// Conventions (after swift-syntax and clox): only `mutating` functions consume tokens; every loop makes
/// progress; the first error in a construct sets `panicking`, which silences further errors until the
/// parser resynchronises at the start of a line that can begin a condition, an action or a declaration.
/// So one mistake gives one diagnostic, and a file with three mistakes gives three.
struct Parser {
    /// Where the tokens come from: lexed as the parser goes, so a large file is never held as one
    /// array of tokens (10,000 rules made 300,000 of them, half the peak memory of loading).
    private var lexer: Lexer
    /// The tokens from `base` on: the one before `position`, the current one and at least
    /// `lookahead` more (fewer only at the end of the file, whose `endOfFile` token is then last).
    private var window: [Token] = []
    private var base = 0
    private static let lookahead = 4
    /// The index of the current token in the file.
    var position = 0
    var panicking = false
    /// How deeply expressions are nested now (parentheses, calls, `not`, unary minus); past
    /// `maximumNesting` the parser stops with RL0206.
    var nesting = 0
    static let maximumNesting = 200
    /// How deep the expression tree last parsed is: a leaf is 1, a node one more than its deepest
    /// child, so a chain `a + b + c` (left-nested) is 3. Past `maximumDepth` the parser stops with
    /// RL0207, so a pathological file cannot exhaust the stack of the stages that walk the tree.
    var lastDepth = 0
    static let maximumDepth = 1000
    /// Errors seen so far (reported or not), so a rule knows whether it parsed cleanly.
    var errorCount = 0
    var diagnostics: [Diagnostic] = []
    let path: String

    /// Words that start a top-level declaration.
    static let declarationWords = Set(Keyword.declarations)
    /// Words that start an action.
    static let actionWords = Set(Keyword.actions)
    /// Words that cannot name a template, attribute, enumeration or value.
    static let reservedWords = Set(Keyword.reserved)

    /// Parses one file's text; lexing and parsing diagnostics come back together, in source order.
    static func parse(_ file: SourceFile) -> (RuleFileSyntax, [Diagnostic]) {
        var parser = Parser(lexer: Lexer(text: file.text, file: file.path), path: file.path)
        let syntax = parser.parseFile()
        let all = (parser.lexer.diagnostics + parser.diagnostics).sorted { $0.location < $1.location }
        return (syntax, all)
    }

    init(lexer: Lexer, path: String) {
        self.lexer = lexer
        self.path = path
        fill()
    }

    /// Lexes until the window holds `lookahead` tokens past the current one, or the end of the file.
    private mutating func fill() {
        while window.count - (position - base) <= Parser.lookahead, window.last?.kind != .endOfFile {
            window.append(lexer.nextToken())
        }
    }

    // MARK: Looking

    var current: Token { window[min(position - base, window.count - 1)] }

    /// The token `offset` places ahead (at most `lookahead`), or the end of the file.
    func peek(_ offset: Int) -> Token { window[min(position - base + offset, window.count - 1)] }

    /// The token before the current one (the current one at the start).
    var previous: Token { window[max(0, position - base - 1)] }

    var atEnd: Bool { current.kind == .endOfFile }

    func at(_ kind: TokenKind) -> Bool { current.kind == kind }

    func atWord(_ word: Keyword) -> Bool { current.isWord(word.rawValue) }

    var atDeclaration: Bool { current.kind == .identifier && Parser.declarationWords.contains(current.text) }

    // MARK: Consuming

    @discardableResult
    mutating func advance() -> Token {
        let t = current
        guard t.kind != .endOfFile else { return t }
        position += 1
        // Forget the tokens before the previous one, a block at a time.
        if position - base > 1024 {
            window.removeFirst(position - 1 - base)
            base = position - 1
        }
        fill()
        return t
    }

    /// Consumes a token of `kind`, or reports "expected `what` `context`" (built only for the message).
    mutating func expect(_ kind: TokenKind, _ what: String, _ context: @autoclosure () -> String) -> Token? {
        if at(kind) { return advance() }
        error(.expected(what, found: current.display.quotedIfWord(current), context: context()), at: current)
        return nil
    }

    /// Consumes the word `word`, or reports it missing.
    mutating func expectWord(_ word: Keyword, _ context: @autoclosure () -> String) -> Bool {
        if atWord(word) {
            advance()
            return true
        }
        error(
            .expected("'\(word.rawValue)'", found: current.display.quotedIfWord(current), context: context()),
            at: current)
        return false
    }

    /// Consumes an identifier used as a name.
    mutating func expectName(_ what: String, _ context: @autoclosure () -> String) -> Name? {
        expect(.identifier, what, context()).map(Name.init)
    }

    /// Reports an error unless already panicking, and starts panicking. At a token the lexer already
    /// reported (an unterminated string, a stray character) it only starts panicking.
    mutating func error(_ message: DiagnosticMessage, at token: Token, notes: [String] = []) {
        if panicking { return }
        panicking = true
        errorCount += 1
        if token.kind == .invalid || (position > 0 && previous.kind == .invalid) { return }
        diagnostics.append(Diagnostic(message, at: token.location, length: token.length, notes: notes))
    }

    /// Skips to the next line start that `isStart` accepts (or a declaration, or the end), and stops panicking.
    /// Moves at least one token when nothing was consumed since `before`, so every loop makes progress.
    mutating func synchronize(from before: Int, _ isStart: (Parser) -> Bool) {
        if position == before { advance() }
        while !atEnd {
            if current.startsLine && (atDeclaration || isStart(self)) { break }
            advance()
        }
        panicking = false
    }

    // MARK: The file

    mutating func parseFile() -> RuleFileSyntax {
        var declarations: [Declaration] = []
        while !atEnd {
            let before = position
            panicking = false
            if let d = parseDeclaration() {
                declarations.append(d)
            }
            if panicking || position == before { synchronize(from: before) { _ in false } }
        }
        return RuleFileSyntax(path: path, declarations: declarations)
    }

    mutating func parseDeclaration() -> Declaration? {
        guard current.kind == .identifier, Parser.declarationWords.contains(current.text) else {
            var notes: [String] = []
            if current.kind == .identifier,
                let best = EditDistance.closest(to: current.text, in: Array(Parser.declarationWords))
            {
                notes.append("did you mean '\(best)'?")
            }
            error(.expectedDeclaration(found: current.display.quotedIfWord(current)), at: current, notes: notes)
            return nil
        }
        // `atDeclaration` let only a declaration's keyword through.
        switch Keyword(rawValue: advance().text) ?? .rule {
        case .include:
            guard let path = expect(.string, "a file name in quotes", "after 'include'") else { return nil }
            return .include(path.text, path.location)
        case .module:
            guard let name = expectName("a module name", "after 'module'") else { return nil }
            let title = at(.string) ? advance().text : nil
            return .module(name, title: title)
        case .enum: return parseEnum()
        case .template: return parseTemplate()
        case .attribute:
            guard let name = expectName("an attribute name", "after 'attribute'"),
                expect(.colon, "':'", "after attribute '\(name.text)'") != nil,
                let type = expectName("a type", "after 'attribute \(name.text):'")
            else { return nil }
            return .attribute(name, type: type, texts: parseTexts())
        case .ask: return parseAsk()
        case .instances: return parseInstances()
        case .goal:
            guard let name = expectName("an attribute name", "after 'goal'") else { return nil }
            return .goal(name, texts: parseTexts())
        case .facts: return parseFacts()
        case .function: return parseFunction()
        case .rule: return parseRule()
        case .assert, .retract, .modify, .conclude, .score, .print, .halt, .because, .let, .when, .then, .end, .not,
            .exists, .test, .logical, .is, .in, .salience, .source, .label, .help, .slot, .review, .key, .from, .to,
            .each, .where, .certainty, .if, .else, .and, .or, .mod:
            return parseRule()
        }
    }

    mutating func parseEnum() -> Declaration? {
        guard let name = expectName("an enumeration name", "after 'enum'"),
            expect(.leftBrace, "'{'", "after 'enum \(name.text)'") != nil
        else { return nil }
        var values: [Name] = []
        var texts: [Texts] = []
        while !at(.rightBrace) && !atEnd && !atDeclaration {
            if at(.comma) {
                advance()
                continue
            }
            guard let v = expectName("a value name", "in enum '\(name.text)'") else { return nil }
            values.append(v)
            texts.append(parseTexts())
        }
        guard expect(.rightBrace, "'}'", "to close enum '\(name.text)'") != nil else { return nil }
        return .enumeration(name, values: values, texts: texts)
    }

    mutating func parseTemplate() -> Declaration? {
        guard let name = expectName("a template name", "after 'template'") else { return nil }
        // `template cap en "cap" nl "plafond" { … }`: what explanations call its facts.
        let texts = parseTexts()
        guard expect(.leftBrace, "'{'", "after 'template \(name.text)'") != nil else { return nil }
        var slots: [SlotDecl] = []
        while !at(.rightBrace) && !atEnd && !atDeclaration {
            if at(.comma) {
                advance()
                continue
            }
            guard let slot = expectName("a slot name", "in template '\(name.text)'") else { return nil }
            var type: Name?
            if at(.colon) {
                advance()
                guard let t = expectName("a type", "after slot '\(slot.text)'") else { return nil }
                type = t
            }
            var bounds: [String: ExprSyntax] = [:]
            for word in [Keyword.from, .to] where atRangeBound(word) {
                advance()
                guard let b = parseTerm(context: "after '\(word.rawValue)' in slot '\(slot.text)'") else { return nil }
                bounds[word.rawValue] = b
            }
            var value: ExprSyntax?
            if at(.assign) {
                advance()
                guard let v = parseTerm(context: "as the default of slot '\(slot.text)'") else { return nil }
                value = v
            }
            slots.append(
                SlotDecl(name: slot, type: type, defaultValue: value, lower: bounds["from"], upper: bounds["to"]))
        }
        guard expect(.rightBrace, "'}'", "to close template '\(name.text)'") != nil else { return nil }
        return .template(name, slots: slots, texts: texts)
    }

    /// `from` or `to` followed by a number: a bound of a slot's range (a slot may still be called `from`).
    func atRangeBound(_ word: Keyword) -> Bool {
        guard atWord(word) else { return false }
        let next = peek(1)
        return next.kind == .integer || next.kind == .float || next.kind == .minus
    }

    /// `en "…" nl "…"` pairs: a short identifier followed by a string.
    /// With `once`, the texts stop where a language comes again (`label en "…" nl "…"` then the
    /// prompts `en "…" nl "…"`).
    mutating func parseTexts(once: Bool = false) -> Texts {
        var texts: Texts = [:]
        while current.kind == .identifier, current.text.count == 2, peek(1).kind == .string {
            if once && texts[current.text] != nil { break }
            let language = advance().text
            texts[language] = advance().text
        }
        return texts
    }

    mutating func parseAsk() -> Declaration? {
        guard let name = expectName("an attribute name", "after 'ask'"),
            expect(.colon, "':'", "after 'ask \(name.text)'") != nil,
            let type = expectName("a type", "after 'ask \(name.text):'")
        else { return nil }
        var prompts: Texts = [:]
        var help: Texts = [:]
        var label: Texts = [:]
        var precondition: [ConditionSyntax] = []
        while !atEnd {
            if current.kind == .identifier, current.text.count == 2, peek(1).kind == .string {
                prompts.merge(parseTexts()) { $1 }
            } else if atWord(.help) {
                advance()
                help.merge(parseTexts(once: true)) { $1 }
            } else if atWord(.label) {
                advance()
                label.merge(parseTexts(once: true)) { $1 }
            } else if atWord(.when) {
                advance()
                while !atEnd && !atDeclaration && !atWord(.end) && !atWord(.help) && !atWord(.label)
                    && !(current.kind == .identifier && current.text.count == 2 && peek(1).kind == .string)
                {
                    let before = position
                    if let c = parseCondition() { precondition.append(c) }
                    if panicking || position == before { synchronize(from: before) { $0.atConditionStart } }
                }
            } else {
                break
            }
        }
        if atWord(.end) { advance() }
        return .ask(
            AskDecl(name: name, type: type, prompts: prompts, help: help, precondition: precondition, label: label))
    }

    /// `instances TEMPLATE` then, in any order: offer texts, `each` texts, `key SLOT`, `label SLOT`,
    /// `slot NAME [from TEMPLATE] texts [help texts]`; then `end`.
    mutating func parseInstances() -> Declaration? {
        guard let template = expectName("a template name", "after 'instances'") else { return nil }
        var offer: Texts = [:]
        var each: Texts = [:]
        var key: Name?
        var label: Name?
        var slots: [InstanceSlotDecl] = []
        var review: Texts = [:]
        while !atEnd && !atDeclaration && !atWord(.end) {
            if current.kind == .identifier, current.text.count == 2, peek(1).kind == .string {
                offer.merge(parseTexts()) { $1 }
            } else if atWord(.each) {
                advance()
                each.merge(parseTexts()) { $1 }
            } else if atWord(.review) {
                advance()
                review.merge(parseTexts()) { $1 }
            } else if atWord(.key) {
                advance()
                guard let k = expectName("a slot name", "after 'key'") else { return nil }
                key = k
            } else if atWord(.label) {
                advance()
                guard let l = expectName("a slot name", "after 'label'") else { return nil }
                label = l
            } else if atWord(.slot) {
                advance()
                guard let name = expectName("a slot name", "after 'slot'") else { return nil }
                var from: Name?
                var whereSlot: Name?
                var whereValues: [Name] = []
                if atWord(.from) {
                    advance()
                    guard let f = expectName("a template name", "after 'from'") else { return nil }
                    from = f
                    if atWord(.where) {
                        advance()
                        guard let s = expectName("a slot name", "after 'where'") else { return nil }
                        guard expectWord(.in, "after 'where \(s.text)'") else { return nil }
                        guard expect(.leftBracket, "'['", "after 'in'") != nil else { return nil }
                        while !at(.rightBracket) && !atEnd {
                            if at(.comma) {
                                advance()
                                continue
                            }
                            guard let v = expectName("a value", "in the list after 'where \(s.text) in'") else {
                                return nil
                            }
                            whereValues.append(v)
                        }
                        guard expect(.rightBracket, "']'", "to close the list after 'in'") != nil else { return nil }
                        whereSlot = s
                    }
                }
                let prompts = parseTexts()
                var help: Texts = [:]
                if atWord(.help) {
                    advance()
                    help = parseTexts()
                }
                slots.append(
                    InstanceSlotDecl(
                        name: name, from: from, whereSlot: whereSlot, whereValues: whereValues, prompts: prompts,
                        help: help))
            } else {
                // Any other word is the mistake, an identifier as much as a number or a symbol.
                error(
                    .expected(
                        "'each', 'key', 'label', 'slot', texts or 'end'", found: current.display.quotedIfWord(current),
                        context: "in 'instances \(template.text)'"), at: current)
                return nil
            }
        }
        _ = expectWord(.end, "to close 'instances \(template.text)'")
        return .instances(
            InstancesDecl(
                template: template, offer: offer, each: each, key: key, label: label, slots: slots, review: review))
    }

    mutating func parseFacts() -> Declaration? {
        var facts: [FactSyntax] = []
        while !atEnd && !atWord(.end) && !atDeclaration {
            let before = position
            if let f = parseFact(context: "in 'facts'") { facts.append(f) }
            if panicking || position == before { synchronize(from: before) { $0.current.kind == .identifier } }
        }
        _ = expectWord(.end, "to close 'facts'")
        return .facts(facts)
    }

    mutating func parseFunction() -> Declaration? {
        guard let name = expectName("a function name", "after 'function'"),
            expect(.leftParen, "'('", "after 'function \(name.text)'") != nil
        else { return nil }
        var parameters: [Name] = []
        while !at(.rightParen) && !atEnd {
            if at(.comma) {
                advance()
                continue
            }
            guard let p = expect(.variable, "a parameter like '$x'", "in function '\(name.text)'") else { return nil }
            parameters.append(Name(p))
        }
        guard expect(.rightParen, "')'", "after the parameters of '\(name.text)'") != nil,
            expect(.assign, "'='", "before the body of function '\(name.text)'") != nil,
            let body = parseExpression(context: "as the body of function '\(name.text)'")
        else { return nil }
        return .function(name, parameters: parameters, body: body)
    }
}

extension String {
    /// Quotes the text of a word or symbol token for a message ("found 'rul'"); leaves "end of file" bare.
    func quotedIfWord(_ token: Token) -> String {
        token.kind == .endOfFile || token.kind == .string ? self : "'\(self)'"
    }
}
