import LexCyrCore

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
        case 0x430...0x44F, 0x61...0x7A: return s   // lower case already: the common case first
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

    /// `range` of `scalars` as written (``String/init(scalars:)``: scalars always make valid
    /// UTF-8, so the bytes are not validated again).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// `range` of `scalars` with runs of white space collapsed to one space and the ends trimmed.
    static func collapsed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for i in range {
            let s = scalars[i]
            if isSpace(s) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(s)
            }
        }
        return String(scalars: out)
    }
}
