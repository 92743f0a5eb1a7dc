// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SalesAdvisor",
    products: [
        .library(name: "RuleEngine", targets: ["RuleEngine"]),
        .library(name: "RuleLanguage", targets: ["RuleLanguage"]),
        .library(name: "SalesAdvisor", targets: ["SalesAdvisor"]),
        .executable(name: "advisor", targets: ["advisor"]),
    ],
    targets: [
        .target(
            name: "RuleEngine",
            // The engine checks its own exclusive access (one run loop, no re-entrancy into memories),
            // so release builds skip the runtime's per-access checks in the match loop.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))],
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "RuleLanguage", dependencies: ["RuleEngine"]),
        .target(name: "SalesAdvisor", dependencies: ["RuleLanguage", "RuleEngine"]),
        .target(name: "AdvisorCLI", dependencies: ["SalesAdvisor", "RuleLanguage", "RuleEngine"]),
        .executableTarget(
            name: "advisor", dependencies: ["AdvisorCLI"],
            // One self-contained binary: no Swift runtime libraries to find and map at every start.
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine"]),
        .testTarget(
            name: "RuleLanguageTests", dependencies: ["RuleLanguage", "RuleEngine"],
            exclude: ["Fixtures"]),
        .testTarget(name: "SalesAdvisorTests", dependencies: ["SalesAdvisor", "RuleLanguage", "RuleEngine"]),
        .testTarget(
            name: "AdvisorCLITests", dependencies: ["AdvisorCLI", "RuleLanguage", "RuleEngine"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
