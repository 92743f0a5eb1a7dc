import AdvisorCLI
@_spi(Tooling) import RuleLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// A closed pipe (`advisor … | head -1`) makes writes fail instead of killing the process.
signal(SIGPIPE, SIG_IGN)

var environment: [String: String] = [:]
for name in ["ADVISOR_RULES", "LANG", "LC_ALL", "NO_COLOR", "TERM", "XDG_STATE_HOME", "HOME", "SOURCE_DATE_EPOCH"] {
    if let value = FileSystem.environment(name) { environment[name] = value }
}
let status = Advisor.main(
    Array(CommandLine.arguments.dropFirst()), terminal: Terminal.standard(), environment: environment)
exit(status.rawValue)
