import Foundation

/// The process's peak resident memory, as the kernel counts it for this program image
/// (`VmHWM` in /proc/self/status): unlike `getrusage`'s `ru_maxrss`, it does not carry over the
/// peak of the process that started this one. Nil where /proc is not there (not Linux).
enum PeakMemory {
    /// Kibibytes, or nil.
    static func kibibytes(status path: String = "/proc/self/status") -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }
}
