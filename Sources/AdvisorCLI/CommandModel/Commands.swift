import RuleEngine
@_spi(Tooling) import SalesAdvisor

/// Every command of `advisor`, declared once.
enum Commands {
    static let formats = ReportFormat.formatNames
    static let languages = Language.allCases.map(\.rawValue)

    /// An option's values as help says them: `depth (default), breadth, … or random` (the first is
    /// the default). Help lists what the option's enum has, so a new case is listed where it is added.
    static func listed(_ values: [String]) -> String {
        guard let first = values.first else { return "" }
        let rest = values.dropFirst()
        guard let last = rest.last else { return first }
        return ([first + " (default)"] + rest.dropLast()).joined(separator: ", ") + " or " + last
    }
    static let rulesOption = OptionSpec(
        name: "--rules", value: "DIR",
        help: "use the knowledge base in DIR instead of the bundled one (also ADVISOR_RULES)",
        completion: .directory)
    static let weightsOption = OptionSpec(
        name: "--weights", value: "W", help: "feasibility=..,suitability=..,acceptability=.. (default 0.25, 0.5, 0.25)")

    /// Every command, in the order help lists them: the one list a new command is added to.
    static let registry: [any AdvisorCommand.Type] = [
        ConsultCommand.self, EvaluateCommand.self, ExplainCommand.self, ReplayCommand.self, RunCommand.self,
        TestCommand.self, CheckCommand.self, CompletionsCommand.self, ManCommand.self,
    ]

    /// The declarations of ``registry``'s commands.
    static let all: [CommandSpec] = registry.map { $0.spec }

    static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    /// The command called `name`.
    static func command(named name: String) -> (any AdvisorCommand.Type)? { registry.first { $0.spec.name == name } }

    static let consult = CommandSpec(
        name: "consult",
        abstract:
            "A question-and-answer consultation: asks only what the rules need, explains itself (why, how, why not), and ends with the advice; resumable",
        usage: [
            "advisor consult [--lang en|nl] [--set NAME=VALUE]... [--scenario FILE] [--session FILE]",
            "                [--resume [FILE]] [--record FILE] [--rules DIR] [--weights W]",
        ],
        discussion: [
            "Asks about the customer situation, one question at a time: always the question that the most open rules need, never one whose answer cannot change the advice. Ends with the advice: the sales approach, selling method and leadership style with their reasons, the KPIs, the options (from --scenario), the plan outline and the answers that would change the advice most. The dialogue goes to standard error, the advice to standard output."
        ],
        sections: [
            (
                "AT EVERY PROMPT:",
                [
                    "an answer by number, name or a unique prefix, in English or Dutch, optionally with a certainty from -1 to 1 (high 0.7); or a command: "
                        + PromptCommand.Verb.allCases.map {
                            "\($0.entry.synopsis?.en ?? $0.entry.usage.en) — \($0.entry.description.en) (Dutch: \($0.entry.words.nl))"
                        }.joined(separator: "; ") + ".",
                    "The session is saved after every answer (default $XDG_STATE_HOME/advisor/consultation.session, else ~/.local/state/advisor/consultation.session). Ctrl-C or the end of the input stops cleanly. On a pipe, answers are read line by line: printf 'high\\nlow\\n' | advisor consult",
                ]
            )
        ],
        options: [
            OptionSpec(
                name: "--lang", value: "LANG",
                help: "en or nl (default: nl when LC_ALL or LANG starts with nl, else en)",
                completion: .values(languages)),
            OptionSpec(
                name: "--set", value: "NAME=VALUE", help: "answer a question beforehand (repeatable)",
                completion: .assignment(.answers), repeatable: true),
            OptionSpec(
                name: "--scenario", value: "FILE",
                help: "answers, SWOT items and options from a scenario file (docs/scenarios.md)",
                completion: .file(extensions: ["scenario"])),
            OptionSpec(
                name: "--customer", value: "NAME",
                help: "the customer the advice is for: the title of the advice and its report"),
        ] + DocumentOptions.specs + [
            OptionSpec(
                name: "--session", value: "FILE", help: "save the session here instead of the default file",
                completion: .file(extensions: ["session"])),
            OptionSpec(
                name: "--resume", value: "FILE", help: "continue a saved session (default: the default session file)",
                completion: .file(extensions: ["session"]), optionalValue: true),
            OptionSpec(
                name: "--record", value: "FILE", help: "write a transcript of the consultation (docs/transcripts.md)",
                completion: .file(extensions: ["transcript"])),
            OptionSpec(
                name: "--weights", value: "W", help: "feasibility=..,suitability=..,acceptability=.. for option scoring"
            ),
            rulesOption,
        ])

