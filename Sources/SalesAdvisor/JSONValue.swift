import RuleLanguage

/// A JSON value written with stable key order (as built) and fixed number formatting, so the same
/// report gives the same bytes on every run.
public indirect enum JSONValue: Sendable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Writes the value indented by two spaces per level (`indent` starts every line but the first).
    public func rendered(indent: String = "") -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: Array(indent.utf8), pretty: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the value on one line (for `--jsonl`).
    public func compact() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: [], pretty: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value's bytes: one buffer for the whole document, no intermediate strings.
    func write(into out: inout [UInt8], indent: [UInt8], pretty: Bool) {
        switch self {
        case .string(let s): JSONValue.quote(s, into: &out)
        case .number(let d): JSONValue.number(d, into: &out)
        case .integer(let i): JSONValue.digits(i, into: &out)
        case .bool(let b): for c in (b ? "true" : "false").utf8 { out.append(c) }
        case .null: for c in "null".utf8 { out.append(c) }
        case .array(let items):
            if items.isEmpty {
                out.append(UInt8(ascii: "["))
                out.append(UInt8(ascii: "]"))
                return
            }
            let inner = pretty ? indent + [32, 32] : indent
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty {
                    out.append(10)
                    out += inner
                }
                item.write(into: &out, indent: inner, pretty: pretty)
            }
            if pretty {
                out.append(10)
                out += indent
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty {
                out.append(UInt8(ascii: "{"))
                out.append(UInt8(ascii: "}"))
                return
            }
            let inner = pretty ? indent + [32, 32] : indent
            out.append(UInt8(ascii: "{"))
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty {
                    out.append(10)
                    out += inner
                }
                JSONValue.quote(field.0, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(32) }
                field.1.write(into: &out, indent: inner, pretty: pretty)
            }
            if pretty {
                out.append(10)
                out += indent
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A number as JSON writes it.
    static func numberText(_ d: Double) -> String {
        var out: [UInt8] = []
        number(d, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// At most four decimals, trailing zeros dropped: `0.75`, `2`, `-0.3333`.
    static func number(_ d: Double, into out: inout [UInt8]) {
        guard d.isFinite, abs(d) < 1e14 else {
            out += (d.isFinite ? String(d) : "null").utf8
            return
        }
        let scaled = Int((abs(d) * 10_000).rounded())
        if d < 0 && scaled != 0 { out.append(UInt8(ascii: "-")) }
        digits(scaled / 10_000, into: &out)
        var fraction = scaled % 10_000
        guard fraction != 0 else { return }
        out.append(UInt8(ascii: "."))
        var count = 4
        while fraction % 10 == 0 {
            fraction /= 10
            count -= 1
        }
        // The digits written from the last, in place: leading zeros stay (`0.05`).
        let start = out.count
        out.append(contentsOf: repeatElement(48, count: count))
        var i = start + count - 1
        while fraction > 0 {
            out[i] = 48 + UInt8(fraction % 10)
            fraction /= 10
            i -= 1
        }
    }

    /// A whole number's decimal digits, with a minus sign when negative; no string made.
    static func digits(_ n: Int, into out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        let start = out.count
        repeat {
            out.append(48 + UInt8(m % 10))
            m /= 10
        } while m > 0
        out[start...].reverse()
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as UTF-8.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { bytes in
            // Copies the runs between characters that need escaping in one go.
            var start = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 32 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                switch b {
                case UInt8(ascii: "\""): out += [92, 34]
                case UInt8(ascii: "\\"): out += [92, 92]
                case 10: out += [92, UInt8(ascii: "n")]
                case 13: out += [92, UInt8(ascii: "r")]
                case 9: out += [92, UInt8(ascii: "t")]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [92, UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]]
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
