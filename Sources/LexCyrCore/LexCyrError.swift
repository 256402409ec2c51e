/// Errors LexCyr reports for one input. Every message names the file and says what to do next.
public enum LexCyrError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case fileNotFound(path: String)
    /// The path is a directory where a file was expected.
    case isDirectory(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The input is not text (NUL bytes, mostly control characters, a known binary signature).
    case binaryInput(path: String, reason: String)
    /// The bytes are not valid in the encoding they were read as.
    case invalidEncoding(path: String, encoding: String, detail: String)
    /// The input holds no text at all.
    case emptyInput(path: String)
    /// The input is larger than the configured limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// An external program LexCyr needs is not installed.
    case missingTool(tool: String, debianPackage: String)
    /// An external program failed on this input.
    case toolFailed(path: String, tool: String, status: Int32, stderr: String)
    /// XML or HTML that could not be parsed safely.
    case malformedMarkup(path: String, detail: String)
    /// An encoding name that ICU does not know.
    case unknownEncoding(name: String)
    /// An output file could not be written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file; check the path or pass '-' to read standard input"
        case .isDirectory(let path):
            return "\(path): is a directory; pass the files inside it, or a directory to 'lexcyr extract' to walk it"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason)); check its permissions"
        case .binaryInput(let path, let reason):
            return "\(path): not a text document (\(reason)); pass a .txt, .pdf, .xml or .html file"
        case .invalidEncoding(let path, let encoding, let detail):
            return "\(path): not valid \(encoding) (\(detail)); name the real encoding with --encoding"
        case .emptyInput(let path):
            return "\(path): holds no text; nothing to extract"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes is over the limit of \(limit) bytes; raise it with --max-bytes"
        case .missingTool(let tool, let package):
            return "'\(tool)' is not installed; install it with: apt-get install \(package)"
        case .toolFailed(let path, let tool, let status, let stderr):
            let detail = stderr.split(separator: "\n").first.map(String.init) ?? ""
            return "\(path): \(tool) failed with status \(status)\(detail.isEmpty ? "" : ": \(detail)"); check that the file is a valid PDF"
        case .malformedMarkup(let path, let detail):
            return "\(path): markup refused (\(detail)); LexCyr reads well-formed markup without entity declarations or extreme nesting"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)'; use a name such as UTF-8, windows-1251, KOI8-R or UTF-16"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write output (\(reason)); check the directory exists and is writable"
        }
    }
}