    static let evaluate = CommandSpec(
        name: "evaluate",
        abstract:
            "Advice for scenario files or --set answers: approach, method, leadership, KPIs, SWOT issues, option ranking and a sales-plan outline, each with its rules",
        usage: ["advisor evaluate [SCENARIO|DIR...] [--set NAME=VALUE]... [--grid NAME=v1,v2...]... [options]"],
        discussion: [
            "Runs each situation through the knowledge base and writes the advice: the recommended sales approach, selling method and leadership style with certainty, runner-up and the rules behind them; KPIs; the SWOT issues and core problem; the option ranking on suitability, feasibility and acceptability; and the sales-plan outline. A folder stands for its .scenario files; `-` reads standard input, and .jsonl and .csv files are exports with one account per line. --set answers apply to every scenario (and override the file's); with only --set, they are the situation. Scenario format: docs/scenarios.md. Exit code 1 when an `expect` line is not met."
        ],
        examples: [
            "advisor evaluate --set complexity=high --set risk=high --set added-value=high --format json",
            "advisor evaluate rules/scenarios --lang nl",
            "advisor evaluate --grid complexity=low,medium,high --grid risk=low,high --jsonl",
        ],
        options: [
            OptionSpec(
                name: "--set", value: "NAME=VALUE",
                help: "an answer (repeatable); unknown names or values list the valid ones",
                completion: .assignment(.answers), repeatable: true),
            OptionSpec(
                name: "--grid", value: "NAME=V1,V2",
                help:
                    "evaluate every combination of these values (repeatable), for each scenario; the count is said first, and written as it is ready",
                completion: .assignment(.answers), repeatable: true),
            OptionSpec(
                name: "--max-combinations", value: "N",
                help: "refuse a grid of more than N situations (default 1000000)"),
            OptionSpec(
                name: "--format", value: "FORMAT",
                help: listed(formats), completion: .values(formats)),
            OptionSpec(name: "--jsonl", value: nil, help: "one compact JSON object per line (for many scenarios)"),
            OptionSpec(
                name: "--customer", value: "NAME",
                help: "the customer on the document (default: the scenario's title or the export's title column)"),
        ] + DocumentOptions.specs + [
            OptionSpec(
                name: "--summary", value: nil,
                help:
                    "one portfolio summary instead of a report per situation: the accounts per customer class, each goal's advice per class, the accounts that differ from their class's usual advice, close calls and knock-outs (text, markdown, json or csv)"
            ),
            OptionSpec(
                name: "--delimiter", value: "SEP",
                help:
                    "what separates a CSV export's fields: comma, semicolon or tab (default: told from its first line)",
                completion: .values(ExportLayout.Delimiter.allCases.map(\.rawValue))),
            OptionSpec(
                name: "--map", value: "COLUMN=NAME",
                help:
                    "read an export's column as a question, id or title (repeatable; COLUMN=NAME,… or a file of COLUMN=NAME lines)",
                repeatable: true),
            OptionSpec(
                name: "--ignore-unknown", value: nil,
                help: "leave out an export's columns that are not id, title or a question (named once)"),
            OptionSpec(
                name: "--columns", value: "NAME,…",
                help: "the columns of a CSV export without a header row (a partition of a larger one)"),
            OptionSpec(
                name: "--on-error", value: "WHAT",
                help:
                    "a record that gives no advice: fail (default; said with its line, exit 2), skip (said in one line without the record, exit 0) or row (written in the output in its place, with its id and the message, exit 0)",
                completion: .values(OnError.allCases.map(\.rawValue))),
            OptionSpec(
                name: "--threads", value: "N",
                help:
                    "run situations on at most N threads (default: every core; 1 where a framework runs one process per core)"
            ),
            OptionSpec(name: "--lang", value: "LANG", help: "en (default) or nl", completion: .values(languages)),
            weightsOption,
            OptionSpec(name: "--trace", value: nil, help: "add every rule firing to the report"),
            OptionSpec(
                name: "--explain", value: nil,
                help: "add the derivation tree of every recommendation (see advisor explain)"),
            rulesOption,
        ],
        positional: .file(extensions: ["scenario", "jsonl", "csv"]))

