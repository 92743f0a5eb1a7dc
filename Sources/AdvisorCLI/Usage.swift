/// Help texts, one per command.
enum Usage {
    static let version = "advisor 0.2.0"

    static let main = """
        advisor — a rules-based decision advisor for strategic sales planning

        USAGE: advisor [consult options]      a consultation (the same as `advisor consult`)
               advisor <command> [options]

        COMMANDS:
          consult   A question-and-answer consultation: asks only what the rules need, explains
                    itself (why, how, why not), and ends with the advice; resumable
          evaluate  Advice for scenario files or --set answers: approach, method, leadership, KPIs,
                    SWOT issues, option ranking and a sales-plan outline, each with its rules
          explain   How a conclusion was reached, why a question matters, why not another
                    value, what other answers would change; Graphviz graphs
          replay    Replay recorded consultations (transcripts) and show where the output differs
          run       Run a rule program to quiescence and print its output
          test      Run regression suites: expected advice per case, rule and condition coverage,
                    JUnit XML for CI
          check     Parse and check rule files or a rule folder

        OPTIONS:
          -h, --help     Show help; `advisor <command> --help` shows a command's help
          --version      Show the version

        Exit codes: 0 success, 1 a check or expectation failed, 2 bad usage or bad input.
        """

    static let run = """
        USAGE: advisor run PROGRAM.rules... [options]

        Runs a rule program (its rules and `facts`) to quiescence and prints what its rules print.

        OPTIONS:
          --strategy NAME      depth (default), breadth, lex, mea, simplicity, complexity or random
          --seed N             the seed of the random strategy (default 0)
          --watch ITEM         facts, rules or activations (repeat or separate with commas); CLIPS-style lines
          --stats              print `N rules fired`, facts asserted, peak working memory and time
          --trace              after the output, list every firing: rule, facts, bindings, changes
          --profile            after the output, the ten busiest nodes of the network and their rules
          --max-firings N      stop with an error after N firings (default 10000000)
          --max-facts N        stop with an error when working memory holds N facts (default 5000000)
          --rules DIR          the rule folder includes may reach (default: the program's folder)
          --dump-network       print the Rete network instead of running
          -h, --help           Show this help
        """

    static let test = """
        USAGE: advisor test [SUITE|DIR...] [--format text|json|junit] [--coverage] [--filter PATTERN]

        Runs regression suites (.suite files; a folder stands for those under it; default rules/suites).
        Each case gives answers and facts as a scenario does (or names a scenario file) and what the
        knowledge base must make of it; a failure shows expected against actual and why not. Format:
        docs/suites.md. Exit code 0 when every case passes, 1 when one fails, 2 for bad input.

        EXAMPLES:
          advisor test
          advisor test rules/suites/approach.suite --filter 'transactional*'
          advisor test --coverage --format junit > junit.xml

        OPTIONS:
          --format FORMAT      text (default), json, or junit (JUnit XML, one testcase per case)
          --coverage           per rule its firings and per condition whether it was seen true and
                               false; ends with `coverage: N of M rules fired`
          --filter PATTERN     run only the cases whose name matches (* and ? as in the shell)
          --update-traces      write the golden traces of `expect trace "FILE"` instead of comparing
          --rules DIR          test the knowledge base in DIR (also ADVISOR_RULES); otherwise the
                               suite's own `rules "FOLDER"` line, or the bundled knowledge base
          -h, --help           Show this help
        """

    static let check = """
        USAGE: advisor check [FILE...] [--rules DIR] [--strict] [--format text|json]

        Parses and checks rule files as one rule base (each with what it includes, loaded once), or every
        .rules file under a folder. Exit code 0 when clean, 1 with warnings under --strict, 2 with errors.

        OPTIONS:
          --rules DIR          check every .rules file under DIR (also the folder includes may reach)
          --strict             treat warnings as failures (exit code 1)
          --format FORMAT      text (default) or json
          -h, --help           Show this help
        """

    static let evaluate = """
        USAGE: advisor evaluate [SCENARIO|DIR...] [--set NAME=VALUE]... [--grid NAME=v1,v2...]... [options]

        Runs each situation through the knowledge base and writes the advice: the recommended sales
        approach, selling method and leadership style with certainty, runner-up and the rules behind
        them; KPIs; the SWOT issues and core problem; the option ranking on suitability, feasibility and
        acceptability; and the sales-plan outline. A folder stands for its .scenario files. --set answers
        apply to every scenario (and override the file's); with only --set, they are the situation.
        Scenario format: docs/scenarios.md. Exit code 1 when an `expect` line is not met.

        EXAMPLE:
          advisor evaluate --set complexity=high --set risk=high --set added-value=high --format json
          advisor evaluate rules/scenarios --lang nl
          advisor evaluate --grid complexity=low,medium,high --grid risk=low,high --jsonl

        OPTIONS:
          --set NAME=VALUE     an answer (repeatable); unknown names or values list the valid ones
          --grid NAME=V1,V2    evaluate every combination of these values (repeatable), for each scenario;
                               the count is said first, and written as it is ready
          --max-combinations N refuse a grid of more than N situations (default 1000000)
          --format FORMAT      text (default), markdown, json, or csv (one line per scenario)
          --jsonl              one compact JSON object per line (for many scenarios)
          --lang LANG          en (default) or nl
          --weights W          feasibility=..,suitability=..,acceptability=.. (default 0.25, 0.5, 0.25)
          --trace              add every rule firing to the report
          --explain            add the derivation tree of every recommendation (see advisor explain)
          --rules DIR          use the knowledge base in DIR instead of the bundled one (also ADVISOR_RULES)
          -h, --help           Show this help
        """

