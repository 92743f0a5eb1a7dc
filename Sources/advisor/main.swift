import AdvisorCLI
import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

var environment: [String: String] = [:]
if let rules = FileSystem.environment("ADVISOR_RULES") { environment["ADVISOR_RULES"] = rules }
let status = Advisor.main(Array(CommandLine.arguments.dropFirst()), terminal: Terminal.standard(), environment: environment)
exit(status.rawValue)
