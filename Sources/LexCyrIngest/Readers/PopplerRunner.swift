import Foundation
import LexCyrCore

/// Runs poppler's `pdftohtml -xml` (Debian package `poppler-utils`) on a PDF and returns its
/// XML, for ``PdfXMLReader``.
///
/// The PDF's bytes are written to a private temporary directory (so standard input works and
/// the file read is the file checksummed); the program runs there with a time limit.
public struct PopplerRunner: Sendable {
    /// Directories searched for `pdftohtml`; `nil` searches `PATH`.
    public var searchPath: [String]?
    /// Seconds allowed for one PDF.
    public var timeout: Double

    /// Creates a runner.
    public init(searchPath: [String]? = nil, timeout: Double = 120) {
        self.searchPath = searchPath
        self.timeout = timeout
    }

    /// poppler's XML for the PDF `bytes` read from `path`. Throws
    /// ``LexCyrError/missingTool(tool:debianPackage:)`` when poppler is not installed and
    /// ``LexCyrError/toolFailed(path:tool:status:stderr:)`` when it cannot read the PDF.
    public func xml(pdf bytes: [UInt8], path: String, limits: InputLimits) throws(LexCyrError) -> [UInt8] {
        guard let tool = Subprocess.find("pdftohtml", searchPath: searchPath) else {
            throw .missingTool(tool: "pdftohtml", debianPackage: "poppler-utils")
        }
        let fm = FileManager.default
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("lexcyr-\(getpid())-\(UUID().uuidString)")
        do {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .toolFailed(path: path, tool: "pdftohtml", status: -1, stderr: "cannot create a temporary directory: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(atPath: dir) }
        let pdf = (dir as NSString).appendingPathComponent("input.pdf")
        guard fm.createFile(atPath: pdf, contents: Data(bytes)) else {
            throw .toolFailed(path: path, tool: "pdftohtml", status: -1, stderr: "cannot write a temporary copy of the PDF in \(dir)")
        }
        let process = Subprocess(executable: tool,
                                 arguments: ["-xml", "-i", "-stdout", "-noroundcoord", "-enc", "UTF-8", "-nodrm", pdf],
                                 timeout: timeout, maxOutput: max(limits.maxBytes, 1 << 20) * 16)
        let result: Subprocess.Result
        do {
            result = try process.run()
        } catch {
            throw .toolFailed(path: path, tool: tool, status: -1, stderr: "cannot start: \(error.localizedDescription)")
        }
        if result.stopped {
            throw .toolFailed(path: path, tool: "pdftohtml", status: result.status,
                              stderr: "stopped after \(Int(timeout)) s or \(process.maxOutput) bytes of output")
        }
        guard result.status == 0, !result.stdout.isEmpty else {
            throw .toolFailed(path: path, tool: "pdftohtml", status: result.status, stderr: Self.errorsFirst(result.stderr))
        }
        return result.stdout
    }

    /// poppler's messages with the errors before the warnings (the first line is shown).
    private static func errorsFirst(_ stderr: [UInt8]) -> String {
        let lines = String(decoding: stderr, as: UTF8.self).split(separator: "\n")
        let errors = lines.filter { $0.contains("Error") }, others = lines.filter { !$0.contains("Error") }
        return (errors + others).joined(separator: "\n")
    }
}
