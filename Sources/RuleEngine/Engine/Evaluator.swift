/// An error while evaluating an expression: a type mismatch, a division by zero, runaway recursion.
public struct EvaluationError: Error, Hashable, Sendable {
    /// What went wrong, in words.
    public let message: String
}

/// Where an expression finds the facts of its levels.
protocol LevelSource {
    func fact(at level: Int) -> Fact?
    /// The value of a `let` local, if the source has locals.
    func local(_ index: Int) -> Value?
}

extension LevelSource {
    func local(_ index: Int) -> Value? { nil }
}

/// A partial match being extended by `candidate` at `level`.
struct JoinSource: LevelSource {
    let token: Token?
    let candidate: Fact?
    let level: Int

    @inline(__always) func fact(at l: Int) -> Fact? {
        l == level ? candidate : token?.fact(at: l)
    }
}

/// The facts of a complete match, by level, and the `let` locals of the firing.
struct FactsSource: LevelSource {
    let facts: [Fact?]
    var locals: [Value] = []

    @inline(__always) func fact(at l: Int) -> Fact? { l < facts.count ? facts[l] : nil }
    func local(_ index: Int) -> Value? { index < locals.count ? locals[index] : nil }
}

/// Evaluates expressions. Pure: it reads facts and calls user functions, and changes nothing.
struct Evaluator {
    let functions: [Function]
    let symbolBox: SymbolBox
    var symbols: SymbolTable { symbolBox.table }

    func evaluate<S: LevelSource>(_ expr: Expr, _ source: S, _ parameters: Arguments = Arguments(), depth: Int = 0)
        throws(EvaluationError) -> Value
    {
        switch expr {
        case .constant(let v):
            return v
        case .slot(let level, let slot):
            guard let fact = source.fact(at: level), slot < fact.slots.count else {
                throw EvaluationError(message: "no fact is bound at condition \(level + 1)")
            }
            return fact.slots[slot]
        case .certainty(let level):
            guard let fact = source.fact(at: level) else {
                throw EvaluationError(message: "no fact is bound at condition \(level + 1)")
            }
            return .float(fact.certainty)
        case .parameter(let i):
            guard i < parameters.count else { throw EvaluationError(message: "missing parameter \(i + 1)") }
            return parameters[i]
        case .local(let i):
            guard let v = source.local(i) else { throw EvaluationError(message: "no value is bound to local \(i + 1)") }
            return v
        case .unary(let op, let e):
            let v = try evaluate(e, source, parameters, depth: depth)
            switch op {
            case .negate:
                switch v {
                case .integer(let i):
                    let (r, overflow) = (0 as Int).subtractingReportingOverflow(i)
                    guard !overflow else { throw Evaluator.overflow("-(\(i))") }
                    return .integer(r)
                case .float(let d): return .float(-d)
                default: throw typeError("-", v)
                }
            case .not:
                return boolean(!truth(v))
            }
        case .binary(let op, let a, let b):
            return try binary(op, a, b, source, parameters, depth)
        case .conditional(let c, let a, let b):
            return truth(try evaluate(c, source, parameters, depth: depth))
                ? try evaluate(a, source, parameters, depth: depth)
                : try evaluate(b, source, parameters, depth: depth)
        case .builtin(let f, let args):
            if args.count == 2 && (f == .div || f == .min || f == .max) {
                let x = try evaluate(args[0], source, parameters, depth: depth)
                return try builtin(f, x, try evaluate(args[1], source, parameters, depth: depth))
            }
            var values: [Value] = []
            values.reserveCapacity(args.count)
            for a in args { values.append(try evaluate(a, source, parameters, depth: depth)) }
            return try builtin(f, values)
        case .call(let index, let args):
            guard depth < 200 else { throw EvaluationError(message: "function calls nested deeper than 200") }
            guard index < functions.count else { throw EvaluationError(message: "unknown function") }
            var values = Arguments()
            for a in args { values.append(try evaluate(a, source, parameters, depth: depth)) }
            return try evaluate(functions[index].body, source, values, depth: depth + 1)
        }
    }

    /// Whether a value counts as true: everything except the symbol `false`, 0 and 0.0.
    func truth(_ v: Value) -> Bool {
        switch v {
        case .integer(let i): return i != 0
        case .float(let d): return d != 0
        case .symbol(let s): return symbols.name(of: s) != "false"
        case .string: return true
        }
    }

