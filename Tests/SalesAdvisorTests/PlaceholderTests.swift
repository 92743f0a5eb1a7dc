import RuleEngine
import Testing

@_spi(Tooling) @testable import SalesAdvisor

@Suite("Placeholders in explanation texts")
struct PlaceholderTests {
    @Test("{variable} is filled; unknown names, stray braces and an unclosed { stay as written")
    func fill() throws {
        let rule = try #require(bundledKB.program.rules.first { r in r.variables.contains { $0.slot != nil } })
        let variable = try #require(rule.variables.first { $0.slot != nil })
        let bindings = rule.variables.map { _ in Value.integer(7) as Value? }
        let builder = ReportBuilder(kb: bundledKB, engine: Engine(program: bundledKB.program), weights: [:])
        let v = variable.name
        func fill(_ text: String) -> String { builder.fill(text, rule: rule, bindings: bindings, language: "en") }
        #expect(fill("plain text, no braces") == "plain text, no braces")
        #expect(fill("a {\(v)} b") == "a 7 b")
        #expect(fill("{\(v)}{\(v)}") == "77")
        #expect(fill("x {nope} y") == "x {nope} y")
        #expect(fill("a } b {\(v)} c") == "a } b 7 c")
        #expect(fill("{{\(v)} é") == "{7 é")
        #expect(fill("klant {\(v)} → {open") == "klant 7 → {open")
    }
}
