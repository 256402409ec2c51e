import Foundation

/// Runs an external program with a time limit, reading all of its standard output and error.
///
/// Both pipes are drained on their own threads while the program runs, so a program that
/// writes more than a pipe holds cannot block. Past the time limit, or past `maxOutput` bytes
/// of output, the program is sent SIGTERM, then SIGKILL a second later.
struct Subprocess {
    /// What the program left.
    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
        /// `true` when the program was stopped for taking too long or writing too much.
        var stopped: Bool
    }

    /// Absolute path of the program.
    var executable: String
    /// Its arguments.
    var arguments: [String]
    /// Seconds before the program is stopped.
    var timeout: Double
    /// Most bytes of standard output read before the program is stopped.
    var maxOutput: Int

    /// Starts the program and waits for it. Throws only when it cannot be started.
    func run() throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let stdout = Drain(), stderr = Drain()
        let done = DispatchGroup()
        try process.run()
        let pid = process.processIdentifier
        for (pipe, drain, limit) in [(out, stdout, maxOutput), (err, stderr, 1 << 20)] {
            done.enter()
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread {
                drain.read(handle, limit: limit) { kill(pid, SIGTERM) }
                done.leave()
            }
        }
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            process.waitUntilExit()
            finished.signal()
        }
        var stopped = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            stopped = true
            kill(pid, SIGTERM)
            if finished.wait(timeout: .now() + 1) == .timedOut {
                kill(pid, SIGKILL)
                finished.wait()
            }
        }
        // A stopped program's own children may hold the pipes open: do not wait for them long.
        if stopped { _ = done.wait(timeout: .now() + 2) } else { done.wait() }
        return Result(status: process.terminationStatus, stdout: stdout.bytes, stderr: stderr.bytes,
                      stopped: stopped || stdout.overflowed)
    }

    /// Looks `name` up in the directories of `PATH` (or `searchPath` when given).
    static func find(_ name: String, searchPath: [String]? = nil) -> String? {
        let dirs = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for dir in dirs where !dir.isEmpty {
            let candidate = (dir as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Bytes read from a pipe on another thread.
private final class Drain: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = [UInt8]()
    private var over = false

    var bytes: [UInt8] { lock.withLock { buffer } }
    var overflowed: Bool { lock.withLock { over } }

    /// Reads `handle` to its end, keeping at most `limit` bytes; calls `onOverflow` once when
    /// the limit is passed (and goes on reading, so the writer is never blocked).
    func read(_ handle: FileHandle, limit: Int, onOverflow: () -> Void) {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            let first: Bool = lock.withLock {
                if buffer.count + chunk.count <= limit {
                    buffer.append(contentsOf: chunk)
                    return false
                }
                defer { over = true }
                return !over
            }
            if first { onOverflow() }
        }
    }
}
