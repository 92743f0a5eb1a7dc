@_spi(Tooling) import RuleLanguage

/// Rule files named on the command line (`run`, `check`): `-` is standard input, read once and
/// named `<stdin>` in diagnostics, as a file in the `--rules` folder (else the working folder), so
/// its includes are read from there.
enum RuleFileArguments {
    /// The first file that cannot be read, if any (`-` always can).
    static func unreadable(_ paths: [String]) -> String? {
        paths.first { $0 != "-" && !FileSystem.isReadableFile($0) }
    }

    /// The files loaded as one rule base, includes limited to `root`.
    static func load(_ paths: [String], root: String) -> LoadResult {
        let root = root.isEmpty ? "." : root
        guard paths.contains("-") else { return RuleLoader(root: root).load(paths) }
        let text = FileSystem.standardInput() ?? ""
        let name = root == "." ? "<stdin>" : (root.hasSuffix("/") ? root : root + "/") + "<stdin>"
        let standardInput = RuleLoader.canonical(name)
        let loader = RuleLoader(root: root) { $0 == standardInput ? text : RuleLoader.readFile($0) }
        return loader.load(paths.map { $0 == "-" ? name : $0 })
    }
}
