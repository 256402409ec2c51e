import Foundation
import LexCyrCore

/// The bytes of one input, with its path and checksum.
public struct RawInput: Sendable {
    /// Path as given (`-` for standard input).
    public var path: String
    /// The bytes.
    public var bytes: [UInt8]
    /// Lower-case hex SHA-256 of ``bytes``.
    public var sha256: String

    /// Wraps bytes read from `path`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.sha256 = SHA256.hex(bytes)
    }
}

/// Reads inputs from disk and turns them into ``SourceText`` whatever their format.
public struct InputLoader: Sendable {
    /// Size and nesting limits.
    public var limits: InputLimits
    /// Encoding forced by the user (`--encoding`), or `nil` to detect.
    public var encoding: String?

    /// Creates a loader.
    public init(limits: InputLimits = .default, encoding: String? = nil) {
        self.limits = limits
        self.encoding = encoding
    }

    /// Reads the file at `path` (`-` reads standard input).
    public func read(path: String) throws(LexCyrError) -> RawInput {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > limits.maxBytes { throw .tooLarge(path: path, bytes: data.count, limit: limits.maxBytes) }
            return RawInput(path: path, bytes: [UInt8](data))
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .fileNotFound(path: path) }
        if isDir.boolValue { throw .isDirectory(path: path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > limits.maxBytes {
            throw .tooLarge(path: path, bytes: size, limit: limits.maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        if data.count > limits.maxBytes { throw .tooLarge(path: path, bytes: data.count, limit: limits.maxBytes) }
        return RawInput(path: path, bytes: [UInt8](data))
    }

    /// Detects the format of `input` and decodes it into text for the cleaner.
    public func load(_ input: RawInput) throws(LexCyrError) -> SourceText {
        let format = FormatSniffer.sniff(input.bytes, path: input.path)
        switch format {
        case .text:
            if input.bytes.isEmpty { throw .emptyInput(path: input.path) }
            let isUTF16 = input.bytes.starts(with: [0xFF, 0xFE]) || input.bytes.starts(with: [0xFE, 0xFF])
            if !isUTF16 && encoding == nil { try BinarySniffer.check(input.bytes, path: input.path) }
            let (scalars, name) = try TextDecoder.decode(input.bytes, encoding: encoding, path: input.path)
            if scalars.allSatisfy({ $0.properties.isWhitespace }) { throw .emptyInput(path: input.path) }
            // In UTF-8 a NUL character is a zero byte, found with `memchr`.
            let hasNUL = name == "UTF-8"
                ? input.bytes.withUnsafeBytes { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
                : scalars.contains("\0")
            if hasNUL { throw .binaryInput(path: input.path, reason: "NUL character in text") }
            return SourceText(scalars: scalars, format: .text, encoding: name)
        case .pdf, .pdfxml, .html:
            throw .binaryInput(path: input.path, reason: "\(format.rawValue) input is not supported yet")
        }
    }
}

/// Detects the input format from the content first, the file name second.
public enum FormatSniffer {
    /// The format of `bytes`.
    public static func sniff(_ bytes: [UInt8], path: String) -> SourceFormat {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        // Markup starts with `<` after blanks: anything else is text, decided without decoding.
        var first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x0A || bytes[first] == 0x0D || bytes[first] == 0x09 {
            first += 1
        }
        if first == bytes.count || bytes[first] != UInt8(ascii: "<") { return .text }
        var head = bytes.prefix(2048)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!doctype pdf2xml") || trimmed.hasPrefix("<pdf2xml") {
            if text.contains("<pdf2xml") { return .pdfxml }
            if text.contains("<html") { return .html }
        }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || (trimmed.hasPrefix("<") && text.contains("<body")) {
            return .html
        }
        return .text
    }
}
