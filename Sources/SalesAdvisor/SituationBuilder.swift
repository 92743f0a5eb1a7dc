/// A situation put together in code, without writing scenario text: answers (with a certainty),
/// and facts of the kinds the knowledge base lets a scenario give (strategic options, SWOT items,
/// matrix pairs). Built, it is checked as a scenario file is; every mistake is reported at once.
///
/// ```swift
/// var builder = SituationBuilder(name: "acme")
/// builder.answer("complexity", "high")
/// builder.answer("risk", "medium", certainty: 0.7)
/// builder.fact("option", ["name": "pay-per-use", "title": "Pay per use"])
/// let report = try KnowledgeBase.bundled.advice(for: builder.build(kb: .bundled))
/// ```
public struct SituationBuilder: Sendable {
    private var scenario: Scenario

    /// An empty situation called `name` (the report's name: the account's id).
    public init(name: String, title: String? = nil) {
        scenario = Scenario(name: name)
        scenario.title = title
    }

    /// A situation that starts from what `base` gives (a consultation's `--scenario` file):
    /// answers and facts added here come after its own.
    init(base: Scenario) { scenario = base }

    /// The report's language, for texts given per language.
    public var language: Language? {
        get { scenario.language }
        set { scenario.language = newValue }
    }

    /// Answers a question by name (`complexity`) with a value (`high`), as sure as `certainty`
    /// (from −1 to 1).
    public mutating func answer(_ question: String, _ value: String, certainty: Double = 1) {
        let place = next("answer \(question)")
        scenario.answers.append(
            Answer(question: question, value: value, certainty: certainty, origin: .written(at: place, value: place)))
    }

    /// Adds an answer as it is (a consultation's, typed or given beforehand).
    public mutating func answer(_ answer: Answer) { scenario.answers.append(answer) }

    /// Gives a fact of a kind the knowledge base takes from a scenario (`option`, `swot`, `pair`),
    /// its slots by name; a slot's text is read as a name or a number when it is one, else as text.
    public mutating func fact(_ kind: String, _ slots: [String: String], certainty: Double = 1) {
        fact(kind, slots.sorted { $0.key < $1.key }.map { ($0.key, Self.value($0.value)) }, certainty: certainty)
    }

    /// A fact whose slot values are already typed (a text slot's value stays text, `12` too).
    mutating func fact(_ kind: String, _ slots: [(name: String, value: ScenarioValue)], certainty: Double = 1) {
        let place = next("\(kind) \(scenario.facts.filter { $0.template == kind }.count + 1)")
        let values = slots.map { (name: $0.name, value: $0.value, place: place) }
        scenario.facts.append(Scenario.FactLine(template: kind, slots: values, place: place, certainty: certainty))
    }

    /// The situation, checked against `kb`: an unknown question, value, kind or slot is an error
    /// naming what was meant (all mistakes at once, in `InputError.more`).
    public func build(kb: KnowledgeBase) throws(InputError) -> Situation { try Situation(scenario, kb: kb) }

    /// Where an error says the mistake is: `acme, answer risk`, `acme, option 2`.
    private func next(_ what: String) -> Scenario.Place {
        Scenario.Place(file: "\(scenario.name), \(what)", line: 0, column: 0)
    }

    /// A slot's text as a scenario reads it: a name or a number, else text.
    static func value(_ text: String) -> ScenarioValue {
        let word =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
            }
        return word ? ScenarioParser.value(of: text) : .string(text)
    }
}
