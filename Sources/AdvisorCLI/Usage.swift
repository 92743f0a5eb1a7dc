/// Help texts, one per command.
enum Usage {
    static let version = "advisor 0.1.0"

    static let main = """
        advisor — a rules-based decision advisor for strategic sales planning

        USAGE: advisor <command> [options]

        AVAILABLE NOW:
          run       Run a rule program to quiescence and print its output
          check     Parse and check rule files or a rule folder

        COMING (see ROADMAP):
          consult   A question-and-answer consultation (the default command, once the knowledge base lands)
          evaluate  Evaluate scenarios against the knowledge base
          explain   How, why, why not and what if
          test      Run rule regression suites
          replay    Replay recorded consultations

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

    static func of(_ command: String?) -> String {
        switch command {
        case "run": return run
        case "check": return check
        default: return main
        }
    }
}
