/// SplitMix64: a small, fast generator whose sequence is the same on every platform. The `random`
/// strategy draws its keys from it (seeded with `--seed`); tests and tools use it for seeded work
/// that must come out the same everywhere.
public struct SplitMix64: Sendable {
    /// The generator's whole state: two generators with equal states give equal sequences.
    public var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (0 when `n` is not positive).
    public mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}
