import RuleLanguage

/// Where a consultation waits for a line, and what it shows there: what is said before the line
/// is read, the prompt, and the words a front end may complete. A line typed there goes to
/// ``ConsultationSession/reply(to:at:_:)``.
public struct ConsultationPrompt: Sendable {
    /// What the line is read as.
    public enum Place: Sendable {
        /// Who the advice is for, before the first question (an empty line leaves it out).
        case customer
        /// An answer to a question the open rules need.
        case question(ConsultationState.Need)
        /// Yes or no: does the user want to enter instances of a kind.
        case offer(InstanceKind)
        /// A name for the next instance of a kind (its number), or an empty line to end the list.
        case instance(InstanceKind, number: Int)
        /// A slot of an entered instance that an open rule needs.
        case slot(instance: Int, kind: InstanceKind, slot: InstanceSlot)
        /// A slot of a fact the rules made, kept with an empty line or restated.
        case review(kind: InstanceKind, slot: InstanceSlot)
        /// A question asked again by `change` (an empty line leaves its answer as it was).
        case change(Question)
        /// After the advice: a command, or an empty line to end.
        case advice
    }

    /// What the line is read as.
    public let place: Place
    /// What is said before the line is read (the question, its choices, how far along).
    public var header: [ConsultationReply.Block]
    /// The prompt before the cursor (`complexity> `).
    public var prompt: String
    /// The words a front end may offer to complete: the choices, their labels, the commands.
    public var completions: [String]

    /// A prompt at `place`.
    public init(_ place: Place, header: [ConsultationReply.Block] = [], prompt: String, completions: [String]) {
        self.place = place
        self.header = header
        self.prompt = prompt
        self.completions = completions
    }
}
