import RuleLanguage
import Testing

/// `visibleControls` shows every control character (C0 but line feed and tab, DEL, C1) as a
/// picture or a replacement, and leaves everything else alone, through its quick check for clean
/// text as well as through its scalar-by-scalar path.
struct VisibleControlsTests {
    /// What each scalar must become.
    static func expected(_ u: Unicode.Scalar) -> String {
        if u.value < 0x20 && u != "\n" && u != "\t", let picture = Unicode.Scalar(0x2400 + u.value) {
            return String(Character(picture))
        }
        if u.value == 0x7F { return "\u{2421}" }
        if (0x80..<0xA0).contains(u.value) { return "\u{FFFD}" }
        return String(Character(u))
    }

    @Test("each scalar up to U+0100 and a few beyond, alone and amid clean text")
    func everyScalar() {
        let others: [Unicode.Scalar] = ["é", "Â", "\u{A0}", "\u{2400}", "€", "😀", "\u{C2}"]
        for u in (0..<0x100).compactMap(Unicode.Scalar.init) + others {
            let text = "ab" + String(Character(u)) + "é,\"x\"\n"
            let want = "ab" + Self.expected(u) + "é,\"x\"\n"
            #expect(text.visibleControls == want, "U+\(String(u.value, radix: 16))")
        }
        #expect("plain, quoted \"x\", Dutch ë and tab\t".visibleControls == "plain, quoted \"x\", Dutch ë and tab\t")
    }
}
