@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// `advisor consult`'s arguments, read and checked once before anything is opened: every mistake
/// on the command line is a usage error, said before the knowledge base is loaded.
struct ConsultRequest {
    let arguments: Arguments
    /// `--lang`, else the locale's (a resumed session's language when neither is given).
    let language: Language?
    let rules: String?
    /// The session file: `--resume FILE`, `--session FILE`, or the default.
    let sessionPath: String
    let resuming: Bool
    let scenario: String?
    let customer: String?
    let sets: [String]
    let weights: String?
    /// Where the transcript is written (`--record`), if anywhere.
    let recordPath: String?
    /// The date and author of the report files (`--date`, `--prepared-by`).
    let info: DocumentInfo

    init(_ args: [String], environment: [String: String]) throws(UsageError) {
        let a = try Arguments(args, spec: Commands.consult)
        guard a.positional.isEmpty else {
            throw Self.mistake(
                "consult takes no file arguments (use --scenario FILE or --resume FILE), found '\(a.positional[0])'")
        }
        arguments = a
        language = a.value("--lang").flatMap(Language.init(rawValue:))
        rules = a.value("--rules") ?? environment["ADVISOR_RULES"]
        resuming = a.has("--resume")
        sets = a.values("--set")
        if resuming && !sets.isEmpty {
            throw Self.mistake(
                "--set cannot change a resumed consultation: resume it, then type 'change QUESTION' at a prompt")
        }
        let resume = a.value("--resume") ?? ""
        sessionPath = resume.isEmpty ? a.value("--session") ?? SessionStore.defaultPath(environment) : resume
        if sessionPath == "-" { throw Self.mistake("a session is saved to a file: give --session FILE, not '-'") }
        scenario = a.value("--scenario")
        customer = a.value("--customer")
        weights = a.value("--weights")
        recordPath = a.value("--record")
        info = try DocumentOptions.info(a, customer: customer, environment: environment, command: "consult")
        try checkKeptText()
        try checkRecordPath(home: environment["HOME"])
    }

    static func mistake(_ message: String) -> UsageError { UsageError(message: message, command: "consult") }

    /// A customer's name and a scenario's path are kept on lines of the session file and shown in
    /// the advice: a control character (a line break, an escape sequence) in them is refused (the
    /// test a scenario's lines get; a tab, whitespace there, is harmless here too).
    func checkKeptText() throws(UsageError) {
        if let customer, ScenarioParser.unreadable(customer) != nil {
            throw Self.mistake("--customer: a name holds no control character (a line break, an escape)")
        }
        if let scenario, ScenarioParser.unreadable(scenario) != nil {
            throw Self.mistake(
                "--scenario: a path with a control character (a line break) cannot be kept in a session; rename the file"
            )
        }
    }

    /// A transcript is written at the end: a folder that does not exist is said now, not after the
    /// consultation (folders are not made for it); and it is never the session file.
    func checkRecordPath(home: String?) throws(UsageError) {
        guard let recordPath, recordPath != "-" else { return }
        if let expanded = FileWriter.expand(recordPath, home: home),
            let problem = FileWriter.missingFolder(of: expanded)
        {
            throw Self.mistake("--record: " + problem)
        }
        let session = (try? FileWriter.resolve(sessionPath).get()) ?? sessionPath
        if FileSystem.canonical(recordPath) == FileSystem.canonical(session) {
            throw Self.mistake("--record writes a transcript, not the session: give it a file of its own")
        }
    }
}
