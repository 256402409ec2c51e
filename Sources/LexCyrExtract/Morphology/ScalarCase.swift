/// Lower-casing of single scalars for the scripts LexCyr reads (Latin, Cyrillic with the Kazakh
/// letters), without ICU and without building strings: for table look-ups in hot loops.
///
/// Scalars outside those blocks are returned unchanged; use `Normalizer.lowercase` for full
/// Unicode case mapping.
public enum ScalarCase {
    /// The lower-case form of `s` (`Ә` → `ә`, `І` → `і`, `Q` → `q`).
    @inline(__always)
    public static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        // Most letters of the texts are lower-case Cyrillic (`а`-`я`, `ѐ`-`џ`) or ASCII: decide
        // those with one or two comparisons before the full switch.
        if v &- 0x430 < 0x30 { return s }
        if v < 0x80 { return v &- 0x41 < 26 ? Unicode.Scalar(UInt8(truncatingIfNeeded: v | 0x20)) : s }
        if v &- 0x410 < 0x20 { return Unicode.Scalar(v + 0x20)! }
        if v < 0x400 || v > 0x52F { return s }
        switch v {
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50)!
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x52F:
            return v & 1 == 0 ? Unicode.Scalar(v + 1)! : s
        case 0x4C1...0x4CE:
            return v & 1 == 1 ? Unicode.Scalar(v + 1)! : s
        case 0x4C0: return Unicode.Scalar(0x4CF)!
        default: return s
        }
    }

    /// `true` for a scalar with Unicode's White_Space property, without the property look-up.
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `true` for an upper-case Latin or Cyrillic letter.
    @inline(__always)
    public static func isUpper(_ s: Unicode.Scalar) -> Bool {
        lower(s) != s
    }

    /// The lower-case letters of `scalars[range]`.
    public static func lowered(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Letters {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(range.count)
        for i in range { out.append(lower(scalars[i])) }
        return Letters(out)
    }
}
