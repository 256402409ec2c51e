/// Lower-casing and packed keys for Cyrillic and Latin scalars, without building strings.
///
/// The act extractor checks every word of a document against its trigger lexicon; ``key(_:_:length:)``
/// packs the first letters of a word into an integer so that the check is one hash lookup.
enum Fold {
    /// The lower-case form of `s` for Latin, Russian and Kazakh letters; other scalars unchanged.
    /// `ё` folds to `е`, as the Snowball stemmer expects.
    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        switch v {
        case 0x41...0x5A: return Unicode.Scalar(v + 0x20)!
        case 0x410...0x42F: return Unicode.Scalar(v + 0x20)!
        case 0x401, 0x451: return "е"
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50)!
        // Kazakh and other Cyrillic letters come in upper/lower pairs (even/odd code points).
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x4FF: return v & 1 == 0 ? Unicode.Scalar(v + 1)! : s
        default: return s
        }
    }

    /// `true` for white space (without the table lookup of `Unicode.Scalar.Properties`).
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v <= 0x20 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v < 0xA0 { return false }
        return v == 0xA0 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000 || v == 0x1680
    }

    /// `true` for an upper-case Latin or Cyrillic letter.
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        switch v {
        case 0x41...0x5A, 0x400...0x42F: return true
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x4FF: return v & 1 == 0
        default: return false
        }
    }

    /// `true` for an alphabetic scalar (`Unicode.Scalar.Properties.isAlphabetic`), answered
    /// without the property table for ASCII and the Cyrillic letters.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if (0x400...0x481).contains(v) || (0x48A...0x4FF).contains(v) { return true }
        return s.properties.isAlphabetic
    }

    /// `true` for a Cyrillic letter (Russian or Kazakh).
    @inline(__always)
    static func isCyrillic(_ s: Unicode.Scalar) -> Bool {
        (0x400...0x4FF).contains(s.value)
    }

    /// The first `length` scalars of `range`, lower-cased and packed 16 bits each, or `nil` when
    /// the range is shorter or holds a scalar outside the Basic Multilingual Plane.
    @inline(__always)
    static func key(_ scalars: [Unicode.Scalar], _ range: Range<Int>, length: Int) -> UInt64? {
        guard range.count >= length else { return nil }
        var k: UInt64 = 0
        for i in range.lowerBound..<(range.lowerBound + length) {
            let v = lower(scalars[i]).value
            if v > 0xFFFF { return nil }
            k = k << 16 | UInt64(v)
        }
        return k
    }

    /// The packed key of a lower-case string's first `length` scalars (for building tables).
    static func key(_ word: String, length: Int) -> UInt64? {
        let s = Array(word.unicodeScalars)
        return key(s, 0..<s.count, length: length)
    }

    /// `range` of `scalars` lower-cased, as a `String`.
    static func lowerString(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        for i in range { v.append(lower(scalars[i])) }
        return String(v)
    }

    /// `range` of `scalars` as written.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(range.count * 2)
        for i in range { appendUTF8(scalars[i], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 encoding of `s` to `bytes`.
    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = s.value
        switch v {
        case 0..<0x80:
            bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | v >> 6))
            bytes.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | v >> 12))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | v >> 18))
            bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// `range` of `scalars` with runs of white space collapsed to one space and the ends trimmed.
    static func collapsed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(range.count * 2)
        var pendingSpace = false
        for i in range {
            let s = scalars[i]
            if isSpace(s) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                appendUTF8(s, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
