import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A save that runs on another thread while the consultation works out its next question: the
/// answer's save (flushed to disk) and the run that follows it take turns on neither, so the next
/// question waits for the slower of the two instead of both.
///
/// Nothing appears on screen after the answer until the save has ended (``DialogueOutput`` holds
/// what is said meanwhile), so an answer acknowledged by the next question is in the file, as
/// with a save made in line. TERM, HUP, QUIT and INT are held on the dialogue's thread while the
/// save runs (the save holds them on its own), so they end the consultation only once the file is
/// in place.
final class BackgroundSave: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the save's thread before `done` is signalled, read after it is waited for.
    private var problem: String?
    private var before = sigset_t()
    private var ended = false

    /// Starts `work` (which returns what went wrong, or nil) on another thread.
    init(_ work: @escaping @Sendable () -> String?) {
        var held = sigset_t()
        sigemptyset(&held)
        for s in [SIGTERM, SIGHUP, SIGQUIT, SIGINT] { sigaddset(&held, s) }
        pthread_sigmask(SIG_BLOCK, &held, &before)
        DispatchQueue.global(qos: .userInitiated).async {
            self.problem = work()
            self.done.signal()
        }
    }

    /// Waits until the save has ended and lets the held signals through: what went wrong, or nil.
    func wait() -> String? {
        if !ended {
            done.wait()
            ended = true
            pthread_sigmask(SIG_SETMASK, &before, nil)
        }
        return problem
    }
}
