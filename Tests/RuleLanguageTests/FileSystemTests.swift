import Foundation
@_spi(Tooling) import RuleLanguage
import Testing

@Suite("FileSystem and DecimalText")
struct FileSystemTests {
    @Test("normalize removes '.', '..' and repeated slashes by text")
    func normalize() {
        #expect(FileSystem.normalize("/a/./b//c/../d") == "/a/b/d")
        #expect(FileSystem.normalize("/../x") == "/x")
        #expect(FileSystem.directory(of: "rules/x.rules") == "rules")
        #expect(FileSystem.directory(of: "x.rules") == "")
        #expect(FileSystem.directory(of: "/x.rules") == "/")
    }

    @Test("reads files, lists folders recursively and refuses directories")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "één\n".write(to: folder.appendingPathComponent("sub/b.rules"), atomically: true, encoding: .utf8)
        try "a".write(to: folder.appendingPathComponent("a.rules"), atomically: true, encoding: .utf8)
        #expect(FileSystem.contents(of: folder.appendingPathComponent("sub/b.rules").path) == "één\n")
        #expect(FileSystem.contents(of: folder.path) == nil)
        #expect(FileSystem.isReadableFile(folder.path) == false)
        #expect(
            RuleLoader.ruleFiles(in: folder.path).map { String($0.dropFirst(folder.path.count)) } == [
                "/a.rules", "/sub/b.rules",
            ])
    }

    @Test("fixed decimals round half away from zero and pad")
    func decimal() {
        #expect(DecimalText.fixed(0.736, 2) == "0.74")
        #expect(DecimalText.fixed(-0.32, 2) == "-0.32")
        #expect(DecimalText.fixed(2, 3) == "2.000")
        #expect(DecimalText.fixed(0.0004, 3) == "0.000")
        #expect(DecimalText.fixed(12.5, 0) == "13")
    }
}