    static let explain = """
        USAGE: advisor explain [SCENARIO] [--set NAME=VALUE]... MODE [--format text|markdown|json|dot] [--lang en|nl]

        Explains the advice for one situation (a scenario file and/or --set answers).

        MODES (one):
          --how TOPIC[=VALUE]    the derivation tree of a conclusion down to the answers: every rule with
                                 its source, reason, bindings and certainty arithmetic (a ⊕ b = c);
                                 or of every fact of a kind (--how knock-out, --how core-problem)
          --why-not TOPIC=VALUE  every rule that could conclude it and the first condition that failed,
                                 with the facts that failed it (or the cap, or the certainty it lost on),
                                 and the fewest answer changes (up to two) that would make it the advice
          --why QUESTION         which rules need the answer, what they conclude, which conditions hold
          --what-if              for every answer, which other value would change which recommendation
          --rule-graph           the rule dependency graph of the knowledge base (--format dot)

        EXAMPLES:
          advisor explain rules/scenarios/hospital-equipment.scenario --why-not approach=strategic-relationship
          advisor explain --set complexity=high --set risk=high --set added-value=high --how approach --format dot | dot -Tsvg

        OPTIONS:
          --format FORMAT      text (default), markdown, json, or dot (for --how and --rule-graph)
          --lang LANG          en (default) or nl
          --weights W          as for evaluate
          --rules DIR          use the knowledge base in DIR (also ADVISOR_RULES)
          -h, --help           Show this help
        """

    static let consult = """
        USAGE: advisor consult [--lang en|nl] [--set NAME=VALUE]... [--scenario FILE] [--session FILE]
                               [--resume [FILE]] [--record FILE] [--rules DIR] [--weights W]

        Asks about the customer situation, one question at a time: always the question that the most
        open rules need, never one whose answer cannot change the advice. Ends with the advice: the
        sales approach, selling method and leadership style with their reasons, the KPIs, the options
        (from --scenario), the plan outline and the answers that would change the advice most.
        The dialogue goes to standard error, the advice to standard output.

        AT EVERY PROMPT: an answer by number, name or a unique prefix, in English or Dutch, optionally
        with a certainty from -1 to 1 (high 0.7); ? or help; why; how TOPIC; why not TOPIC=VALUE;
        unknown; back; change QUESTION; summary; report FILE (Markdown); save FILE; quit.

        The session is saved after every answer (default $XDG_STATE_HOME/advisor/consultation.session,
        else ~/.local/state/advisor/consultation.session). Ctrl-C or the end of the input stops cleanly.
        On a pipe, answers are read line by line: printf 'high\\nlow\\n' | advisor consult

        OPTIONS:
          --lang LANG          en or nl (default: nl when LC_ALL or LANG starts with nl, else en)
          --set NAME=VALUE     answer a question beforehand (repeatable)
          --scenario FILE      answers, SWOT items and options from a scenario file (docs/scenarios.md)
          --session FILE       save the session here instead of the default file
          --resume [FILE]      continue a saved session (default: the default session file)
          --record FILE        write a transcript of the consultation (docs/transcripts.md)
          --weights W          feasibility=..,suitability=..,acceptability=.. for option scoring
          --rules DIR          use the knowledge base in DIR instead of the bundled one (also ADVISOR_RULES)
          -h, --help           Show this help
        """

    static let replay = """
        USAGE: advisor replay TRANSCRIPT... [--update]

        Runs each recorded consultation again with the same commands and typed answers, and shows a
        unified diff wherever the output differs. Exit code 1 on any difference, 2 when a transcript
        cannot be read. With --update, writes the new output into the transcripts instead.
        Format: docs/transcripts.md.

        OPTIONS:
          --update             rewrite the transcripts with the output of this run
          -h, --help           Show this help
        """

    /// What a usage mistake shows after its message: the command's usage line and where the rest is,
    /// as swift-argument-parser does (the full help would bury the message).
    static func brief(_ command: String?) -> String {
        let usage = of(command).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let help = command.map { "advisor \($0) --help" } ?? "advisor --help"
        return usage + "\n  See '\(help)' for more.\n"
    }

    static func of(_ command: String?) -> String {
        switch command {
        case "consult": return consult
        case "replay": return replay
        case "explain": return explain
        case "evaluate": return evaluate
        case "run": return run
        case "check": return check
        case "test": return test
        default: return main
        }
    }
}
