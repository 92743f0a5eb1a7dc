/// The advice as a document a sales manager sends: a title with the customer, the date and who
/// prepared it; page one, the advice (each goal's recommendation with what it means, whether it
/// was a close call, the option chosen, the points of attention); the plan in the study text's
/// ten steps, filled from what is known; and the reasoning as an appendix (the ``Report`` itself).
/// Built once from a report (``DocumentBuilder``); every format lays the same document out.
public struct AdviceDocument: Sendable {
    /// What the document says about itself.
    public let info: DocumentInfo
    /// The title: "Sales plan" with the customer's name when there is one.
    public let title: String
    /// The language it is written in.
    public let language: Language
    /// Page one: each goal's recommendation, in the knowledge base's order.
    public let goals: [GoalAdvice]
    /// The option chosen, when the situation had options.
    public let option: ChosenOption?
    /// The most important points of attention (at most three), most certain first.
    public let attention: [String]
    /// The plan's steps, in the study text's order.
    public let plan: [PlanSection]
    /// The report the document is made from: its reasoning is the appendix.
    public let report: Report
}

/// Who the document is for, when it was made and by whom.
public struct DocumentInfo: Sendable, Hashable {
    /// The customer (`--customer`, else the situation's title, else its name when it is not one
    /// the program gives).
    public var customer: String?
    /// The date, as written on the document (ISO 8601: 2026-12-07).
    public var date: String?
    /// Who prepared it (`--prepared-by`).
    public var preparedBy: String?
    /// The sales objectives given (`--objective`, or `objective` in a consultation).
    public var objectives: [Objective]

    /// The information; each part may be left out.
    public init(
        customer: String? = nil, date: String? = nil, preparedBy: String? = nil, objectives: [Objective] = []
    ) {
        self.customer = customer
        self.date = date
        self.preparedBy = preparedBy
        self.objectives = objectives
    }
}

/// One goal's recommendation on page one.
public struct GoalAdvice: Sendable {
    /// The goal's name (`approach`).
    public let goal: String
    /// The goal's label (`Recommended sales approach`).
    public let label: String
    /// The recommendation's label, nil when the rules reached none.
    public let value: String?
    /// What it means (the knowledge base's definition), when it says.
    public let meaning: String?
    /// The recommendation's certainty.
    public let certainty: Double
    /// Every value with a positive certainty, the recommendation first, by label (the chart of
    /// alternatives); `heldBack` for one a cap holds back however certain.
    public let alternatives: [(label: String, certainty: Double, heldBack: Bool)]
    /// The close call and what would tip it, in words; nil when the recommendation is clear.
    public let closeCall: String?
    /// The runner-up held back by a cap, in words (why it is not the advice although it may be
    /// more certain).
    public let heldBack: String?
    /// The one line page one says of the choice: the runner-up held back, the close call, or that
    /// it is not a close call (nil with a single value).
    public let verdict: String?
    /// Whether ``verdict`` is a close call (a format may set it apart).
    public let isClose: Bool
    /// The decimals its certainties are shown with: more where two would hide the gap (near
    /// certainty, 0.998 and 0.990 are far apart in evidence) or make the first two look equal.
    public let digits: Int
}

/// The option chosen, on page one.
public struct ChosenOption: Sendable {
    /// Its title (or name).
    public let title: String
    /// Its weighted total on the 1–5 scale.
    public let total: Double
    /// The strategic issues it addresses, in words.
    public let addresses: [String]
}

/// One step of the plan: its number and title and what fills it.
public struct PlanSection: Sendable {
    /// The step's name in the knowledge base (`swot-analysis`).
    public let step: String
    /// Its number, from 1.
    public let number: Int
    /// Its title.
    public let title: String
    /// What it says, in order.
    public let blocks: [DocumentBlock]
}

/// A part of a plan step.
public enum DocumentBlock: Sendable {
    /// Text.
    case paragraph(String)
    /// A list of points.
    case bullets([String])
    /// Something the manager fills in: what belongs here, marked as still to do.
    case blank(String)
    /// A table with a header row (the first column names each row).
    case table(DocumentTable)
    /// The confrontation matrix as a grid.
    case matrix(ConfrontationGrid)
    /// Terms with their explanation (cause, effect, conclusion).
    case definitions([(term: String, text: String)])
    /// A chart of the option ranking (drawn where a format can; its table says the same).
    case optionChart(OptionRanking, titles: [String])
    /// A chart of the scorecard's weights per perspective.
    case scorecardChart([(perspective: String, kpi: String, weight: Double)])
}

/// A table: a caption, a header row and rows of cells.
public struct DocumentTable: Sendable {
    /// What the table shows (may be empty).
    public let caption: String
    /// The column headers.
    public let header: [String]
    /// The rows.
    public let rows: [[String]]
    /// Rows to set apart (a knocked-out option), by index.
    public let struck: Set<Int>
    /// Columns whose empty cells the manager fills in, by index.
    public var toFill: Set<Int> = []
}

/// The confrontation matrix: strengths and weaknesses down, opportunities and threats across, a
/// score from −2 to +2 in each scored cell, totals per row and column, and the four quadrants.
public struct ConfrontationGrid: Sendable {
    /// The rows: the item's code (`S1`) and text, and whether it is a strength.
    public let rows: [(code: String, text: String, strength: Bool)]
    /// The columns: the item's code (`O1`) and text, and whether it is an opportunity.
    public let columns: [(code: String, text: String, opportunity: Bool)]
    /// The score of each cell, row by row; nil where the pair was not scored.
    public let scores: [[Int?]]
    /// The four quadrants: strength × opportunity, strength × threat, weakness × opportunity,
    /// weakness × threat.
    public let quadrants: [Quadrant]
    /// The words for the totals' row and column.
    public let totalLabel: String

    /// The sum of a row's scores.
    public func rowTotal(_ r: Int) -> Int { scores[r].reduce(0) { $0 + ($1 ?? 0) } }
    /// The sum of a column's scores.
    public func columnTotal(_ c: Int) -> Int { scores.reduce(0) { $0 + ($1[c] ?? 0) } }
    /// A quadrant of the matrix, named as the study text names it.
    public struct Quadrant: Sendable {
        /// Its letters in the document's language (`S × O`; in Dutch `S × K`).
        public let letters: String
        /// What it calls for (`attack / grow`).
        public let name: String
        /// Whether its rows are the strengths (else the weaknesses).
        public let strength: Bool
        /// Whether its columns are the opportunities (else the threats).
        public let opportunity: Bool
    }

    /// The sum of a quadrant's scores.
    public func total(_ q: Quadrant) -> Int { quadrantTotal(strength: q.strength, opportunity: q.opportunity) }

    /// The sum of a quadrant's scores.
    public func quadrantTotal(strength: Bool, opportunity: Bool) -> Int {
        var sum = 0
        for (r, row) in rows.enumerated() where row.strength == strength {
            for (c, column) in columns.enumerated() where column.opportunity == opportunity { sum += scores[r][c] ?? 0 }
        }
        return sum
    }
}
