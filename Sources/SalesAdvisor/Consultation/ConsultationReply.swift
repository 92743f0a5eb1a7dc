import RuleLanguage

/// What a consultation says back to an answer or a prompt command, as data: the blocks of text to
/// show (a front end lays them out at its width, in its colours) and what comes next. The
/// terminal renders replies; a test or another front end reads them as they are.
public struct ConsultationReply: Sendable {
    /// A piece of what is said.
    public enum Block: Sendable {
        /// Emphasised text, wrapped (a question's prompt, a title).
        case heading(String)
        /// Text in the background, wrapped (how far along, whose detail is asked).
        case note(String)
        /// Text wrapped to the width.
        case paragraph(String)
        /// Text wrapped under an indent of two spaces.
        case indented(String)
        /// One line as it is, not wrapped (a path or a command to copy).
        case line(String)
        /// Something that went wrong or is refused, wrapped.
        case warning(String)
        /// A warning on one line as it is.
        case warningLine(String)
        /// Numbered choices (`1 low`, `2 high`): on one line when they fit, else one a line.
        case choices([String])
        /// The table of prompt commands, with help's descriptions.
        case commands([PromptCommand.Verb])
        /// Why a question is asked; `lead` is said before the rules.
        case why(WhyQuestion, lead: String)
        /// How conclusions came about, under a title.
        case how([HowNode], title: String)
        /// Why a value is not the advice.
        case whyNot(WhyNot)
        /// Why an option is not the one chosen.
        case whyNotOption(WhyNotOption)
    }

    /// What happens after the reply.
    public enum Next: Sendable {
        /// The same prompt again.
        case stay
        /// The steps changed: save, then ask what is open now.
        case ask
        /// The question is asked again (`change`) at ``ConsultationSession/changePrompt(_:)``; its
        /// answer goes to ``ConsultationSession/change(_:to:from:)``.
        case askAgain(Question)
        /// A file to write at the user's request; the front end writes it and says where.
        case write(ConsultationFile)
        /// Stop here, saved; resume later.
        case quit
        /// Back to the prompt before this one, nothing changed (`change` left as it was).
        case leave
        /// The consultation is over (an empty line after the advice).
        case end
    }

    /// What is said, in order.
    public var blocks: [Block]
    /// What happens after it is said.
    public var next: Next
    /// Whether the session changed (saved before the reply is shown).
    public var changed: Bool

    /// A reply of `blocks`; by default it stays at the prompt and changes nothing.
    public init(_ blocks: [Block] = [], next: Next = .stay, changed: Bool = false) {
        self.blocks = blocks
        self.next = next
        self.changed = changed
    }

    /// A reply that only warns, and stays.
    public static func warning(_ text: String) -> ConsultationReply { ConsultationReply([.warning(text)]) }
}

/// A file a user asked for at a prompt: the advice as Markdown (`report FILE`) or a copy of the
/// session (`save FILE`).
public struct ConsultationFile: Sendable {
    /// What the file holds.
    public enum Kind: Sendable {
        case report
        case session
    }

    /// What the file holds.
    public let kind: Kind
    /// As the user typed it (`-` is standard output).
    public let path: String
    /// The text to write.
    public let contents: String
}
