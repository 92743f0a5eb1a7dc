@_spi(Tooling) import RuleLanguage

/// Where a command writes: standard output and standard error, buffered; tests pass closures that collect text.
public final class Terminal {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    private var buffer = ""
    /// Whether the process ends after the command (the standard terminal's): a command may then leave
    /// its large structures to the system instead of freeing them object by object.
    public private(set) var endsProcess = false

    /// Writes to the process's standard output and standard error.
    public static func standard() -> Terminal {
        let failure = WriteFailure()
        let terminal = Terminal(
            out: { text in
                if failure.reason == nil, let reason = FileSystem.writeAll(text, to: 1) { failure.reason = reason }
            }, err: { FileSystem.writeAll($0, to: 2) })
        terminal.endsProcess = true
        terminal.failure = failure
        return terminal
    }

    /// Why writing standard output failed, if it did (the command then ends with a message and exit 2).
    public var outputFailure: String? { failure?.reason }
    private var failure: WriteFailure?

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.writeOut = out
        self.writeErr = err
    }

    /// Writes to standard output (buffered; flushed at 64 KiB, before any error text, and by ``flush()``).
    /// Sees everything written to either stream, in order (a transcript being recorded).
    var tap: ((String) -> Void)?

    public func out(_ text: String) {
        tap?(text)
        buffer += text
        if buffer.utf8.count >= 65_536 { flush() }
    }

    /// Writes to standard error, after flushing standard output so the two stay in order. Every
    /// message passes here, so none echoes a mebibyte of input (``ShownInput/capped(_:)``).
    public func err(_ text: String) {
        let text = ShownInput.capped(text)
        tap?(text)
        flush()
        writeErr(text)
    }

    public func flush() {
        if !buffer.isEmpty {
            writeOut(buffer)
            buffer = ""
        }
    }
}

/// The first failed write to standard output.
final class WriteFailure {
    var reason: String?
}
