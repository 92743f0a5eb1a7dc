/// What every fuzz target shares: handing the command line to libFuzzer with the target's
/// `LLVMFuzzerTestOneInput`. Each target keeps only its entry (SwiftPM links an executable
/// target's entry as `TARGET_main`) and the function that takes one input.

/// libFuzzer's own driver (with -sanitize=fuzzer it is linked in; its name is libFuzzer's, in C).
// swift-format-ignore: AlwaysUseLowerCamelCase
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer on the process's command line, calling `testOneInput` for each input.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
}
