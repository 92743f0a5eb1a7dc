/// How a shell completes an option's value or a positional argument.
enum Completion: Equatable {
    case none
    /// One of these words (`--format json`); also what parsing accepts, with "did you mean".
    case values([String])
    /// A file, optionally with one of these extensions (`.rules`, `.scenario`).
    case file(extensions: [String])
    case directory
    /// `NAME=VALUE` from the bundled knowledge base: a name, then its values (after a comma too,
    /// for `--grid NAME=V1,V2`).
    case assignment(Assignments)
}

/// The names and values an assignment option takes, read from the bundled knowledge base when
/// the completion scripts are made.
enum Assignments: String, Equatable {
    /// Questions and their answers (`--set`, `--grid`).
    case answers
    /// What the rules conclude and its values (`--how`, `--why-not`).
    case conclusions
}

/// One option of a command, declared once: parsing, `--help`, shell completions and the man page
/// all come from it, as swift-argument-parser's `@Option` and `@Flag` do.
struct OptionSpec {
    let name: String
    /// The value's placeholder (`FORMAT`); nil for a flag.
    let value: String?
    let help: String
    var completion: Completion = .none
    /// Given more than once, the values add up (`--set`, `--grid`, `--watch`).
    var repeatable = false
    /// The value may be left out (`--resume [FILE]`); then it is empty.
    var optionalValue = false
    /// The value is a comma-separated list of `.values` words (`--watch facts,rules`).
    var commaSeparated = false

    /// `--format FORMAT`, `--resume [FILE]`, `--stats`.
    var synopsis: String {
        guard let value else { return name }
        return optionalValue ? "\(name) [\(value)]" : "\(name) \(value)"
    }
}

/// A command's declaration: what it is for, how it is called, its options and its arguments.
struct CommandSpec {
    let name: String
    /// One line for the command list (`advisor --help`), the man page and completions.
    let abstract: String
    /// The usage lines, without `USAGE: `.
    let usage: [String]
    /// Paragraphs after the usage line.
    var discussion: [String] = []
    /// Titled blocks after the discussion, kept as written (`MODES (one):`, `AT EVERY PROMPT:`).
    var sections: [(title: String, lines: [String])] = []
    var examples: [String] = []
    var options: [OptionSpec] = []
    /// How the positional arguments complete.
    var positional: Completion = .none

    func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }
}
