@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// `advisor check`: parse and check rule files or a folder as one rule base.
enum CheckCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.check }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal, environment: context.environment)
    }

    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError)
        -> ExitStatus
    {
        let a = try Arguments(args, spec: Commands.check)
        let format = a.choice("--format", default: CheckFormat.text)
        var files = a.positional
        let folder = a.value("--rules") ?? environment["ADVISOR_RULES"]
        if let folder, files.isEmpty {
            guard FileSystem.isDirectory(folder) else {
                terminal.err("advisor: cannot read rule folder '\(folder)'\n")
                return .badInput
            }
            files = RuleLoader.ruleFiles(in: folder)
            if files.isEmpty {
                terminal.err("advisor: no .rules files under '\(folder)'\n")
                return .badInput
            }
        }
        if let f = RuleFileArguments.unreadable(files) {
            terminal.err("advisor: cannot read '\(f)': \(FileSystem.readProblem(f))\n")
            return .badInput
        }
        // No files and no folder: the knowledge base built into the binary (as `test` runs the
        // bundled suites).
        let loaded: LoadResult
        if let first = files.first {
            loaded = RuleFileArguments.load(files, root: folder ?? FileSystem.directory(of: first))
        } else {
            loaded = KnowledgeBase.bundledLoad()
        }
        // The verifier reads the whole rule base; the advisor itself asserts its goals' decisions.
        let result = loaded.verified(
            external: loaded.ruleBase?.goals.isEmpty == false ? KnowledgeBase.hostTemplates : [])
        switch format {
        case .json:
            terminal.out(DiagnosticJSON.render(result) + "\n")
        case .text:
            if !result.diagnostics.isEmpty { terminal.err(result.renderedDiagnostics) }
            let e = result.errors.count
            let w = result.warnings.count
            terminal.out(
                "checked \(result.files.count) file\(result.files.count == 1 ? "" : "s"): "
                    + "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")\n")
        }
        if !result.errors.isEmpty { return .badInput }
        if a.has("--strict") && !result.warnings.isEmpty { return .failure }
        return .success
    }
}

/// Diagnostics as JSON (stable field names: id, severity, file, line, column, message, notes).
enum DiagnosticJSON {
    /// `{"schemaVersion", "files", "errors", "warnings", "diagnostics": [...]}`.
    static func render(_ result: LoadResult) -> String {
        "{\"schemaVersion\":\(JSONReport.schemaVersion),\"files\":\(result.files.count),\"errors\":\(result.errors.count),"
            + "\"warnings\":\(result.warnings.count),\n \"diagnostics\":" + render(result.diagnostics) + "}"
    }

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d in
            "{\"id\":\(quote(d.id)),\"severity\":\(quote(d.severity.rawValue)),\"file\":\(quote(d.location.file)),"
                + "\"line\":\(d.location.line),\"column\":\(d.location.column),\"message\":\(quote(d.message.text)),"
                + "\"notes\":[\(d.notes.map(quote).joined(separator: ","))]}"
        }
        return "[" + items.joined(separator: ",\n ") + "]"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
