// swift-tools-version: 6.0
// Fuzz targets (libFuzzer), kept out of the main package so `swift test` never needs them.
// Build and run with scripts/fuzz TARGET SECONDS.
import PackageDescription

let package = Package(
    name: "AdvisorFuzz",
    dependencies: [.package(name: "SalesAdvisor", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzRules",
            dependencies: [.product(name: "RuleLanguage", package: "SalesAdvisor"), .product(name: "RuleEngine", package: "SalesAdvisor")]),
        .executableTarget(
            name: "FuzzBatch",
            dependencies: [.product(name: "SalesAdvisor", package: "SalesAdvisor"), .product(name: "RuleLanguage", package: "SalesAdvisor")]),
        .executableTarget(
            name: "FuzzScenario",
            dependencies: [.product(name: "SalesAdvisor", package: "SalesAdvisor"), .product(name: "RuleLanguage", package: "SalesAdvisor")]),
    ],
    swiftLanguageModes: [.v6]
)
