/// Writes one JSON value straight into bytes, for output that is written once and never read
/// back as a value (a compact line per account): no tree of `JSONValue`s to build and free.
/// Numbers and strings are written as ``JSONValue`` writes them.
struct JSONLineWriter {
    private(set) var bytes: [UInt8] = []
    /// Per open container: whether nothing has been written in it yet.
    private var empty: [Bool] = [true]
    /// A key was written; its value comes next, without a comma.
    private var afterKey = false

    init() { bytes.reserveCapacity(4096) }

    /// The line written.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func separate() {
        if afterKey {
            afterKey = false
        } else if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// A key known when the program is built (`"certainty":`): its bytes as they are, nothing to escape.
    mutating func key(_ k: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A key from the data (a question's or a topic's name), escaped.
    mutating func key(text k: String) {
        separate()
        JSONValue.quote(k, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    mutating func string(_ s: String?) {
        separate()
        if let s { JSONValue.quote(s, into: &bytes) } else { null() }
    }

    mutating func number(_ d: Double?) {
        separate()
        if let d { JSONValue.number(d, into: &bytes) } else { null() }
    }

    mutating func integer(_ i: Int) {
        separate()
        JSONValue.digits(i, into: &bytes)
    }

    mutating func bool(_ b: Bool?) {
        separate()
        guard let b else { return null() }
        for c in (b ? "true" : "false").utf8 { bytes.append(c) }
    }

    private mutating func null() { for c in "null".utf8 { bytes.append(c) } }

    /// `{`, the fields `body` writes, `}`.
    mutating func object(_ body: (inout JSONLineWriter) -> Void) { container(123, 125, body) }

    /// `[`, the items `body` writes, `]`.
    mutating func array(_ body: (inout JSONLineWriter) -> Void) { container(91, 93, body) }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONLineWriter) -> Void) {
        separate()
        bytes.append(open)
        empty.append(true)
        body(&self)
        empty.removeLast()
        bytes.append(close)
    }
}
