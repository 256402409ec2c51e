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
/// dictionaries, pipeline) is built before the first input; a broken invariant aborts with its
/// description, so libFuzzer saves the input as a crash.
public func runFuzzer(_ target: FuzzTarget) -> Never {
    current = (FuzzHarness(), target)
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
        do {
            try current!.harness.run(current!.target, bytes)
        } catch {
            fatalError("invariant broken: \(error)")
        }
        return 0
    })
}
