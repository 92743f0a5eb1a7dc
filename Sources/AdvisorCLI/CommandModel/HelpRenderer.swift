@_spi(Tooling) import SalesAdvisor

/// `--help` from a command's declaration, wrapped to `width` columns (the terminal's, or 80 on a pipe).
struct HelpRenderer {
    let width: Int

    /// The column where option help starts.
    static let helpColumn = 23

    func wrap(_ text: String, indent: Int, first: String = "") -> String {
        // TextReport.wrap indents continuation lines two more: give it the first line's prefix.
        let lines = TextReport(language: .en).wrap(text, indent: "", width: max(20, width - indent)).split(
            separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for (i, line) in lines.enumerated() where !(i == lines.count - 1 && line.isEmpty) {
            let body = i == 0 ? String(line) : String(line.drop { $0 == " " })
            out +=
                (i == 0
                    ? (first + String(repeating: " ", count: max(0, indent - first.count)))
                    : String(repeating: " ", count: indent)) + body + "\n"
        }
        return out
    }

    func render(_ c: CommandSpec) -> String {
        var out = "USAGE: " + c.usage.joined(separator: "\n       ") + "\n"
        for p in c.discussion { out += "\n" + wrap(p, indent: 0) }
        for s in c.sections {
            out += "\n" + s.title + "\n"
            for l in s.lines { out += wrap(l, indent: 2) }
        }
        if !c.examples.isEmpty {
            out += "\n" + (c.examples.count == 1 ? "EXAMPLE:" : "EXAMPLES:") + "\n"
            for e in c.examples { out += "  " + e + "\n" }
        }
        out += "\nOPTIONS:\n"
        for o in c.options + [OptionSpec(name: "-h, --help", value: nil, help: "Show this help")] {
            let head = "  " + o.synopsis
            if head.count >= HelpRenderer.helpColumn - 1 {
                out += head + "\n" + wrap(o.help, indent: HelpRenderer.helpColumn)
            } else {
                out += wrap(o.help, indent: HelpRenderer.helpColumn, first: head)
            }
        }
        return out
    }

    func renderMain() -> String {
        var out = "advisor — a rules-based decision advisor for strategic sales planning\n\n"
        out += "USAGE: advisor [consult options]      a consultation (the same as `advisor consult`)\n"
        out += "       advisor <command> [options]\n\nCOMMANDS:\n"
        for c in Commands.all { out += wrap(c.abstract, indent: 14, first: "  " + c.name) }
        out += wrap("Show a command's help (the same as advisor COMMAND --help)", indent: 14, first: "  help")
        out += "\nOPTIONS:\n"
        out += wrap("Show help; `advisor <command> --help` shows a command's help", indent: 15, first: "  -h, --help")
        out += wrap("Show the version", indent: 15, first: "  --version")
        out += "\nExit codes: 0 success, 1 a check or expectation failed, 2 bad usage or bad input.\n"
        return out
    }
}
