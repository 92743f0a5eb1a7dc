@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// The knowledge bases suites run in, each loaded once: `--rules` (or `ADVISOR_RULES`) for every
/// suite, else the suite's own `rules "…"` line, else the bundled one.
final class SuiteBases {
    let override: String?
    let terminal: Terminal
    private var bases: [String: KnowledgeBase] = [:]
    private var broken: Set<String> = []
    /// The keys in the order they were first loaded (the coverage report's order).
    private(set) var order: [String] = []

    init(override: String?, terminal: Terminal) {
        self.override = override
        self.terminal = terminal
    }

    /// The knowledge base of `suite` with its key (a folder relative to the current one, or "the
    /// bundled knowledge base"); nil when it does not load (said once).
    func knowledgeBase(for suite: Suite) -> (String, KnowledgeBase)? {
        var folder = override
        if folder == nil, let (path, _) = suite.rules { folder = SuiteRunner.resolve(path, from: suite.file) }
        // One key per folder however it is written; shown relative to the current folder.
        let key =
            folder.map { path -> String in
                let full = FileSystem.canonical(path)
                let here = FileSystem.canonical(".") + "/"
                if full + "/" == here { return "." }
                return full.hasPrefix(here) ? String(full.dropFirst(here.count)) : full
            } ?? "the bundled knowledge base"
        if let kb = bases[key] { return (key, kb) }
        if broken.contains(key) { return nil }
        guard let kb = KnowledgeBaseLoader.load(folder == nil ? nil : key, terminal: terminal) else {
            broken.insert(key)
            return nil
        }
        bases[key] = kb
        order.append(key)
        return (key, kb)
    }
}
