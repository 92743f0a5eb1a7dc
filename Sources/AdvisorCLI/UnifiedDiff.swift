/// A unified diff of two texts, line by line (longest common subsequence), with three lines of
/// context: what `advisor replay` shows where a consultation's output changed.
enum UnifiedDiff {
    enum Line: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    static func lines(_ a: [String], _ b: [String]) -> [Line] {
        let n = a.count
        let m = b.count
        // lcs[i][j]: the length of the longest common subsequence of a[i...] and b[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                result.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                result.append(.removed(a[i]))
                i += 1
            } else {
                result.append(.added(b[j]))
                j += 1
            }
        }
        return result
    }

    /// The diff as text (`--- expected`, `+++ actual`, `@@ -l,n +l,n @@` hunks); empty when equal.
    static func render(_ expected: String, _ actual: String, expectedName: String, actualName: String) -> String {
        let a = split(expected)
        let b = split(actual)
        let diff = lines(a, b)
        guard diff.contains(where: { if case .same = $0 { return false } else { return true } }) else { return "" }
        var out = "--- \(expectedName)\n+++ \(actualName)\n"
        let context = 3
        var index = 0
        while index < diff.count {
            guard
                let start = diff[index...].firstIndex(where: {
                    if case .same = $0 { return false } else { return true }
                })
            else { break }
            var end = start
            var k = start
            // Extend the hunk while changes are within 2 × context lines of each other.
            while k < diff.count {
                if case .same = diff[k] {
                    var run = 0
                    while k + run < diff.count, case .same = diff[k + run] { run += 1 }
                    if k + run >= diff.count || run > 2 * context { break }
                    k += run
                } else {
                    end = k
                    k += 1
                }
            }
            let from = max(index, start - context)
            let to = min(diff.count, end + context + 1)
            var aLine = 1
            var bLine = 1
            for d in diff[..<from] {
                switch d {
                case .same:
                    aLine += 1
                    bLine += 1
                case .removed: aLine += 1
                case .added: bLine += 1
                }
            }
            var aCount = 0
            var bCount = 0
            var body = ""
            for d in diff[from..<to] {
                switch d {
                case .same(let s):
                    body += " \(s)\n"
                    aCount += 1
                    bCount += 1
                case .removed(let s):
                    body += "-\(s)\n"
                    aCount += 1
                case .added(let s):
                    body += "+\(s)\n"
                    bCount += 1
                }
            }
            out +=
                "@@ -\(aCount == 0 ? aLine - 1 : aLine),\(aCount) +\(bCount == 0 ? bLine - 1 : bLine),\(bCount) @@\n"
                + body
            index = to
        }
        return out
    }

    static func split(_ s: String) -> [String] {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
