/// The languages the advisor speaks: its phrases, reports and consultations are written in these.
/// (The rule language itself takes texts in any language code; the advisor shows these two.)
public enum Language: String, CaseIterable, Sendable {
    /// English.
    case en
    /// Dutch.
    case nl

    /// The language a code names (`en`, `nl`), or nil for one the advisor does not speak.
    public init?(code: String) { self.init(rawValue: code) }

    /// The codes, for messages: `en, nl`.
    public static var codes: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
