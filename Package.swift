// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SalesAdvisor",
    // String.replacing and Regex need macOS 13; Linux has them with the toolchain.
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RuleEngine", targets: ["RuleEngine"]),
        .library(name: "RuleLanguage", targets: ["RuleLanguage"]),
        .library(name: "SalesAdvisor", targets: ["SalesAdvisor"]),
        .executable(name: "advisor", targets: ["advisor"]),
    ],
    targets: [
        // No unsafe flags in any target: a package that depends on this one by version may use every
        // product. The engine's hot class properties are `@exclusivity(unchecked)` instead (the
        // invariant is written at `Engine`), and the release binary's static Swift runtime and
        // metadata accessors are build options: `scripts/build-release`.
        .target(name: "RuleEngine", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "RuleLanguage", dependencies: ["RuleEngine"]),
        // The knowledge base is embedded at build time from rules/sales (no checked-in copy).
        .target(name: "SalesAdvisor", dependencies: ["RuleLanguage", "RuleEngine"], plugins: ["EmbedRules"]),
        .executableTarget(name: "embed-rules"),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
        .target(name: "AdvisorCLI", dependencies: ["SalesAdvisor", "RuleLanguage", "RuleEngine"]),
        .executableTarget(name: "advisor", dependencies: ["AdvisorCLI"]),
        // What the test targets share: the repository's files, temporary folders, golden files, the
        // in-process command runner, rule programs from text. Not a product: only tests build it.
        .target(
            name: "TestSupport", dependencies: ["AdvisorCLI", "RuleLanguage", "RuleEngine"], path: "Tests/TestSupport"),
        .testTarget(
            name: "RuleEngineTests", dependencies: ["RuleEngine", "RuleLanguage", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "RuleLanguageTests", dependencies: ["RuleLanguage", "RuleEngine", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SalesAdvisorTests", dependencies: ["SalesAdvisor", "RuleLanguage", "RuleEngine", "TestSupport"],
            exclude: ["Fixtures"]),
        // The library as a user depends on it: public API only, no test support.
        .testTarget(name: "LibraryTests", dependencies: ["SalesAdvisor", "RuleLanguage"]),
        .testTarget(
            name: "AdvisorCLITests", dependencies: ["AdvisorCLI", "RuleLanguage", "RuleEngine", "TestSupport"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
