/// A small model of a terminal screen, enough to check what the line editor leaves on it: printable
/// characters with the deferred wrap at the last column that xterm and tmux have, carriage return,
/// line feed, cursor up and right (`ESC [ n A`, `ESC [ n C`), clear to the end of the screen
/// (`ESC [ J`) and the bell. Rows are added below as needed (the screen does not scroll away).
struct ScreenModel {
    let width: Int
    private(set) var rows: [[Character]] = [[]]
    private var row = 0
    private var column = 0
    /// Set after a character is written in the last column: the next character wraps first.
    private var wrapPending = false

    init(width: Int) { self.width = width }

    /// The rows as text, trailing blanks removed, empty rows at the end dropped.
    var lines: [String] {
        var out = rows.map { String($0).replacingTrailingSpaces() }
        while out.last == "" { out.removeLast() }
        return out
    }

    mutating func feed(_ text: String) {
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            switch c {
            case "\r":
                column = 0
                wrapPending = false
            case "\n", "\r\n":
                if c == "\r\n" { column = 0 }
                down()
                wrapPending = false
            case "\u{07}":
                break
            case "\u{1B}":
                guard chars.first == "[" else { continue }
                chars.removeFirst()
                var digits = ""
                while let d = chars.first, d.isNumber {
                    digits.append(d)
                    chars.removeFirst()
                }
                let n = Int(digits) ?? 1
                switch chars.popFirst() {
                case "A": row = max(0, row - n)
                case "C": column = min(width - 1, column + n)
                case "J":
                    rows[row] = Array(rows[row].prefix(column))
                    rows.removeSubrange((row + 1)...)
                default: break
                }
                wrapPending = false
            default:
                if wrapPending {
                    column = 0
                    down()
                    wrapPending = false
                }
                while rows[row].count <= column { rows[row].append(" ") }
                rows[row][column] = c
                if column == width - 1 { wrapPending = true } else { column += 1 }
            }
        }
    }

    private mutating func down() {
        row += 1
        while rows.count <= row { rows.append([]) }
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
