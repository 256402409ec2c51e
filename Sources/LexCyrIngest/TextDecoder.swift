import LexCyrCore
import LexCyrUnicode

/// Turns the bytes of a text file into Unicode scalars: BOMs, strict UTF-8, then ICU's charset
/// detector for legacy Cyrillic encodings (Windows-1251, KOI8-R, ...), checked on short texts
/// by ``CyrillicCharsetGuess``.
public enum TextDecoder {
    /// Decodes `bytes`. `encoding` overrides detection. `path` is only used in errors.
    public static func decode(_ bytes: [UInt8], encoding: String? = nil, path: String) throws(LexCyrError) -> (scalars: [Unicode.Scalar], encoding: String) {
        if let encoding {
            let (scalars, invalid) = try Charset.decode(bytes, charset: encoding)
            if invalid > 0 {
                throw .invalidEncoding(path: path, encoding: encoding, detail: "\(invalid) invalid byte sequence(s)")
            }
            return (dropBOM(scalars), encoding)
        }
        // Byte-order marks decide.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try strictUTF8(bytes.dropFirst(3), path: path), "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            let (scalars, invalid) = try Charset.decode(Array(bytes.dropFirst(2)), charset: name)
            if invalid > 0 {
                throw .invalidEncoding(path: path, encoding: name, detail: "\(invalid) invalid sequence(s), e.g. a lone surrogate")
            }
            return (scalars, name)
        }
        // Valid UTF-8 is UTF-8.
        if let scalars = try? strictUTF8(bytes[...], path: path) {
            return (scalars, "UTF-8")
        }
        // Otherwise a legacy charset.
        if let name = legacyCharset(bytes) {
            let (scalars, _) = try Charset.decode(bytes, charset: name)
            return (scalars, name)
        }
        let offset = firstInvalidUTF8(bytes)
        throw .invalidEncoding(path: path, encoding: "UTF-8", detail: "invalid byte at offset \(offset)")
    }

    /// The charset of bytes that are not UTF-8, from ICU's detector. The detector needs text to
    /// go on: when it does not answer a single-byte Cyrillic charset with confidence, the
    /// Cyrillic charsets are scored instead (``CyrillicCharsetGuess``).
    static func legacyCharset(_ bytes: [UInt8]) -> String? {
        let detected = Charset.detect(bytes)
        if let d = detected, CyrillicCharsetGuess.candidates.contains(d.name), d.confidence >= 50 { return d.name }
        if let guess = CyrillicCharsetGuess.guess(bytes) { return guess }
        return detected.map(\.name).flatMap { $0 == "UTF-8" ? nil : $0 }
    }

    private static func dropBOM(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        s.first == "\u{FEFF}" ? Array(s.dropFirst()) : s
    }

    static func strictUTF8(_ bytes: ArraySlice<UInt8>, path: String) throws(LexCyrError) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(bytes.count)
        var it = bytes.makeIterator()
        var codec = UTF8()
        while true {
            switch codec.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: return out
            case .error:
                throw .invalidEncoding(path: path, encoding: "UTF-8", detail: "invalid byte sequence")
            }
        }
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let len = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if len == 0 || i + len > bytes.count { return i }
            for k in 1..<len where bytes[i + k] >> 6 != 0b10 { return i }
            i += len
        }
        return i
    }
}
