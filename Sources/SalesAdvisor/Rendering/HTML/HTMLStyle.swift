/// The document's style sheet, inline (the file stands alone: no font, image or script is
/// fetched). A4 when printed, with the plan and the appendix each on a new page; one column that
/// fits a phone's width on a screen, wide tables scrolling within their box.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1d2733; --muted: #5a6675; --line: #d5dbe3; --accent: #1f5f99; --good: #2e7d4f;
          --bad: #b3392f; --warn: #a86a00; --soft: #f3f6f9; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; font-size: 15px; }
        body { margin: 0 auto; max-width: 52rem; padding: 1.5rem 1.25rem 3rem; color: var(--ink);
          font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; }
        p, ul, ol, dl { margin: 0.4rem 0 0.8rem; }
        ul, ol { padding-left: 1.3rem; }
        .kind { text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); font-weight: 600;
          font-size: 0.8rem; margin: 0; }
        .meta { display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; color: var(--muted); margin: 0 0 1rem; }
        .meta div { display: flex; gap: 0.4rem; }
        .meta dt { font-weight: 600; }
        .meta dd { margin: 0; }
        .goal { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px;
          padding: 0.6rem 0.9rem; margin: 0.7rem 0; break-inside: avoid; }
        .goal h3 { margin: 0; font-size: 0.85rem; font-weight: 600; color: var(--muted); text-transform: uppercase;
          letter-spacing: 0.04em; }
        .goal .value { font-size: 1.25rem; font-weight: 700; margin: 0.1rem 0 0.2rem; }
        .goal .certainty { font-size: 0.85rem; font-weight: 400; color: var(--muted); }
        .goal .meaning { margin: 0.2rem 0; }
        .call { font-size: 0.92rem; margin: 0.3rem 0 0; }
        .call.close { color: var(--warn); }
        .call.clear { color: var(--good); }
        .option { background: var(--soft); border-radius: 4px; padding: 0.6rem 0.9rem; break-inside: avoid; }
        .option .value { font-weight: 700; }
        .blank { border: 1px dashed var(--warn); border-radius: 4px; padding: 0.4rem 0.7rem; color: var(--ink);
          background: #fffaf0; }
        .blank strong { color: var(--warn); text-transform: uppercase; font-size: 0.78rem; letter-spacing: 0.05em;
          margin-right: 0.4rem; }
        .scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 0.82rem; padding-top: 0.3rem; }
        th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: var(--soft); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.struck td { color: var(--muted); text-decoration: line-through; text-decoration-color: var(--bad); }
        tr.struck td:last-child { text-decoration: none; color: var(--bad); }
        td.blankcell { background: #fffaf0; }
        table.matrix td, table.matrix th { text-align: center; }
        table.matrix caption { caption-side: top; color: var(--ink); font-weight: 600; font-size: 0.95rem; padding: 0 0 0.3rem; }
        table.matrix th[scope=row] { text-align: left; }
        table.matrix td.pos { background: #e6f3ea; } table.matrix td.neg { background: #f8e5e3; }
        table.matrix .sum { font-weight: 700; background: var(--soft); }
        .quadrants { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.4rem; font-size: 0.88rem; }
        .quadrants div { border: 1px solid var(--line); border-radius: 4px; padding: 0.3rem 0.5rem; }
        dl.parts dt { font-weight: 600; } dl.parts dd { margin: 0 0 0.5rem 0; }
        figure { margin: 0.8rem 0 1.2rem; break-inside: avoid; }
        figcaption { font-size: 0.85rem; color: var(--muted); margin-bottom: 0.3rem; }
        svg { max-width: 100%; height: auto; display: block; }
        article + article { margin-top: 3rem; padding-top: 1rem; border-top: 4px double var(--line); }
        .appendix { font-size: 0.88rem; }
        .appendix code { font-size: 0.82rem; }
        .appendix li { margin-bottom: 0.3rem; }
        pre { white-space: pre-wrap; font-size: 0.78rem; background: var(--soft); padding: 0.6rem; border-radius: 4px; }
        .legend { color: var(--muted); font-size: 0.82rem; }
        @media (max-width: 600px) {
          html { font-size: 14px; }
          body { padding: 1rem 0.8rem 2rem; }
          h1 { font-size: 1.5rem; }
          .quadrants { grid-template-columns: 1fr; }
        }
        @page { size: A4; margin: 16mm 15mm 18mm; }
        @media print {
          html { font-size: 9.5pt; }
          body { max-width: none; padding: 0; line-height: 1.4; }
          h1 { font-size: 1.8rem; margin-bottom: 0.3rem; }
          h2 { margin: 0.8rem 0 0.5rem; }
          .goal { padding: 0.35rem 0.7rem; margin: 0.45rem 0; }
          .goal .value { font-size: 1.3rem; }
          .goal figure { margin: 0.3rem 0 0.1rem; }
          .goal svg { width: 85%; }
          .option { padding: 0.4rem 0.7rem; }
          .advice h3 { margin: 0.7rem 0 0.3rem; }
          .plan, .appendix, article + article { break-before: page; }
          article + article { border-top: none; margin-top: 0; }
          h2, h3 { break-after: avoid; }
          .scroll { overflow: visible; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
