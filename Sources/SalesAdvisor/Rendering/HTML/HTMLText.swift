@_spi(Tooling) import RuleLanguage

/// Text made safe for HTML: every character that could open markup or end an attribute is
/// written as a character reference, and control characters are shown as pictures (they are not
/// allowed in an HTML document). Every text a user gave (a customer's name, a SWOT item, an
/// option's title) reaches the page through here.
enum HTMLText {
    /// `text` escaped for an element's content or a quoted attribute's value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.visibleControls.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
