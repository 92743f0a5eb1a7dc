/// How bad a diagnostic is.
public enum Severity: String, Hashable, Sendable {
    case error, warning, note
}

/// A problem found in a rule file: a stable message (with its ID), where it is, and help.
public struct Diagnostic: Hashable, Sendable {
    /// What is wrong (its ID, severity and text come from it).
    public let message: DiagnosticMessage
    /// Where: the first character the caret points at.
    public let location: SourceLocation
    /// Characters to underline from `location`.
    public let length: Int
    /// Extra lines: "did you mean …", the construct it is in.
    public var notes: [String]

    /// A diagnostic at `location`, underlining `length` characters, with notes after it.
    public init(_ message: DiagnosticMessage, at location: SourceLocation, length: Int = 1, notes: [String] = []) {
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.notes = notes
    }

    /// The stable ID (`RL0201`), for documentation and suppression.
    public var id: String { message.id }
    /// Error or warning.
    public var severity: Severity { message.severity }

    /// Adds a "did you mean" note for the closest of `candidates` to `name`, if one is close.
    func suggesting(_ name: String, from candidates: [String]) -> Diagnostic {
        guard let best = EditDistance.closest(to: name, in: candidates) else { return self }
        var d = self
        d.notes.append("did you mean '\(best)'?")
        return d
    }
}

/// Finds the closest name, for "did you mean" notes.
public enum EditDistance {
    /// The longest name (in bytes) that gets a "did you mean": longer input is compared with nothing.
    public static let longestName = 256

    /// The edit distance between two strings, ignoring case: insertions, deletions, substitutions and
    /// swaps of two neighbouring letters each count 1 (optimal string alignment).
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased())
        let y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// The candidate nearest to `name` if it is within 1 edit for names up to 3 characters, else within a
    /// third of the name's length (at least 2, at most 3);
    /// ties go to the candidate that sorts first, for determinism.
    ///
    /// The cost is bounded whatever was typed: a name longer than ``longestName`` gets no suggestion
    /// (a pasted megabyte is no misspelt name), and a candidate whose length differs by more than
    /// the limit is skipped before any comparison.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        guard name.utf8.count <= longestName else { return nil }
        let limit = name.count <= 3 ? 1 : min(3, max(2, name.count / 3))
        let length = name.count
        var best: (Int, String)?
        for c in candidates.sorted() where c != name && abs(c.count - length) <= limit {
            let d = distance(name, c)
            if d <= limit, best.map({ d < $0.0 }) ?? true { best = (d, c) }
        }
        return best?.1
    }
}