    private func boolean(_ b: Bool) -> Value { .integer(b ? 1 : 0) }

    private func typeError(_ op: String, _ v: Value) -> EvaluationError {
        EvaluationError(message: "'\(op)' needs a number, got '\(v.rendered(symbols, quoted: true))'")
    }

    private func binary<S: LevelSource>(
        _ op: BinaryOperator, _ a: Expr, _ b: Expr, _ source: S, _ parameters: Arguments, _ depth: Int
    ) throws(EvaluationError) -> Value {
        let x = try evaluate(a, source, parameters, depth: depth)
        switch op {
        case .and: return truth(x) ? boolean(truth(try evaluate(b, source, parameters, depth: depth))) : boolean(false)
        case .or: return truth(x) ? boolean(true) : boolean(truth(try evaluate(b, source, parameters, depth: depth)))
        default: break
        }
        let y = try evaluate(b, source, parameters, depth: depth)
        switch op {
        case .equal: return boolean(ValueOrder.equal(x, y))
        case .notEqual: return boolean(!ValueOrder.equal(x, y))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let c = ValueOrder.compare(x, y) else {
                throw typeError(op.rawValue, x.isNumber ? y : x)
            }
            switch op {
            case .less: return boolean(c < 0)
            case .lessOrEqual: return boolean(c <= 0)
            case .greater: return boolean(c > 0)
            default: return boolean(c >= 0)
            }
        case .add, .subtract, .multiply, .divide, .modulo:
            return try arithmetic(op, x, y)
        case .and, .or:
            return boolean(false)
        }
    }

    private func arithmetic(_ op: BinaryOperator, _ x: Value, _ y: Value) throws(EvaluationError) -> Value {
        if case .integer(let i) = x, case .integer(let j) = y {
            switch op {
            case .add:
                let (r, overflow) = i.addingReportingOverflow(j)
                guard !overflow else { throw Evaluator.overflow("\(i) + \(j)") }
                return .integer(r)
            case .subtract:
                let (r, overflow) = i.subtractingReportingOverflow(j)
                guard !overflow else { throw Evaluator.overflow("\(i) - \(j)") }
                return .integer(r)
            case .multiply:
                let (r, overflow) = i.multipliedReportingOverflow(by: j)
                guard !overflow else { throw Evaluator.overflow("\(i) * \(j)") }
                return .integer(r)
            case .divide:
                guard j != 0 else { throw EvaluationError(message: "division by zero: \(i) / 0") }
                let (q, overflow) = i.dividedReportingOverflow(by: j)
                guard !overflow else { throw Evaluator.overflow("\(i) / \(j)") }
                return i.remainderReportingOverflow(dividingBy: j).partialValue == 0
                    ? .integer(q) : .float(Double(i) / Double(j))
            case .modulo:
                guard j != 0 else { throw EvaluationError(message: "division by zero: \(i) mod 0") }
                // Int.min mod -1 is 0 (the remainder exists; only the quotient overflows).
                return .integer(i.remainderReportingOverflow(dividingBy: j).partialValue)
            default: break
            }
        }
        guard let d = x.number else { throw typeError(op.rawValue, x) }
        guard let e = y.number else { throw typeError(op.rawValue, y) }
        switch op {
        case .add: return .float(d + e)
        case .subtract: return .float(d - e)
        case .multiply: return .float(d * e)
        case .divide:
            guard e != 0 else {
                throw EvaluationError(message: "division by zero: \(Value.format(d)) / \(Value.format(e))")
            }
            return .float(d / e)
        case .modulo:
            guard e != 0 else {
                throw EvaluationError(message: "division by zero: \(Value.format(d)) mod \(Value.format(e))")
            }
            return .float(d.truncatingRemainder(dividingBy: e))
        default: return .float(0)
        }
    }

    /// `div`, `min` and `max` of two values, without an argument array.
    private func builtin(_ f: Builtin, _ x: Value, _ y: Value) throws(EvaluationError) -> Value {
        switch f {
        case .div:
            guard case .integer(let a) = x, case .integer(let b) = y else {
                throw EvaluationError(message: "'div' needs two integers")
            }
            return try Evaluator.floorDivision(a, b)
        default:
            guard let c = ValueOrder.compare(y, x) else {
                throw EvaluationError(message: "'\(f.rawValue)' needs numbers")
            }
            return (f == .min && c < 0) || (f == .max && c > 0) ? y : x
        }
    }

