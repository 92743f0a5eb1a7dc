import AdvisorCLI
import Foundation
// The shared test support (the command runner, the repository, temporary folders, golden files)
// for every file of this target.
@_exported import TestSupport

/// Reads a fixture from Tests/AdvisorCLITests/Fixtures.
func fixture(_ name: String) throws -> String {
    try String(
        contentsOf: repositoryRoot.appendingPathComponent("Tests/AdvisorCLITests/Fixtures/\(name)"), encoding: .utf8)
}

/// A knowledge base small enough to know its answers and coverage by hand: two questions, one goal
/// (`verdict`), two rules.
let miniKnowledgeBase = """
    enum level { low high }
    enum verdict-kind { go stop }
    ask size: level en "How big is the deal?"
    ask risk: level en "How risky is it?"
    attribute verdict: verdict-kind en "Verdict"
    goal verdict en "Verdict"

    rule big-and-risky
      when
        size is high
        risk is high
      then
        conclude verdict = stop certainty 0.9
    end

    rule small
      when
        size is low
      then
        conclude verdict = go certainty 0.8
    end

    """