    static let explain = CommandSpec(
        name: "explain",
        abstract:
            "How a conclusion was reached, why a question matters, why not another value, what other answers would change; Graphviz graphs",
        usage: [
            "advisor explain [SCENARIO] [--set NAME=VALUE]... MODE [--format text|markdown|json|dot] [--lang en|nl]"
        ],
        discussion: ["Explains the advice for one situation (a scenario file and/or --set answers). Give one mode."],
        examples: [
            "advisor explain rules/scenarios/hospital-equipment.scenario --why-not approach=strategic-relationship",
            "advisor explain --set complexity=high --set risk=high --set added-value=high --how approach --format dot | dot -Tsvg",
        ],
        options: [
            OptionSpec(
                name: "--how", value: "TOPIC[=VALUE]",
                help:
                    "the derivation tree of a conclusion down to the answers: every rule with its source, reason, bindings and certainty arithmetic (a ⊕ b = c); or of every fact of a kind (--how knock-out, --how core-problem)",
                completion: .assignment(.conclusions)),
            OptionSpec(
                name: "--why-not", value: "TOPIC=VALUE",
                help:
                    "every rule that could conclude it and the first condition that failed, with the facts that failed it (or the cap, or the certainty it lost on), and the fewest answer changes (up to two) that would make it the advice; option=NAME for an option",
                completion: .assignment(.conclusions)),
            OptionSpec(
                name: "--why", value: "QUESTION",
                help: "which rules need the answer, what they conclude, which conditions hold"),
            OptionSpec(
                name: "--what-if", value: nil,
                help: "for every answer, which other value would change which recommendation"),
            OptionSpec(
                name: "--rule-graph", value: nil, help: "the rule dependency graph of the knowledge base (--format dot)"
            ),
            OptionSpec(
                name: "--set", value: "NAME=VALUE", help: "an answer (repeatable)", completion: .assignment(.answers),
                repeatable: true),
            OptionSpec(
                name: "--format", value: "FORMAT",
                help: "text (default), markdown, json, or dot (for --how and --rule-graph)",
                completion: .values(ExplainFormat.allCases.map(\.rawValue))),
            OptionSpec(name: "--lang", value: "LANG", help: "en (default) or nl", completion: .values(languages)),
            OptionSpec(name: "--weights", value: "W", help: "as for evaluate"),
            rulesOption,
        ],
        positional: .file(extensions: ["scenario"]))

    static let replay = CommandSpec(
        name: "replay",
        abstract: "Replay recorded consultations (transcripts) and show where the output differs",
        usage: ["advisor replay TRANSCRIPT... [--update [--by-prompt]]"],
        discussion: [
            "Runs each recorded consultation again with the same commands and typed answers, and shows a unified diff wherever the output differs. Exit code 1 on any difference, 2 when a transcript cannot be read. With --update, writes the new output into the transcripts instead. Format: docs/transcripts.md."
        ],
        options: [
            OptionSpec(name: "--update", value: nil, help: "rewrite the transcripts with the output of this run"),
            OptionSpec(
                name: "--by-prompt", value: nil,
                help:
                    "with --update: give each prompt the answers typed at a prompt of the same text, for when the questions now come in another order"
            ),
        ],
        positional: .file(extensions: ["transcript"]))

    static let run = CommandSpec(
        name: "run",
        abstract: "Run a rule program to quiescence and print its output",
        usage: ["advisor run PROGRAM.rules... [options]"],
        discussion: ["Runs a rule program (its rules and `facts`) to quiescence and prints what its rules print."],
        options: [
            OptionSpec(
                name: "--strategy", value: "NAME",
                help: listed(ConflictStrategy.allCases.map(\.rawValue)),
                completion: .values(ConflictStrategy.allCases.map(\.rawValue))),
            OptionSpec(name: "--seed", value: "N", help: "the seed of the random strategy (default 0)"),
            OptionSpec(
                name: "--watch", value: "ITEM",
                help: "facts, rules or activations (repeat or separate with commas); CLIPS-style lines",
                completion: .values(WatchItem.allCases.map(\.rawValue)), repeatable: true, commaSeparated: true),
            OptionSpec(
                name: "--stats", value: nil,
                help: "print `N rules fired`, facts asserted, peak working memory, peak resident memory and time"
            ),
            OptionSpec(
                name: "--trace", value: nil, help: "after the output, list every firing: rule, facts, bindings, changes"
            ),
            OptionSpec(
                name: "--profile", value: nil,
                help: "after the output, the ten busiest nodes of the network and their rules"),
            OptionSpec(
                name: "--max-firings", value: "N", help: "stop with an error after N firings (default 10000000)"),
            OptionSpec(
                name: "--max-facts", value: "N",
                help: "stop with an error when working memory holds N facts (default 5000000)"),
            OptionSpec(
                name: "--max-matches", value: "N",
                help: "stop with an error when the network holds N partial matches (default 10000000)"),
            OptionSpec(
                name: "--rules", value: "DIR",
                help: "the rule folder includes may reach (default: the program's folder)", completion: .directory),
            OptionSpec(name: "--dump-network", value: nil, help: "print the Rete network instead of running"),
        ],
        positional: .file(extensions: ["rules"]))

