@_spi(Tooling) import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `advisor replay TRANSCRIPT...`: runs each recorded consultation again and diffs the output.
enum ReplayCommand: AdvisorCommand {
    static var spec: CommandSpec { Commands.replay }

    static func invoke(_ arguments: [String], in context: CommandContext) throws(UsageError) -> ExitStatus {
        try execute(arguments, terminal: context.terminal, environment: context.environment)
    }

    static func execute(_ args: [String], terminal: Terminal, environment: [String: String]) throws(UsageError)
        -> ExitStatus
    {
        let a = try Arguments(args, spec: Commands.replay)
        if a.has("--by-prompt") && !a.has("--update") {
            throw UsageError(message: "--by-prompt re-records transcripts: use it with --update", command: "replay")
        }
        guard !a.positional.isEmpty else {
            throw UsageError(message: "give one or more transcripts to replay", command: "replay")
        }
        var failed = 0
        var unreadable = 0
        if a.has("--update") && a.positional.contains("-") {
            throw UsageError(message: "--update writes the transcripts back: give files, not '-'", command: "replay")
        }
        for file in a.positional {
            guard let text = file == "-" ? FileSystem.standardInput() : FileSystem.contents(of: file) else {
                terminal.err("advisor: cannot read transcript '\(file)' (\(FileSystem.readProblem(file)))\n")
                unreadable += 1
                continue
            }
            let expected = Transcript.parse(text)
            guard !expected.sections.isEmpty else {
                terminal.err("advisor: \(file): no command in this transcript (a line starting '$ advisor')\n")
                unreadable += 1
                continue
            }
            // A transcript records consultations: nothing else is run from one (not `replay`,
            // which would replay itself, nor `evaluate -`, which would read this process's input).
            if let other = expected.sections.first(where: {
                !($0.arguments.first.map { $0 == "consult" || $0.hasPrefix("-") } ?? true)
            }) {
                terminal.err(
                    "advisor: \(file): a transcript replays consultations only; this one runs 'advisor \(other.arguments.first ?? "")'\n"
                )
                unreadable += 1
                continue
            }
            let actual = replay(expected, environment: environment, byPrompt: a.has("--by-prompt"))
            if actual.text == expected.text {
                terminal.out("ok    \(file)\n")
                continue
            }
            if a.has("--update") {
                if let problem = SessionStore.write(actual.text, to: file) {
                    terminal.err("advisor: cannot write '\(file)': \(problem)\n")
                    unreadable += 1
                } else {
                    terminal.out("wrote \(file)\n")
                }
                continue
            }
            failed += 1
            terminal.out("DIFF  \(file)\n")
            terminal.out(
                UnifiedDiff.render(expected.text, actual.text, expectedName: file, actualName: "\(file) (replayed)"))
        }
        if unreadable > 0 { return .badInput }
        return failed > 0 ? .failure : .success
    }

    /// Runs every section of a transcript in process, in a fresh folder for `{dir}`.
    static func replay(_ transcript: Transcript, environment: [String: String], byPrompt: Bool = false) -> Transcript {
        var template = Array("/tmp/advisor-replay-XXXXXX".utf8CString)
        let dir: String = template.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return "/tmp" }
            return String(cString: base)
        }
        defer { removeFolder(dir) }
        var result = Transcript(comments: transcript.comments, sections: [])
        for section in transcript.sections {
            var args: [String] = []
            var skip = false
            for arg in section.arguments {
                if skip {
                    skip = false
                    continue
                }
                if arg == "--record" {
                    skip = true
                    continue
                }
                if arg.hasPrefix("--record=") { continue }
                args.append(arg.replacing("{dir}", with: dir))
            }
            let recorder = TranscriptRecorder(arguments: section.arguments)
            recorder.rewrite = { $0.replacing(dir, with: "{dir}") }
            let terminal = Terminal(out: { _ in }, err: { _ in })
            terminal.tap = { recorder.output($0) }
            var env: [String: String] = ["HOME": dir, "XDG_STATE_HOME": dir + "/state"]
            if let rules = environment["ADVISOR_RULES"] { env["ADVISOR_RULES"] = rules }
            let inputs = section.inputs.map { event -> InputEvent in
                if case .line(let typed) = event { return .line(typed.replacing("{dir}", with: dir)) }
                return event
            }
            var reader: LineReader = ScriptedLineReader(inputs)
            if byPrompt {
                reader = PromptedLineReader(
                    section.inputsByPrompt.mapValues { events in
                        events.map { event in
                            if case .line(let typed) = event { return .line(typed.replacing("{dir}", with: dir)) }
                            return event
                        }
                    })
            }
            // Everything it writes stays in its own folder.
            let status = FileWriter.$root.withValue(dir) {
                Advisor.main(args, terminal: terminal, environment: env, reader: reader, recorder: recorder)
            }
            terminal.flush()
            recorder.finish(status)
            result.sections.append(
                Transcript.Section(arguments: section.arguments, inputs: section.inputs, text: recorder.text))
        }
        return result
    }

    static func removeFolder(_ dir: String) {
        guard dir.hasPrefix("/tmp/advisor-replay-") else { return }
        for file in FileSystem.files(under: dir, followingLinks: false).reversed() { unlink(file) }
        var folders = [dir]
        var i = 0
        while i < folders.count {
            let f = folders[i]
            i += 1
            if let d = opendir(f) {
                while let entry = readdir(d) {
                    let name = FileSystem.entryName(entry)
                    if name != "." && name != ".." && FileSystem.isDirectory(f + "/" + name) {
                        folders.append(f + "/" + name)
                    }
                }
                closedir(d)
            }
        }
        for f in folders.reversed() { rmdir(f) }
    }
}
