import Foundation
import Testing

/// Memory follows the facts alive, not the facts ever asserted: a program that asserts, modifies and
/// retracts in a loop (one counter fact, one fact joined to it, a `not`, a mark asserted and
/// retracted each time) peaks at the same resident memory after 5,000 rounds as after 150,000.
/// Measured on the real process (`--stats`'s peak resident memory, the kernel's `VmHWM`), so every
/// structure counts: the fact table, the
/// agenda's groups, tokens, the truth maintenance's records.
@Suite("Memory per retracted fact")
struct RetractionMemoryTests {
    static func program(rounds: Int) -> String {
        """
        template counter { n: integer }
        template limit { max: integer }
        template mark { n: integer }
        rule step
          when
            limit(max: $m)
            c: counter(n: $n & < $m)
            not mark(n: $n)
          then
            assert mark(n: $n)
            modify c(n: $n + 1)
        end
        rule clear
          salience 10
          when
            k: mark(n: $k)
          then
            retract k
        end
        facts
          limit(max: \(rounds))
          counter(n: 0)
        end
        """
    }

    /// Runs `rounds` rounds; returns the peak in KiB and the facts retracted.
    static func peak(rounds: Int) throws -> (kib: Int, retracted: Int) {
        let dir = try temporaryFolder(["churn.rules": program(rounds: rounds)])
        let result = try advisorProcess(
            ["run", dir.appendingPathComponent("churn.rules").path, "--stats"], input: [])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("\(2 * rounds) rules fired"))
        let line = try #require(result.out.split(separator: "\n").first { $0.hasPrefix("Peak resident memory ") })
        let mib = try #require(Double(line.dropFirst("Peak resident memory ".count).dropLast(" MiB.".count)))
        return (Int(mib * 1024), 2 * rounds)
    }

    @Test("a retracted or modified fact leaves no memory behind")
    func constantMemory() throws {
        let small = try Self.peak(rounds: 5_000)
        let large = try Self.peak(rounds: 150_000)
        let bytesPerRetraction =
            Double(max(0, large.kib - small.kib) * 1024) / Double(large.retracted - small.retracted)
        // Before the fix: about 190 bytes; an id table of one word per fact ever asserted: 8.
        #expect(
            bytesPerRetraction < 4,
            "\(small.kib) KiB after \(small.retracted), \(large.kib) KiB after \(large.retracted)")
    }
}
