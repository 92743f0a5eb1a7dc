import Foundation

/// The repository's root folder, found from this file's path (Tests/TestSupport/Repository.swift).
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The absolute path of a file in the repository: `repositoryPath("rules/sales")`.
public func repositoryPath(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

/// The text of a file in the repository, or nil.
public func repositoryFile(_ relative: String) -> String? {
    try? String(contentsOf: repositoryRoot.appendingPathComponent(relative), encoding: .utf8)
}

/// The names of the files in a folder of the repository that end in `suffix`, sorted: the
/// arguments of a test run once per fixture.
public func repositoryFiles(in folder: String, endingIn suffix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: repositoryPath(folder))) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted()
}
