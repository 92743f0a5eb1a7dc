@_spi(Tooling) import RuleLanguage

/// The document's charts as inline SVG, drawn here (no script, no library): bars of the
/// alternatives of a goal, the options stacked by criterion, and the scorecard's weights. Every
/// label is escaped; coordinates are written with a decimal point whatever the language.
struct HTMLCharts {
    let text: TextReport
    let say: DocumentPhrases

    static let colours = ["#1f5f99", "#4f9bd9", "#9cc9ee", "#7a8a99"]
    // Narrow enough that a phone shows the labels at a readable size (the SVG scales to its box).
    static let labelWidth = 190.0
    static let barWidth = 230.0
    static let width = 480.0

    /// A coordinate, with at most one decimal.
    static func x(_ v: Double) -> String { DecimalText.fixed(v, 1) }

    /// A label cut to fit its column.
    static func fit(_ s: String, _ n: Int = 30) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }

    func svg(height: Double, label: String, _ body: String) -> String {
        let h = Self.x(height)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Self.x(Self.width)) \(h)" width="\(Self.x(Self.width))" \
            height="\(h)" role="img" aria-label="\(HTMLText.escape(label))" font-family="system-ui, sans-serif" font-size="12">\
            <title>\(HTMLText.escape(label))</title>\(body)</svg>
            """
    }

    func label(
        _ s: String, x: Double, y: Double, anchor: String = "start", fill: String = "#1d2733", bold: Bool = false
    )
        -> String
    {
        "<text x=\"\(Self.x(x))\" y=\"\(Self.x(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(bold ? " font-weight=\"700\"" : "")>\(HTMLText.escape(s))</text>"
    }

    func rect(x: Double, y: Double, w: Double, h: Double, fill: String, extra: String = "") -> String {
        "<rect x=\"\(Self.x(x))\" y=\"\(Self.x(y))\" width=\"\(Self.x(max(0, w)))\" height=\"\(Self.x(h))\" fill=\"\(fill)\"\(extra)/>"
    }

    /// A goal's values by certainty, the recommendation first and strongest in colour; a close
    /// call marks the gap to the runner-up.
    func alternatives(_ goal: GoalAdvice) -> String {
        let row = 22.0
        var body = ""
        for (i, a) in goal.alternatives.enumerated() {
            let y = Double(i) * row + 4
            let w = min(1, max(0, a.certainty)) * Self.barWidth
            let name = a.heldBack ? "\(a.label) (\(say[.heldBack]))" : a.label
            body += label(Self.fit(name), x: 0, y: y + 14, bold: i == 0)
            body += rect(x: Self.labelWidth, y: y + 3, w: Self.barWidth, h: 14, fill: "#eef2f6")
            let fill = i == 0 ? Self.colours[0] : a.heldBack ? "#c3cad3" : Self.colours[2]
            body += rect(x: Self.labelWidth, y: y + 3, w: w, h: 14, fill: fill)
            body += label(text.n(a.certainty, goal.digits), x: Self.labelWidth + Self.barWidth + 8, y: y + 14)
        }
        if goal.closeCall != nil, goal.heldBack == nil, goal.alternatives.count > 1 {
            let (a, b) = (goal.alternatives[0].certainty, goal.alternatives[1].certainty)
            let x1 = Self.labelWidth + min(1, max(0, b)) * Self.barWidth
            let x2 = Self.labelWidth + min(1, max(0, a)) * Self.barWidth
            body += rect(
                x: x1, y: 2, w: max(1.5, x2 - x1), h: row * 2, fill: "#a86a00", extra: " fill-opacity=\"0.25\"")
        }
        let height = Double(goal.alternatives.count) * row + 8
        return svg(height: height, label: "\(say[.alternativesChart]): \(goal.label)", body)
    }

    /// Each option's weighted score stacked by criterion (1–5 scale); a knocked-out option grey,
    /// with the words.
    func options(_ ranking: OptionRanking, titles: [String]) -> String {
        let row = 26.0
        let top = 24.0
        var body = ""
        // The legend: one swatch per criterion.
        var lx = Self.labelWidth
        for (i, c) in ranking.criteria.enumerated() {
            let name = text.t(c.label, c.name)
            body += rect(x: lx, y: 4, w: 10, h: 10, fill: Self.colours[i % Self.colours.count])
            body += label(name, x: lx + 14, y: 13)
            lx += 24 + Double(name.count) * 6.5
        }
        let scale = Self.barWidth / 5
        for (i, o) in ranking.options.enumerated() {
            let y = top + Double(i) * row
            body += label(
                Self.fit(titles[i], 27), x: 0, y: y + 15, fill: o.rejected ? "#5a6675" : "#1d2733",
                bold: !o.rejected && o.rank == 1)
            var x = Self.labelWidth
            for (k, c) in ranking.criteria.enumerated() {
                let w = text.normalised(c, ranking) * (o.scaled[c.name] ?? 1) * scale
                let fill = o.rejected ? "#c3cad3" : Self.colours[k % Self.colours.count]
                body += rect(x: x, y: y + 4, w: w, h: 15, fill: fill)
                x += w
            }
            let note = o.rejected ? "\(text.n(o.total)) — \(say[.knockedOut])" : text.n(o.total)
            body += label(note, x: x + 6, y: y + 15, fill: o.rejected ? "#b3392f" : "#1d2733")
        }
        let height = top + Double(ranking.options.count) * row + 6
        return svg(height: height, label: say[.optionChart], body)
    }

    /// The scorecard's indicators by weight, grouped by perspective.
    func scorecard(_ rows: [(perspective: String, kpi: String, weight: Double)]) -> String {
        let row = 20.0
        var body = ""
        var y = 0.0
        var last: String?
        for r in rows {
            if r.perspective != last {
                y += last == nil ? 14 : 22
                body += label(r.perspective, x: 0, y: y, fill: "#5a6675", bold: true)
                last = r.perspective
                y += 4
            }
            body += label(Self.fit(r.kpi, 28), x: 8, y: y + 14)
            body += rect(x: Self.labelWidth + 20, y: y + 3, w: Self.barWidth - 20, h: 13, fill: "#eef2f6")
            body += rect(
                x: Self.labelWidth + 20, y: y + 3, w: min(1, max(0, r.weight)) * (Self.barWidth - 20), h: 13,
                fill: Self.colours[1])
            body += label(text.n(r.weight), x: Self.labelWidth + Self.barWidth + 8, y: y + 14)
            y += row
        }
        return svg(height: y + 6, label: say[.scorecardChart], body)
    }
}
