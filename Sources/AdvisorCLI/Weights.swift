import RuleLanguage
@_spi(Tooling) import SalesAdvisor

/// `--weights feasibility=0.3,suitability=0.4,acceptability=0.3`.
enum Weights {
    struct Problem: Error {
        let message: String
    }

    static let criteria = ["feasibility", "suitability", "acceptability"]

    /// Sets the weights of `--weights` (when given); false, with the message written, when they are wrong.
    static func apply(_ text: String?, to evaluation: inout Evaluation, terminal: Terminal) -> Bool {
        guard let text else { return true }
        switch parse(text) {
        case .success(let weights):
            evaluation.weights = weights
            return true
        case .failure(let e):
            terminal.err("advisor: \(e.message)\n")
            return false
        }
    }

    static func parse(_ text: String) -> Result<[String: Double], Problem> {
        var weights: [String: Double] = [:]
        for part in text.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: " ") }
            guard kv.count == 2 else {
                return .failure(
                    Problem(message: "--weights takes NAME=NUMBER pairs separated by commas, found '\(part)'"))
            }
            guard criteria.contains(kv[0]) else {
                var m = "unknown criterion '\(kv[0])' in --weights"
                if let best = EditDistance.closest(to: kv[0], in: criteria) { m += "; did you mean '\(best)'?" }
                return .failure(Problem(message: m + "; the criteria are: \(criteria.joined(separator: ", "))"))
            }
            // Weights are relative; a bound keeps their sum finite (1e308 three times is infinite,
            // and every total would become 0).
            guard let w = Double(kv[1]), w >= 0, w <= 1_000_000 else {
                return .failure(
                    Problem(message: "the weight of \(kv[0]) must be a number from 0 to 1000000, found '\(kv[1])'"))
            }
            weights[kv[0]] = w
        }
        guard weights.values.contains(where: { $0 > 0 }) else {
            return .failure(Problem(message: "--weights needs at least one weight above 0"))
        }
        return .success(weights)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
