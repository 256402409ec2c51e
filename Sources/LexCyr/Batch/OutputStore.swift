import Foundation
import LexCyrCore

/// Writes one output file per input into a directory, atomically (temporary file + rename), and
/// tells whether an existing output is already up to date for an input's content.
public struct OutputStore: Sendable {
    /// The output directory.
    public var directory: String
    /// File extension of outputs (`json`, `xml`).
    public var fileExtension: String

    /// Creates a store.
    public init(directory: String, fileExtension: String = "json") {
        self.directory = directory
        self.fileExtension = fileExtension
    }

    /// Path of the output for `input`.
    public func path(for input: BatchInput) -> String {
        (directory as NSString).appendingPathComponent(input.outputName + "." + fileExtension)
    }

    /// `true` when the output for `input` exists and was made from bytes with `sha256` by this
    /// schema version.
    public func isUpToDate(_ input: BatchInput, sha256: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path(for: input)) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let text = String(decoding: head, as: UTF8.self)
        return text.contains(sha256) && text.contains(Document.schemaID)
    }

    /// Writes `bytes` as the output for `input`: never a half-written file, even on a crash.
    public func write(_ bytes: [UInt8], for input: BatchInput) throws(LexCyrError) {
        let target = path(for: input)
        let dir = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: dir, reason: "cannot create directory")
        }
        let temp = (dir as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw .writeFailed(path: temp, reason: String(cString: strerror(errno))) }
        var ok = true
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { ok = false; return }
                offset += n
            }
        }
        if fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok, rename(temp, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw .writeFailed(path: target, reason: reason)
        }
    }
}
