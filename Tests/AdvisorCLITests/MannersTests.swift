import Foundation
import Testing

/// A seating read back from Manners output, checked the way bench/validate_manners.py checks it.
struct Seating {
    /// Guest facts of the data file: name → (sex, hobbies).
    let guests: [String: (sex: String, hobbies: Set<String>)]
    /// Seat → guest, from the `name seat` lines after "Yes, we are done!!".
    let seats: [Int: String]

    init(data: String, output: String) {
        var guests: [String: (sex: String, hobbies: Set<String>)] = [:]
        for line in data.split(separator: "\n") where line.contains("guest(") {
            func slot(_ name: String) -> String {
                guard let r = line.range(of: "\(name): ") else { return "" }
                return String(line[r.upperBound...].prefix { $0 != "," && $0 != ")" })
            }
            let name = slot("name")
            guests[name, default: (slot("sex"), [])].hobbies.insert(slot("hobby"))
        }
        self.guests = guests
        var seats: [Int: String] = [:]
        var done = false
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "Yes, we are done!!" {
                done = true
                continue
            }
            let parts = line.split(separator: " ")
            if done, parts.count == 2, let seat = Int(parts[1]) { seats[seat] = String(parts[0]) }
        }
        self.seats = seats
    }

    /// Problems found: empty when every guest sits exactly once, sexes alternate and neighbours share a hobby.
    var problems: [String] {
        var found: [String] = []
        let n = guests.count
        if seats.count != n { found.append("\(seats.count) seats filled for \(n) guests") }
        if Set(seats.values).count != seats.count || Set(seats.values) != Set(guests.keys) {
            found.append("not every guest is seated exactly once")
        }
        for seat in 1..<max(1, n) {
            guard let a = seats[seat], let b = seats[seat + 1], let x = guests[a], let y = guests[b] else {
                found.append("seat \(seat) or \(seat + 1) is empty")
                continue
            }
            if x.sex == y.sex { found.append("seats \(seat) and \(seat + 1): same sex") }
            if x.hobbies.isDisjoint(with: y.hobbies) { found.append("seats \(seat) and \(seat + 1): no shared hobby") }
        }
        return found
    }
}

@Suite("Miss Manners")
struct MannersTests {
    @Test("seats every guest validly, prints what CLIPS prints, and fires as often", arguments: [(16, 183), (32, 623)])
    func manners(_ size: Int, _ firings: Int) throws {
        let path = repositoryPath("rules/benchmarks/manners-\(size).rules")
        let result = advisor(["run", path, "--stats"])
        #expect(result.status == .success)
        #expect(result.err == "")
        let data = try String(contentsOfFile: path, encoding: .utf8)
        let seating = Seating(data: data, output: result.out)
        #expect(seating.seats.count == size)
        #expect(seating.problems == [])
        #expect(result.out.contains("\n\(firings) rules fired\n"))
        // CLIPS's own output (bench/expected/manners_N.out), line for line, up to its statistics line.
        let clips = try fixture("manners_\(size).out")
        let program = result.out.components(separatedBy: "\(firings) rules fired\n")[0]
        #expect(program + "\(firings) rules fired\n" == clips)
    }

    @Test("the validator catches a bad seating")
    func validatorCanFail() {
        let data = """
            guest(name: a, sex: m, hobby: h1)
            guest(name: b, sex: m, hobby: h1)
            """
        let output = "Yes, we are done!!\na 1\nb 2\n"
        #expect(Seating(data: data, output: output).problems == ["seats 1 and 2: same sex"])
    }

    @Test("the checked-in data files are what scripts/manners-facts makes of the JSON data")
    func dataFilesMatchTheirSource() throws {
        let text = try String(contentsOfFile: repositoryPath("rules/benchmarks/manners-16.rules"), encoding: .utf8)
        #expect(text.hasPrefix("# Miss Manners data: 16 guests, from manners_16.json"))
        #expect(text.contains("include \"manners.rules\"\n\nfacts\n  guest(name: n1, sex: f, hobby: h3)\n"))
        #expect(text.hasSuffix("  last_seat(seat: 16)\n  count(c: 1)\n  context(state: start)\nend\n"))
    }
}
