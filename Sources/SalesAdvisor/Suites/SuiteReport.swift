import RuleLanguage

/// The results of `advisor test`, written as text (for people), JSON (for scripts) or JUnit XML
/// (for CI systems). No times are written, so the same suites give the same bytes.
@_spi(Tooling) public struct SuiteReport: Sendable {
    public let results: [SuiteResult]
    /// Coverage of each knowledge base the suites ran on (its origin, and what they covered).
    public let coverage: [(origin: String, coverage: Coverage)]

    public init(results: [SuiteResult], coverage: [(origin: String, coverage: Coverage)]) {
        self.results = results
        self.coverage = coverage
    }

    public var cases: [CaseResult] { results.flatMap(\.cases) }
    public var failed: Int { cases.filter { $0.error == nil && !$0.failures.isEmpty }.count }
    public var errors: Int { cases.filter { $0.error != nil }.count + problems.count }
    /// Suite files that could not be run at all (unreadable, not a suite, a knowledge base that does
    /// not load): each is an error in JUnit and JSON too, so a CI that reads the report sees it.
    public var problems: [(file: String, message: String)] = []
    public var passed: Int { cases.filter(\.passed).count }

    /// `3 suites, 41 cases: 40 passed, 1 failed`.
    public var summary: String {
        var s =
            "\(results.count) suite\(results.count == 1 ? "" : "s"), \(cases.count) case\(cases.count == 1 ? "" : "s"): \(passed) passed"
        if failed > 0 { s += ", \(failed) failed" }
        if errors > 0 { s += ", \(errors) could not run" }
        return s
    }

    // MARK: Text

    public func text() -> String {
        var out = ""
        for suite in results {
            out += "\(suite.file): \(suite.name)\n"
            for c in suite.cases {
                if let error = c.error {
                    out += "  ERROR \(c.name)\n" + indent(error.rendered, by: 8)
                } else if c.failures.isEmpty {
                    out += "  ok    \(c.name)\n"
                } else {
                    out += "  FAIL  \(c.name)\n"
                    for f in c.failures {
                        out += "        \(f.expectation.place.text): \(f.expectation.text)\n"
                        out += "          actual: \(f.actual)\n"
                        if let why = f.explanation { out += "          why not:\n" + indent(why, by: 12) }
                    }
                }
            }
        }
        for (origin, c) in coverage { out += "\nCoverage of \(origin)\n" + coverageText(c) }
        return out + summary + "\n"
    }

