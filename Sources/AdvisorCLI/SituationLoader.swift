@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// A situation from one scenario file and/or `--set` answers, with errors reported.
enum SituationLoader {
    static func load(_ file: String?, sets: [String], kb: KnowledgeBase, terminal: Terminal, language: Language? = nil)
        -> Situation?
    {
        var answers: [Answer] = []
        for s in sets {
            switch ScenarioParser.parseSet(s) {
            case .success(let answer): answers.append(answer)
            case .failure(let e):
                terminal.err("advisor: \(e.message)\n")
                return nil
            }
        }
        var scenario = Scenario(name: "situation")
        if let file {
            guard let text = file == "-" ? FileSystem.standardInput() : FileSystem.contents(of: file) else {
                terminal.err("advisor: cannot read scenario '\(file)': \(FileSystem.readProblem(file))\n")
                return nil
            }
            switch ScenarioParser.parse(text, file: file == "-" ? "<stdin>" : file) {
            case .success(let s): scenario = s
            case .failure(let e):
                terminal.err(e.rendered + "\n")
                return nil
            }
        } else if answers.isEmpty {
            terminal.err("advisor: give a scenario file or --set NAME=VALUE answers\n")
            return nil
        }
        scenario.language = language
        do {
            return try Situation(scenario, sets: answers, kb: kb)
        } catch {
            terminal.err(error.rendered + "\n")
            return nil
        }
    }
}
