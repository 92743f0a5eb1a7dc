import Foundation

/// Golden files: what a test's output must equal, kept in the repository.
public enum Golden {
    /// Nil when `actual` equals the golden file at `relative` (from the repository root); else
    /// what differs: the first line that does, or that the file is missing. With RECORD_GOLDENS set
    /// the file is written and the answer is a failure all the same ("recorded …; run again"), so a
    /// recording run never passes by itself.
    public static func mismatch(_ actual: String, _ relative: String) -> String? {
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
            do {
                try actual.write(to: repositoryRoot.appendingPathComponent(relative), atomically: true, encoding: .utf8)
                return "recorded \(relative); run again without RECORD_GOLDENS"
            } catch {
                return "cannot record \(relative): \(error)"
            }
        }
        guard let expected = repositoryFile(relative) else {
            return "there is no golden file \(relative); record it with RECORD_GOLDENS=1"
        }
        if expected == actual { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let n = zip(a, b).prefix { $0 == $1 }.count
        let want = n < a.count ? String(a[n]) : "(the end)"
        let got = n < b.count ? String(b[n]) : "(the end)"
        return "\(relative) differs at line \(n + 1):\n  expected: \(want)\n  actual:   \(got)"
    }
}
