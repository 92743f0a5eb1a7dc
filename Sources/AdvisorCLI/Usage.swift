@_spi(Tooling) import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Help texts, made from the commands' declarations (``Commands``).
enum Usage {
    static let version = "advisor 0.2.0"

    /// The width help is wrapped to: the terminal's columns when standard output is one (at least
    /// 60, at most 120), else 80, as swift-argument-parser does.
    static var width: Int {
        if let columns = FileSystem.environment("COLUMNS").flatMap(Int.init), columns > 0 {
            return min(max(columns, 60), 120)
        }
        return TerminalSize.columns(1).map { min(max($0, 60), 120) } ?? 80
    }

    static var main: String { HelpRenderer(width: width).renderMain() }

    /// A command's help, or the main help for nil.
    static func of(_ command: String?) -> String {
        guard let command, let spec = Commands.named(command) else { return main }
        return HelpRenderer(width: width).render(spec)
    }

    /// What a usage mistake shows after its message: the command's usage line and where the rest is,
    /// as swift-argument-parser does (the full help would bury the message).
    static func brief(_ command: String?) -> String {
        let usage =
            command.flatMap(Commands.named).map { "USAGE: " + $0.usage.joined(separator: "\n       ") }
            ?? "USAGE: advisor <command> [options]"
        let help = command.map { "advisor \($0) --help" } ?? "advisor --help"
        return usage + "\n  See '\(help)' for more.\n"
    }
}
