// Entry point shared by the fuzz executables: SwiftPM renames each executable's `main`, so the
// executables call libFuzzer's driver themselves instead of relying on libFuzzer's `main`.
import Glibc
import LexCyrFuzzTargets

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The harness and target of this process, set once before libFuzzer starts.
nonisolated(unsafe) private var current: (harness: FuzzHarness, target: FuzzTarget)?

/// Runs libFuzzer on `target` with the process's arguments, then exits. The harness (tokenizer,
/// dictionaries, pipeline) is built before the first input.
public func runFuzzer(_ target: FuzzTarget) -> Never {
    current = (FuzzHarness(), target)
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
}

/// libFuzzer's callback: one input through the target. A broken invariant aborts with its
/// description, so libFuzzer saves the input as a crash. Exported under libFuzzer's name because
/// debug builds link libFuzzer's `main` object too (the executable's own `main` still runs).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let current else { fatalError("call runFuzzer(_:) first") }
    let bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    do {
        try current.harness.run(current.target, bytes)
    } catch {
        fatalError("invariant broken: \(error)")
    }
    return 0
}
