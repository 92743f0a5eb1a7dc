#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The size of the terminal a descriptor writes to, asked each time (the user may resize it).
enum TerminalSize {
    /// The terminal's columns, or nil when `fd` is not a terminal (or does not say).
    static func columns(_ fd: Int32) -> Int? {
        guard isatty(fd) == 1 else { return nil }
        var size = winsize()
        #if canImport(Glibc)
            let request = UInt(TIOCGWINSZ)
        #else
            let request = TIOCGWINSZ
        #endif
        guard ioctl(fd, request, &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The columns a consultation's text is wrapped to on `fd`: 78 (text for 80 columns), less on a
    /// narrower terminal (two columns spare, at least 20), never more, so lines stay easy to read.
    static func textWidth(_ fd: Int32) -> Int {
        columns(fd).map { min(78, max(20, $0 - 2)) } ?? 78
    }
}
