@_spi(Tooling) import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// Every scenario times the combinations of the `--grid` values, with the `--set` answers: made one
/// situation at a time, by position, so a grid of a million situations is never held at once.
struct SituationGrid {
    /// One `--grid NAME=v1,v2`.
    struct Axis {
        let name: String
        let values: [String]
    }

    let scenarios: [Scenario]
    let axes: [Axis]
    let sets: [Answer]
    let kb: KnowledgeBase

    /// How many situations, or nil when there are more than `Int` counts.
    var total: Int? {
        var total = scenarios.count
        for axis in axes {
            let (product, overflow) = total.multipliedReportingOverflow(by: axis.values.count)
            if overflow { return nil }
            total = product
        }
        return total
    }

    /// Said when the grid makes more than `limit` situations (nil when it does not).
    func tooMany(limit: Int) -> String? {
        let total = self.total
        guard total.map({ $0 > limit }) ?? true else { return nil }
        let sizes =
            ([scenarios.count > 1 ? "\(scenarios.count) scenarios" : nil].compactMap { $0 }
            + axes.map { "\($0.values.count)" }).joined(separator: " x ")
        let count = total.map(String.init) ?? "more than 9223372036854775807"
        return
            "--grid makes \(count) situations (\(sizes)), more than the limit of \(limit); raise it with --max-combinations N"
    }

    /// Checks every grid value once before any work (a wrong value is one error, not thousands).
    func checkValues() -> String? {
        for axis in axes {
            for value in axis.values {
                switch ScenarioParser.parseSet("\(axis.name)=\(value)") {
                case .success(let answer):
                    do { _ = try Situation(Scenario(name: "probe"), sets: [answer], kb: kb) } catch {
                        return "--grid \(axis.name)=\(axis.values.joined(separator: ",")): \(error.message)"
                    }
                case .failure(let e): return e.message
                }
            }
        }
        return nil
    }

    /// The situation at position `index` of scenarios × grid (the last `--grid` varies fastest).
    func situation(_ index: Int) -> Result<Situation, InputError> {
        var rest = index
        var combination: [(String, String)] = []
        for axis in axes.reversed() {
            combination.insert((axis.name, axis.values[rest % axis.values.count]), at: 0)
            rest /= axis.values.count
        }
        var scenario = scenarios[rest]
        var answers = sets
        if !combination.isEmpty {
            scenario.name += "[" + combination.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "]"
            for (name, value) in combination {
                switch ScenarioParser.parseSet("\(name)=\(value)") {
                case .success(let answer): answers.append(answer)
                case .failure(let e): return .failure(e)
                }
            }
        }
        do {
            return .success(try Situation(scenario, sets: answers, kb: kb))
        } catch {
            return .failure(error)
        }
    }
}
