@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// Loads the knowledge base for a command: the bundled copy, or a folder; reports diagnostics.
enum KnowledgeBaseLoader {
    static func load(_ folder: String?, terminal: Terminal) -> KnowledgeBase? {
        if let folder, !FileSystem.isDirectory(folder) {
            terminal.err("advisor: cannot read rule folder '\(folder)'\n")
            return nil
        }
        if let folder, KnowledgeBase.entryFiles(in: folder).isEmpty {
            terminal.err(
                "advisor: no knowledge base in '\(folder)': it needs an advisor.rules entry file, or .rules files directly in it (not in subfolders)\n"
            )
            return nil
        }
        let (kb, result) = KnowledgeBase.load(folder: folder)
        if !result.errors.isEmpty || kb == nil {
            terminal.err(result.renderedDiagnostics)
            terminal.err(
                "advisor: the knowledge base has errors; run `advisor check --rules \(folder ?? "rules/sales")`\n")
            return nil
        }
        return kb
    }
}