    func indent(_ text: String, by n: Int) -> String {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }.joined(
            separator: "\n"
        )
        .trimmingTrailingNewlines + "\n"
    }

    /// Per rule its firings and its conditions (`T` seen true, `F` seen false, `-` not seen), then
    /// the rules never fired and the `coverage:` line.
    public func coverageText(_ c: Coverage) -> String {
        var out = "rule, firings, and per condition: T seen true, F seen false, - not seen\n"
        let width = min(40, c.rules.map(\.rule.count).max() ?? 0)
        for r in c.rules {
            let name = r.rule.count < width ? r.rule + String(repeating: " ", count: width - r.rule.count) : r.rule
            let firings = String(r.firings)
            let conditions = r.conditions.enumerated().map {
                "\($0.offset + 1):\($0.element.true ? "T" : "-")\($0.element.false ? "F" : "-")"
            }
            out +=
                "  \(name) \(String(repeating: " ", count: max(0, 5 - firings.count)))\(firings)  \(conditions.joined(separator: " "))\n"
        }
        let never = c.rules.filter { $0.firings == 0 }
        if !never.isEmpty {
            out += "never fired:\n" + never.map { "  \($0.rule) (\($0.location))\n" }.joined()
        }
        let both = c.conditionsBothWays
        out += "conditions seen both true and false: \(both.seen) of \(both.total)\n"
        out += "coverage: \(c.fired) of \(c.rules.count) rules fired\n"
        return out
    }

    // MARK: JSON

    public func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("schemaVersion", .integer(JSONReport.schemaVersion)),
            (
                "suites",
                .array(
                    results.map { s in
                        .object([
                            ("name", .string(s.name)), ("file", .string(s.file)),
                            ("cases", .array(s.cases.map(caseJSON))),
                        ])
                    })
            ),
            (
                "summary",
                .object([
                    ("cases", .integer(cases.count)), ("passed", .integer(passed)), ("failed", .integer(failed)),
                    ("errors", .integer(errors)),
                ])
            ),
        ]
        if !problems.isEmpty {
            fields.append(
                (
                    "problems",
                    .array(problems.map { .object([("file", .string($0.file)), ("message", .string($0.message))]) })
                ))
        }
        if !coverage.isEmpty {
            fields.append(
                (
                    "coverage",
                    .array(
                        coverage.map { origin, c in
                            .object([
                                ("knowledgeBase", .string(origin)),
                                ("fired", .integer(c.fired)), ("rules", .integer(c.rules.count)),
                                ("conditionsBothWays", .integer(c.conditionsBothWays.seen)),
                                ("conditions", .integer(c.conditionsBothWays.total)),
                                (
                                    "perRule",
                                    .array(
                                        c.rules.map { r in
                                            .object([
                                                ("rule", .string(r.rule)), ("location", .string(r.location)),
                                                ("firings", .integer(r.firings)),
                                                (
                                                    "conditions",
                                                    .array(
                                                        r.conditions.map {
                                                            .object([
                                                                ("true", .bool($0.true)), ("false", .bool($0.false)),
                                                            ])
                                                        })
                                                ),
                                            ])
                                        })
                                ),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    func caseJSON(_ c: CaseResult) -> JSONValue {
        let status = c.error != nil ? "error" : (c.failures.isEmpty ? "passed" : "failed")
        var fields: [(String, JSONValue)] = [
            ("name", .string(c.name)), ("file", .string(c.place.file)), ("line", .integer(c.place.line)),
            ("status", .string(status)),
        ]
        if let e = c.error { fields.append(("error", .string(e.rendered))) }
        if !c.failures.isEmpty {
            fields.append(
                (
                    "failures",
                    .array(
                        c.failures.map { f in
                            .object([
                                ("expectation", .string(f.expectation.text)),
                                ("line", .integer(f.expectation.place.line)),
                                ("actual", .string(f.actual)),
                                ("explanation", f.explanation.map { .string($0) } ?? .null),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    // MARK: JUnit

    /// JUnit XML as Jenkins, GitLab and GitHub read it: a `testsuites` root, one `testsuite` per
    /// suite file and one `testcase` per case, with `failure` (an expectation not met) or `error`
    /// (the case could not run) holding the message and the details.
    public func junit() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"advisor test\" tests=\"\(cases.count + problems.count)\" failures=\"\(failed)\" errors=\"\(errors)\">\n"
        for s in results {
            let f = s.cases.filter { $0.error == nil && !$0.failures.isEmpty }.count
            let e = s.cases.filter { $0.error != nil }.count
            out +=
                "  <testsuite name=\"\(xml(s.name))\" tests=\"\(s.cases.count)\" failures=\"\(f)\" errors=\"\(e)\" skipped=\"0\" file=\"\(xml(s.file))\">\n"
            for c in s.cases {
                let open =
                    "    <testcase name=\"\(xml(c.name))\" classname=\"\(xml(s.name))\" file=\"\(xml(c.place.file))\" line=\"\(c.place.line)\""
                if let error = c.error {
                    out +=
                        open
                        + ">\n      <error message=\"\(xml(error.message))\">\(xml(error.rendered))</error>\n    </testcase>\n"
                } else if c.failures.isEmpty {
                    out += open + "/>\n"
                } else {
                    let message = c.failures.map { "\($0.expectation.text): actual \($0.actual)" }.joined(
                        separator: "; ")
                    let details = c.failures.map { f in
                        "\(f.expectation.place.text): \(f.expectation.text)\nactual: \(f.actual)\n"
                            + (f.explanation.map { "why not:\n" + $0 } ?? "")
                    }.joined(separator: "\n")
                    out +=
                        open
                        + ">\n      <failure message=\"\(xml(message))\" type=\"expectation\">\(xml(details))</failure>\n    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        for p in problems {
            out +=
                "  <testsuite name=\"\(xml(p.file))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" file=\"\(xml(p.file))\">\n"
            out += "    <testcase name=\"\(xml(p.file))\" classname=\"\(xml(p.file))\" file=\"\(xml(p.file))\">\n"
            out +=
                "      <error message=\"\(xml(p.message))\">\(xml(p.message))</error>\n    </testcase>\n  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Text escaped for XML; characters XML 1.0 cannot hold are left out.
    func xml(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = Substring(self)
        while s.last == "\n" { s.removeLast() }
        return String(s)
    }
}
