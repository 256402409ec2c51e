import LexCyrCore
import LexCyrUnicode

/// Turns the bytes of a text file into Unicode scalars: BOMs, strict UTF-8, then ICU's charset
/// detector for legacy Cyrillic encodings (Windows-1251, KOI8-R, ...), checked on short texts
/// by ``CyrillicCharsetGuess``. Anything else is refused as invalid UTF-8.
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
        // Otherwise a legacy Cyrillic charset: a file that is neither UTF-8 nor mostly Cyrillic
        // in a legacy charset is invalid UTF-8 (not Latin-1, and not UTF-8 with a broken byte).
        if !looksLikeBrokenUTF8(bytes), let name = legacyCharset(bytes) {
            let (scalars, _) = try Charset.decode(bytes, charset: name)
            if isMostlyCyrillic(scalars) { return (scalars, name) }
        }
        let offset = firstInvalidUTF8(bytes)
        throw .invalidEncoding(path: path, encoding: "UTF-8", detail: "invalid byte at offset \(offset)")
    }

    /// Legacy charsets ICU's detector reports for Cyrillic text.
    static let cyrillicCharsets: Set<String> = ["windows-1251", "koi8-r", "iso-8859-5", "ibm866", "koi8-u", "x-mac-cyrillic"]

    /// The Cyrillic charset of bytes that are not UTF-8, from ICU's detector. The detector needs
    /// text to go on: when it does not answer a Cyrillic charset with confidence (it may answer
    /// UTF-16 for a two-word line), the Cyrillic charsets are scored (``CyrillicCharsetGuess``).
    static func legacyCharset(_ bytes: [UInt8]) -> String? {
        if let d = Charset.detect(bytes), cyrillicCharsets.contains(d.name.lowercased()), d.confidence >= 50 { return d.name }
        return CyrillicCharsetGuess.guess(bytes)
    }

    /// `true` when most non-ASCII scalars are Cyrillic (what a real legacy-encoded article gives).
    static func isMostlyCyrillic(_ scalars: [Unicode.Scalar]) -> Bool {
        var cyrillic = 0, other = 0
        for s in scalars where s.value >= 0x80 {
            if (0x0400...0x04FF).contains(s.value) { cyrillic += 1 } else { other += 1 }
        }
        return cyrillic >= 2 && cyrillic >= other * 4
    }

    /// `true` when the bytes are UTF-8 but for a few bad bytes: well-formed multi-byte sequences
    /// outnumber the stray bytes four to one. (Windows-1251 and KOI8-R letters seldom form
    /// UTF-8 sequences.)
    static func looksLikeBrokenUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let len = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if len == 1 { i += 1; continue }
            if len > 0, i + len <= bytes.count, (1..<len).allSatisfy({ bytes[i + $0] >> 6 == 0b10 }) {
                valid += 1
                i += len
            } else {
                invalid += 1
                i += 1
            }
        }
        return valid > 0 && valid >= invalid * 4
    }

    private static func dropBOM(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        s.first == "\u{FEFF}" ? Array(s.dropFirst()) : s
    }

    /// Decodes well-formed UTF-8 (Unicode Table 3-7: no overlong forms, surrogates or values
    /// past U+10FFFF); throws at the first ill-formed sequence.
    ///
    /// Runs of ASCII are copied eight bytes at a time and runs of two-byte sequences (Cyrillic
    /// words) read two bytes at a time, with pointers (no overflow checks in the loops).
    static func strictUTF8(_ bytes: ArraySlice<UInt8>, path: String) throws(LexCyrError) -> [Unicode.Scalar] {
        var wellFormed = true
        let decoded = bytes.withUnsafeBufferPointer { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                count = 0
                guard let start = b.baseAddress, let dst = out.baseAddress else { return }
                var p = start, q = dst
                let end = start + b.count
                @inline(__always) func put(_ v: UInt32) {
                    // Every value decoded below is a scalar (no surrogate, at most U+10FFFF).
                    q.initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                    q += 1
                }
                while p < end {
                    let c = p.pointee
                    if c < 0x80 {
                        put(UInt32(c))
                        p += 1
                        // A run of ASCII goes on eight bytes at a time.
                        while end - p >= 8 {
                            let x = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
                            guard x & 0x8080_8080_8080_8080 == 0 else { break }
                            for k in 0..<8 { put(UInt32(truncatingIfNeeded: (x &>> UInt64(8 &* k)) & 0xFF)) }
                            p += 8
                        }
                    } else if c < 0xE0 {
                        // Two bytes (all Cyrillic): C2–DF, then a continuation byte. Four letters
                        // of the basic Cyrillic block (first bytes D0, D1) go at a time.
                        while end - p >= 8 {
                            let x = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
                            guard x & 0xC0FE_C0FE_C0FE_C0FE == 0x80D0_80D0_80D0_80D0 else { break }
                            for k in 0..<4 {
                                let pair = UInt32(truncatingIfNeeded: x &>> UInt64(16 &* k))
                                put(0x400 | (pair & 1) &<< 6 | (pair &>> 8) & 0x3F)
                            }
                            p += 8
                        }
                        // Then two letters at a time, then one (words end at any length).
                        if end - p >= 4 {
                            let x = UInt32(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt32.self))
                            if x & 0xC0FE_C0FE == 0x80D0_80D0 {
                                put(0x400 | (x & 1) &<< 6 | (x &>> 8) & 0x3F)
                                put(0x400 | (x &>> 16 & 1) &<< 6 | (x &>> 24) & 0x3F)
                                p += 4
                            }
                        }
                        while end - p >= 2 {
                            let x = UInt32(UInt16(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt16.self)))
                            guard x & 0xC0E0 == 0x80C0, x & 0x1E != 0 else { break }
                            put((x & 0x1F) &<< 6 | (x &>> 8) & 0x3F)
                            p += 2
                        }
                        // What ends the run must be ASCII or a longer sequence's first byte.
                        guard p == end || p.pointee < 0x80 || p.pointee >= 0xE0 else { wellFormed = false; break }
                    } else if c < 0xF0 {
                        guard end - p >= 3, p[1] & 0xC0 == 0x80, p[2] & 0xC0 == 0x80 else { wellFormed = false; break }
                        let v = UInt32(c & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F)
                        // Overlong forms (E0 80–9F) and surrogates (ED A0–BF).
                        guard v >= 0x800, v < 0xD800 || v > 0xDFFF else { wellFormed = false; break }
                        put(v)
                        p += 3
                    } else {
                        guard c <= 0xF4, end - p >= 4, p[1] & 0xC0 == 0x80, p[2] & 0xC0 == 0x80,
                              p[3] & 0xC0 == 0x80 else { wellFormed = false; break }
                        let v = UInt32(c & 0x07) << 18 | UInt32(p[1] & 0x3F) << 12 | UInt32(p[2] & 0x3F) << 6
                            | UInt32(p[3] & 0x3F)
                        guard v >= 0x10000, v <= 0x10FFFF else { wellFormed = false; break }
                        put(v)
                        p += 4
                    }
                }
                count = q - dst
            }
        }
        guard wellFormed else {
            throw .invalidEncoding(path: path, encoding: "UTF-8", detail: "invalid byte sequence")
        }
        return decoded
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
