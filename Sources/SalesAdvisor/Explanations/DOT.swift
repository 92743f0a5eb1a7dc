import RuleEngine
@_spi(Tooling) import RuleLanguage

/// Graphviz DOT for the derivation graph of conclusions and for the rule dependency graph of a
/// knowledge base (which rules read which facts and which facts they make).
public enum DOT {
    /// A DOT string: quotes and backslashes escaped, line breaks as `\n`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    /// The derivation of `nodes`: facts as boxes, rule firings as ellipses, edges from what a firing
    /// matched to the firing and from the firing to what it concluded.
    public static func derivation(_ nodes: [HowNode], language: Language) -> String {
        var lines: [String] = []
        var seen = Set<String>()
        func factID(_ n: HowNode) -> String { n.factID > 0 ? "f\(n.factID)" : "c_\(n.topic ?? "")_\(n.value ?? "")" }
        func add(_ line: String) { if seen.insert(line).inserted { lines.append(line) } }
        func visit(_ node: HowNode) {
            let id = factID(node)
            let label =
                "\(node.fact)\ncertainty \(DecimalText.fixed(node.certainty, 2))\(node.retracted ? " (retracted)" : "")"
            let style = node.origin == .answer ? ", style=filled, fillcolor=\"#e8f0fe\"" : ""
            add("  \(quote(id)) [shape=box, label=\(quote(label))\(style)];")
            for step in node.steps {
                let stepID = "r\(step.cycle)_\(step.reason.rule)"
                var ruleLabel = step.reason.rule
                let source = TextReport.source(step.reason)
                if !source.isEmpty { ruleLabel += "\n" + source }
                if step.isContribution {
                    ruleLabel +=
                        "\n\(DecimalText.fixed(step.reason.before, 2)) ⊕ \(DecimalText.fixed(step.reason.amount, 2)) = \(DecimalText.fixed(step.reason.after, 2))"
                }
                add("  \(quote(stepID)) [shape=ellipse, label=\(quote(ruleLabel))];")
                add("  \(quote(stepID)) -> \(quote(id));")
                for premise in step.premises {
                    visit(premise)
                    add("  \(quote(factID(premise))) -> \(quote(stepID));")
                }
            }
        }
        nodes.forEach(visit)
        return "digraph derivation {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
            + lines.joined(separator: "\n") + "\n}\n"
    }

    /// Every rule between the kinds of fact it reads and those it makes; goals drawn bold.
    public static func dependencies(_ kb: KnowledgeBase) -> String {
        let program = kb.program
        let goals = Set(kb.ruleBase.goals.map(\.attribute))
        let asked = Set(kb.ruleBase.questions.map(\.attribute))
        var lines: [String] = []
        var used = Set<Int>()
        var edges: [String] = []
        for (index, rule) in program.rules.enumerated() {
            let r = "rule:\(rule.name)"
            var label = rule.name
            if let p = kb.ruleBase.notes(index).provenance {
                label += "\n" + p.source + (p.confidence.map { " [\($0)]" } ?? "")
            }
            lines.append("  \(quote(r)) [shape=ellipse, label=\(quote(label))];")
            var reads: [(Int, Bool)] = []
            for c in rule.conditions {
                switch c {
                case .positive(let p), .exists(let p): reads.append((p.template, false))
                case .negative(let p): reads.append((p.template, true))
                case .test: break
                }
            }
            for (t, negated) in reads {
                used.insert(t)
                let edge =
                    "  \(quote("fact:" + program.templates[t].name)) -> \(quote(r))\(negated ? " [style=dashed, label=\"not\"]" : "");"
                if !edges.contains(edge) { edges.append(edge) }
            }
            var makes: [Int] = []
            for a in rule.actions {
                switch a {
                case .conclude(let t, _, _, _), .assert(let t, _): makes.append(t)
                case .modify(let level, _):
                    if level < rule.conditions.count, case .positive(let p) = rule.conditions[level] {
                        makes.append(p.template)
                    }
                default: break
                }
            }
            for t in makes {
                used.insert(t)
                let edge = "  \(quote(r)) -> \(quote("fact:" + program.templates[t].name));"
                if !edges.contains(edge) { edges.append(edge) }
            }
        }
        var factLines: [String] = []
        for t in used.sorted() {
            let name = program.templates[t].name
            var attributes = "shape=box"
            if goals.contains(t) {
                attributes += ", style=\"bold,filled\", fillcolor=\"#fff3c4\""
            } else if asked.contains(t) {
                attributes += ", style=filled, fillcolor=\"#e8f0fe\""
            }
            factLines.append("  \(quote("fact:" + name)) [\(attributes), label=\(quote(name))];")
        }
        return "digraph rules {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
            + (factLines + lines + edges).joined(separator: "\n") + "\n}\n"
    }
}
