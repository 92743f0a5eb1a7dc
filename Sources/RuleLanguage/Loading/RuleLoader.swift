import RuleEngine

/// The result of loading rule files: the compiled rule base (when there are no errors), every
/// diagnostic in file order, and the source files (for rendering carets).
public struct LoadResult: Sendable {
    /// The compiled rule base; nil when there are errors.
    public let ruleBase: RuleBase?
    /// Every error and warning, in file order.
    public let diagnostics: [Diagnostic]
    /// The files read, for rendering the diagnostics.
    public let files: [SourceFile]

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The diagnostics rendered with source lines and carets.
    public var renderedDiagnostics: String { DiagnosticRenderer(sources: files).render(diagnostics) }
}

/// Reads rule files and folders, follows `include`s (each file loaded once, never outside the rule
/// folder), parses and compiles them as one rule base.
public struct RuleLoader {
    /// Where includes may point: files inside this folder only.
    public let root: String
    /// Reads a file's text; replaceable for tests and for a knowledge base bundled in the binary.
    public var read: @Sendable (String) -> String?

    /// A loader for the folder `root`; `read` gives a file's text (replaceable, for text held in memory).
    public init(root: String, read: @escaping @Sendable (String) -> String? = RuleLoader.readFile) {
        self.root = RuleLoader.canonical(root)
        self.read = read
    }

    /// Reads a UTF-8 file from disk.
    @Sendable public static func readFile(_ path: String) -> String? { FileSystem.contents(of: path) }

    /// A path made absolute and normalised (`..` and `.` removed, symbolic links resolved).
    public static func canonical(_ path: String) -> String { FileSystem.canonical(path) }

    /// All `.rules` files under a folder, sorted by path.
    public static func ruleFiles(in folder: String) -> [String] {
        FileSystem.files(under: folder).filter { $0.hasSuffix(".rules") }
    }

    /// Loads the given files (paths as the user wrote them) as one rule base.
    public func load(_ paths: [String]) -> LoadResult {
        var state = LoadState()
        for p in paths { loadFile(display: p, canonical: RuleLoader.canonical(p), from: nil, into: &state) }
        let (base, compileDiagnostics) = Compiler.compile(state.syntax)
        var all = state.diagnostics + compileDiagnostics
        all.sort {
            ($0.location.file == $1.location.file)
                ? $0.location < $1.location
                : (state.order[$0.location.file] ?? 0) < (state.order[$1.location.file] ?? 0)
        }
        var result = base
        result.files = state.files
        let hasErrors = all.contains { $0.severity == .error }
        return LoadResult(ruleBase: hasErrors ? nil : result, diagnostics: all, files: state.files)
    }

    private struct LoadState {
        var seen: Set<String> = []
        var syntax: [RuleFileSyntax] = []
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var order: [String: Int] = [:]
    }

    private func loadFile(
        display: String, canonical: String, from include: (String, SourceLocation, Int)?, into state: inout LoadState
    ) {
        if state.seen.contains(canonical) { return }
        state.seen.insert(canonical)
        guard let text = read(canonical) else {
            if let (path, location, length) = include {
                state.diagnostics.append(Diagnostic(.includeNotFound(path), at: location, length: length))
            } else {
                state.diagnostics.append(
                    Diagnostic(.includeNotFound(display), at: SourceLocation(file: display, line: 0, column: 0)))
            }
            return
        }
        let file = SourceFile(path: display, text: text)
        state.order[display] = state.files.count
        state.files.append(file)
        let (syntax, diagnostics) = Parser.parse(file)
        state.diagnostics += diagnostics
        // Included files' declarations take the place of the include, so definition order is source order.
        var own: [Declaration] = []
        func flush() {
            if !own.isEmpty {
                state.syntax.append(RuleFileSyntax(path: display, declarations: own))
                own = []
            }
        }
        let directory = FileSystem.directory(of: canonical)
        let displayDirectory = FileSystem.directory(of: display)
        for d in syntax.declarations {
            guard case .include(let path, let location) = d else {
                own.append(d)
                continue
            }
            let target = RuleLoader.canonical(path.hasPrefix("/") ? path : directory + "/" + path)
            let length = path.count + 2
            guard target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                state.diagnostics.append(Diagnostic(.includeOutsideFolder(path), at: location, length: length))
                continue
            }
            flush()
            let shown = displayDirectory.isEmpty ? path : displayDirectory + "/" + path
            loadFile(display: shown, canonical: target, from: (path, location, length), into: &state)
        }
        flush()
    }
}
