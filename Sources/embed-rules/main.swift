// embed-rules OUTPUT FILE...: writes a Swift file whose `BundledRules.files` holds each rule file's
// name and text, in path order. Run by the EmbedRules build-tool plugin at build time, so the
// knowledge base built into SalesAdvisor is always rules/sales as it is on disk.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-rules OUTPUT FILE...\n".utf8))
    exit(2)
}
let inputs = arguments.dropFirst().sorted { ($0 as NSString).lastPathComponent < ($1 as NSString).lastPathComponent }

/// A raw string literal with more `#` than any run of `"#…` in the text, so no text can end it.
func literal(_ text: String) -> String {
    var hashes = 1
    while text.contains("\"" + String(repeating: "#", count: hashes)) { hashes += 1 }
    let h = String(repeating: "#", count: hashes)
    return h + "\"\"\"\n" + text + "\n\"\"\"" + h
}

var out = "// Generated at build time by the EmbedRules plugin from rules/sales; not in the repository.\n"
out += "/// The knowledge base built into the library: file name and text, in path order.\n"
out += "enum BundledRules {\n    static let files: [(name: String, text: String)] = [\n"
for path in inputs {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-rules: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    // The literal's content excludes the newline before its closing delimiter: a text that ends
    // with a newline (as files do) is written without it, and gets it back exactly.
    let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
    out +=
        "        (\"\((path as NSString).lastPathComponent)\", \(literal(body))"
        + (text.hasSuffix("\n") ? " + \"\\n\"" : "") + "),\n"
}
out += "    ]\n}\n"
do {
    try out.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-rules: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
