@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// The scenario file a consultation starts from (`--scenario`, or the one the resumed session
/// started from): read, parsed and checked against the knowledge base before the first question.
struct ScenarioSource {
    var scenario: Scenario
    /// Kept by its full path when given now, so resuming from another folder reads the same file.
    let path: String?
    /// The file's hash, saved with the session (resuming notices a changed file).
    let hash: String?
    /// Said after the welcome: the file changed since the session was saved.
    let notes: [ConsultationReply.Block]

    /// The scenario, or nil when it cannot be read or has a mistake (said at its line and column).
    static func open(
        _ request: ConsultRequest, record: SessionRecord?, kb: KnowledgeBase, language: Language, terminal: Terminal
    ) -> ScenarioSource? {
        guard let file = request.scenario ?? record?.scenario else {
            var scenario = Scenario(name: "consultation")
            scenario.language = language
            return ScenarioSource(scenario: scenario, path: nil, hash: nil, notes: [])
        }
        guard let text = FileSystem.contents(of: file) else {
            terminal.err("advisor: cannot read scenario '\(file)' (\(FileSystem.readProblem(file)))\n")
            return nil
        }
        let hash = SessionRecord.hash([text])
        var notes: [ConsultationReply.Block] = []
        if request.scenario == nil, let saved = record?.scenarioHash, saved != hash {
            notes.append(
                .line(ConsultationPhrases(language: language)[.scenarioChanged].replacing("{file}", with: file)))
        }
        var scenario: Scenario
        switch ScenarioParser.parse(text, file: file) {
        case .success(let s): scenario = s
        case .failure(let e):
            terminal.err(e.rendered + "\n")
            return nil
        }
        // Checked as evaluate checks it: a mistake is said at its line and column, not as a failure
        // of the knowledge base later.
        do {
            _ = try Situation(scenario, kb: kb)
        } catch {
            terminal.err(error.rendered + "\n")
            return nil
        }
        scenario.language = language
        let path = request.scenario != nil ? FileSystem.canonical(file) : file
        return ScenarioSource(scenario: scenario, path: path, hash: hash, notes: notes)
    }
}