    static let test = CommandSpec(
        name: "test",
        abstract: "Run regression suites: expected advice per case, rule and condition coverage, JUnit XML for CI",
        usage: ["advisor test [SUITE|DIR...] [--format text|json|junit] [--coverage] [--filter PATTERN]"],
        discussion: [
            "Runs regression suites (.suite files; a folder stands for those under it; default rules/suites). Each case gives answers and facts as a scenario does (or names a scenario file) and what the knowledge base must make of it; a failure shows expected against actual and why not. Format: docs/suites.md. Exit code 0 when every case passes, 1 when one fails, 2 for bad input."
        ],
        examples: [
            "advisor test",
            "advisor test rules/suites/approach.suite --filter 'transactional*'",
            "advisor test --coverage --format junit > junit.xml",
        ],
        options: [
            OptionSpec(
                name: "--format", value: "FORMAT",
                help: "text (default), json, or junit (JUnit XML, one testcase per case)",
                completion: .values(SuiteFormat.allCases.map(\.rawValue))),
            OptionSpec(
                name: "--coverage", value: nil,
                help:
                    "per rule its firings and per condition whether it was seen true and false; ends with `coverage: N of M rules fired`"
            ),
            OptionSpec(
                name: "--filter", value: "PATTERN",
                help: "run only the cases whose name matches (* and ? as in the shell)"),
            OptionSpec(
                name: "--update-traces", value: nil,
                help: "write the golden traces of `expect trace \"FILE\"` instead of comparing"),
            OptionSpec(
                name: "--rules", value: "DIR",
                help:
                    "test the knowledge base in DIR (also ADVISOR_RULES); otherwise the suite's own `rules \"FOLDER\"` line, or the bundled knowledge base",
                completion: .directory),
        ],
        positional: .file(extensions: ["suite"]))

    static let check = CommandSpec(
        name: "check",
        abstract: "Parse and check rule files or a rule folder",
        usage: ["advisor check [FILE...] [--rules DIR] [--strict] [--format text|json]"],
        discussion: [
            "Parses and checks rule files as one rule base (each with what it includes, loaded once), or every .rules file under a folder (without either, the knowledge base built into the binary), and verifies the rules (RL0701-RL0708: docs/verifier.md). Exit code 0 when clean, 1 with warnings under --strict, 2 with errors. --format json writes {\"schemaVersion\", \"files\", \"errors\", \"warnings\", \"diagnostics\": [{\"id\", \"severity\", \"message\", \"file\", \"line\", \"column\", \"notes\"}]} (docs/verifier.md)."
        ],
        options: [
            OptionSpec(
                name: "--rules", value: "DIR",
                help: "check every .rules file under DIR (also the folder includes may reach)", completion: .directory),
            OptionSpec(name: "--strict", value: nil, help: "treat warnings as failures (exit code 1)"),
            OptionSpec(
                name: "--format", value: "FORMAT", help: "text (default) or json",
                completion: .values(CheckFormat.allCases.map(\.rawValue))),
        ],
        positional: .file(extensions: ["rules"]))

    static let completions = CommandSpec(
        name: "completions",
        abstract: "Print a shell completion script for bash, zsh or fish",
        usage: ["advisor completions bash|zsh|fish"],
        discussion: [
            "Completes commands, options, their enumerated values (--format, --lang, --strategy, --watch) and files of the right kind. Install: `advisor completions bash > /etc/bash_completion.d/advisor`; zsh: `advisor completions zsh > \"${fpath[1]}/_advisor\"`; fish: `advisor completions fish > ~/.config/fish/completions/advisor.fish`."
        ],
        positional: .values(["bash", "zsh", "fish"]))

    static let man = CommandSpec(
        name: "man",
        abstract: "Print the manual page (roff), the same as docs/advisor.1",
        usage: ["advisor man"],
        discussion: ["Writes the manual page built from the commands' declarations: `advisor man | man -l -`."])
}
