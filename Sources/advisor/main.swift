import AdvisorCLI
import Foundation

let status = Advisor.main(
    Array(CommandLine.arguments.dropFirst()), terminal: Terminal.standard(),
    environment: ProcessInfo.processInfo.environment)
exit(status.rawValue)