    /// The longest string `str` makes (1 MiB): a rule that doubles a string stops with an error
    /// long before memory runs out.
    static let maximumStringLength = 1 << 20

    /// An integer overflow: a runtime error that names the operation and its values.
    static func overflow(_ operation: String) -> EvaluationError {
        EvaluationError(message: "integer overflow: \(operation) is outside -9223372036854775808...9223372036854775807")
    }

    /// A whole float as an integer; an error when it is not a number or does not fit 64 bits.
    static func whole(_ d: Double, _ f: Builtin) throws(EvaluationError) -> Value {
        guard let i = Value.exactInteger(d) else {
            throw EvaluationError(
                message:
                    "'\(f.rawValue)' cannot make an integer of \(Value.format(d)): it is not a number or does not fit 64 bits"
            )
        }
        return .integer(i)
    }

    /// Integer division rounding toward negative infinity.
    private static func floorDivision(_ a: Int, _ b: Int) throws(EvaluationError) -> Value {
        guard b != 0 else { throw EvaluationError(message: "division by zero: div(\(a), 0)") }
        let (q, overflow) = a.dividedReportingOverflow(by: b)
        guard !overflow else { throw Evaluator.overflow("div(\(a), \(b))") }
        let r = a.remainderReportingOverflow(dividingBy: b).partialValue
        return .integer((r != 0 && (a < 0) != (b < 0)) ? q - 1 : q)
    }

    private func builtin(_ f: Builtin, _ v: [Value]) throws(EvaluationError) -> Value {
        func num(_ i: Int) throws(EvaluationError) -> Double {
            guard i < v.count, let d = v[i].number else {
                throw EvaluationError(message: "'\(f.rawValue)' needs a number")
            }
            return d
        }
        switch f {
        case .abs:
            if case .integer(let i) = v.first {
                guard i != Int.min else { throw Evaluator.overflow("abs(\(i))") }
                return .integer(Swift.abs(i))
            }
            return .float(Swift.abs(try num(0)))
        case .min, .max:
            guard var best = v.first else { throw EvaluationError(message: "'\(f.rawValue)' needs an argument") }
            for x in v.dropFirst() {
                guard let c = ValueOrder.compare(x, best) else {
                    throw EvaluationError(message: "'\(f.rawValue)' needs numbers")
                }
                if (f == .min && c < 0) || (f == .max && c > 0) { best = x }
            }
            return best
        case .round: return try Evaluator.whole((try num(0)).rounded(.toNearestOrAwayFromZero), f)
        case .floor: return try Evaluator.whole((try num(0)).rounded(.down), f)
        case .ceiling: return try Evaluator.whole((try num(0)).rounded(.up), f)
        case .integer: return try Evaluator.whole((try num(0)).rounded(.towardZero), f)
        case .float: return .float(try num(0))
        case .sqrt: return .float((try num(0)).squareRoot())
        case .div:
            guard v.count == 2, case .integer(let a) = v[0], case .integer(let b) = v[1] else {
                throw EvaluationError(message: "'div' needs two integers")
            }
            return try Evaluator.floorDivision(a, b)
        case .str:
            let text = v.map { $0.rendered(symbols) }.joined()
            guard text.utf8.count <= Evaluator.maximumStringLength else {
                throw EvaluationError(
                    message:
                        "'str' would make a string of \(text.utf8.count) bytes, more than the limit of \(Evaluator.maximumStringLength)"
                )
            }
            return .string(symbolBox.table.intern(text))
        }
    }
}

/// The arguments of a user-defined function call: up to four inline, so a call allocates nothing.
struct Arguments {
    private var a0 = Value.integer(0), a1 = Value.integer(0), a2 = Value.integer(0), a3 = Value.integer(0)
    private var rest: [Value] = []
    private(set) var count = 0

    @inline(__always) mutating func append(_ v: Value) {
        switch count {
        case 0: a0 = v
        case 1: a1 = v
        case 2: a2 = v
        case 3: a3 = v
        default: rest.append(v)
        }
        count += 1
    }

    @inline(__always) subscript(i: Int) -> Value {
        switch i {
        case 0: return a0
        case 1: return a1
        case 2: return a2
        case 3: return a3
        default: return rest[i - 4]
        }
    }
}

/// The engine's symbol table, shared with the evaluator so that `str` can intern new strings.
final class SymbolBox {
    @exclusivity(unchecked) var table: SymbolTable
    init(_ table: SymbolTable) { self.table = table }
}
