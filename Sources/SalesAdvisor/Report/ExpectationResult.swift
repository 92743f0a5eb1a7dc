import RuleLanguage

/// An expectation of the scenario and whether the run met it.
public struct ExpectationResult: Sendable {
    /// The topic expected (`approach`, `option`, `rejected`).
    public let topic: String
    /// The value expected.
    public let expected: String
    /// What the run gave (nil: nothing).
    public let actual: String?
    /// The topic's label and the values' labels, by language (empty where there are none:
    /// options are named by the scenario).
    public var topicLabel: Texts = [:]
    /// The expected value's label per language.
    public var expectedLabel: Texts = [:]
    /// The actual value's label per language.
    public var actualLabel: Texts = [:]
    /// Whether the run met it.
    public var met: Bool { actual == expected }

    /// An expectation's result, without labels.
    public init(topic: String, expected: String, actual: String?) {
        self.topic = topic
        self.expected = expected
        self.actual = actual
    }
}
