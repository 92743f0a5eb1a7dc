// swift-tools-version: 6.0
// Fuzz targets (libFuzzer), kept out of the main package so `swift test` never needs them.
// Build and run with scripts/fuzz TARGET SECONDS.
import PackageDescription

/// Each target's entry is `@_cdecl("NAME_main")` in a file that is not main.swift.
let entry: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "AdvisorFuzz",
    dependencies: [.package(name: "SalesAdvisor", path: "..")],
    targets: [
        // libFuzzer's driver, shared by every target.
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzRules",
            dependencies: [
                "FuzzDriver", .product(name: "RuleLanguage", package: "SalesAdvisor"),
                .product(name: "RuleEngine", package: "SalesAdvisor"),
            ], swiftSettings: entry),
        .executableTarget(
            name: "FuzzBatch",
            dependencies: [
                "FuzzDriver", .product(name: "SalesAdvisor", package: "SalesAdvisor"),
                .product(name: "RuleLanguage", package: "SalesAdvisor"),
            ], swiftSettings: entry),
        .executableTarget(
            name: "FuzzScenario",
            dependencies: [
                "FuzzDriver", .product(name: "SalesAdvisor", package: "SalesAdvisor"),
                .product(name: "RuleLanguage", package: "SalesAdvisor"),
            ], swiftSettings: entry),
        // The command line's readers: its sources are linked in (Sources/FuzzCLI/AdvisorCLI), so the
        // target reaches internals the way the executable does.
        .executableTarget(
            name: "FuzzCLI",
            dependencies: [
                "FuzzDriver", .product(name: "SalesAdvisor", package: "SalesAdvisor"),
                .product(name: "RuleLanguage", package: "SalesAdvisor"),
                .product(name: "RuleEngine", package: "SalesAdvisor"),
            ], swiftSettings: entry),
    ],
    swiftLanguageModes: [.v6]
)
