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
    /// Runs poppler for PDF input.
    public var poppler: PopplerRunner
    /// Dictionary for repairing compounds `pdftotext` joined; `nil` disables the repair.
    public var lexicon: Lexicon?

    /// Creates a loader.
    public init(limits: InputLimits = .default, encoding: String? = nil, poppler: PopplerRunner = PopplerRunner(),
                lexicon: Lexicon? = HunspellLexicon.shared) {
        self.limits = limits
        self.encoding = encoding
        self.poppler = poppler
        self.lexicon = lexicon
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

    /// Detects the format of `input` and turns it into text for the cleaner: text is decoded
    /// (``TextDecoder``) and repaired where `pdftotext` damaged it (``PdfTextRepair``); a PDF
    /// goes through poppler (``PopplerRunner``) and, like poppler's XML, through the layout
    /// analysis (``PdfXMLReader``, ``LayoutAnalyzer``); HTML through ``HTMLReader``.
    public func load(_ input: RawInput) throws(LexCyrError) -> SourceText {
        if input.bytes.isEmpty { throw .emptyInput(path: input.path) }
        let format = FormatSniffer.sniff(input.bytes, path: input.path)
        let source: SourceText
        switch format {
        case .text:
            source = try loadText(input)
        case .pdf:
            let xml = try poppler.xml(pdf: input.bytes, path: input.path, limits: limits)
            source = try loadLayout(xml, format: .pdf, path: input.path)
        case .pdfxml:
            source = try loadLayout(input.bytes, format: .pdfxml, path: input.path)
        case .html:
            let (scalars, name) = try HTMLReader(limits: limits).read(input.bytes, path: input.path, encoding: encoding)
            source = SourceText(scalars: scalars, format: .html, encoding: name, blankLineEndsParagraph: true)
        }
        if source.scalars.allSatisfy({ $0.properties.isWhitespace }) { throw .emptyInput(path: input.path) }
        return source
    }

    private func loadText(_ input: RawInput) throws(LexCyrError) -> SourceText {
        let isUTF16 = input.bytes.starts(with: [0xFF, 0xFE]) || input.bytes.starts(with: [0xFE, 0xFF])
        if !isUTF16 && encoding == nil { try BinarySniffer.check(input.bytes, path: input.path) }
        let (scalars, name) = try TextDecoder.decode(input.bytes, encoding: encoding, path: input.path)
        // In UTF-8 a NUL character is a zero byte, found with `memchr`.
        let hasNUL = name == "UTF-8"
            ? input.bytes.withUnsafeBytes { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
            : scalars.contains("\0")
        if hasNUL { throw .binaryInput(path: input.path, reason: "NUL character in text") }
        return SourceText(scalars: PdfTextRepair(lexicon: lexicon).repair(scalars), format: .text, encoding: name)
    }

    private func loadLayout(_ xml: [UInt8], format: SourceFormat, path: String) throws(LexCyrError) -> SourceText {
        let layout = try PdfXMLReader.read(xml, path: path, limits: limits)
        return SourceText(scalars: LayoutAnalyzer().text(of: layout), format: format, encoding: "UTF-8",
                          blankLineEndsParagraph: true)
    }
}
