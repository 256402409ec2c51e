extension Unicode.Scalar {
    /// Letter case of ASCII and Cyrillic scalars, from their code points: the cleaner asks for
    /// every scalar, and the Unicode property tables are slow. `nil` for other scripts.
    private enum LetterCase { case none, upper, lower }

    @inline(__always)
    private var letterCase: LetterCase? {
        let v = value
        // The basic Cyrillic block first (most letters of the text), one unsigned compare each.
        if v &- 0x430 < 0x30 { return .lower }
        if v &- 0x400 < 0x30 { return .upper }
        if v < 0x80 {
            if v &- 0x61 < 26 { return .lower }
            return v &- 0x41 < 26 ? .upper : LetterCase.none
        }
        // Pairs of upper and lower case: Cyrillic supplement and the Kazakh letters.
        if (v >= 0x460 && v <= 0x481) || (v >= 0x48A && v <= 0x4BF) || (v >= 0x4D0 && v <= 0x52F) {
            return v & 1 == 0 ? .upper : .lower
        }
        // Punctuation around Cyrillic text: Latin-1 signs (but `ª`, `µ`, `º`), general
        // punctuation (dashes, quotes), `№`.
        if (v >= 0xA0 && v <= 0xBF && v != 0xAA && v != 0xB5 && v != 0xBA) || (v >= 0x2000 && v <= 0x206F) || v == 0x2116 {
            return LetterCase.none
        }
        return nil
    }

    /// `true` for a letter (see `letterCase`; other scripts from the Unicode properties).
    @inline(__always)
    var isLetter: Bool {
        if let c = letterCase { return c != .none }
        return properties.isAlphabetic
    }

    /// `true` for an upper-case letter.
    @inline(__always)
    var isUpperLetter: Bool {
        if let c = letterCase { return c == .upper }
        return properties.isUppercase
    }

    /// `true` for a lower-case letter.
    @inline(__always)
    var isLowerLetter: Bool {
        if let c = letterCase { return c == .lower }
        return properties.isLowercase
    }
}

extension Unicode.Scalar {
    /// `true` for a scalar that is a character of its own whatever surrounds it (no combining
    /// mark, joiner or control that merges with a neighbour): printable ASCII, Latin-1 and Latin
    /// Extended, Cyrillic letters, general punctuation, `№`. Where every scalar is, counting
    /// scalars counts characters.
    var isOwnCharacter: Bool {
        let v = value
        return (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) || (v >= 0x400 && v < 0x483)
            || (v >= 0x48A && v < 0x530) || (v >= 0x2010 && v < 0x2060) || v == 0x2116
    }

    /// The lower-case form of an ASCII or Cyrillic letter, computed from its code point; other
    /// scalars are returned unchanged unless they map to exactly one lower-case scalar.
    @inline(__always)
    var lowerFast: Unicode.Scalar {
        let v = value
        // Lower-case basic Cyrillic (most letters of the text) and ASCII first.
        if v &- 0x430 < 0x30 { return self }
        if v < 0x80 { return v &- 0x41 < 26 ? Unicode.Scalar(UInt8(truncatingIfNeeded: v &+ 0x20)) : self }
        if v &- 0x410 < 0x20 { return Unicode.Scalar.known(v &+ 0x20) }
        if v &- 0x400 < 0x10 { return Unicode.Scalar.known(v &+ 0x50) }
        if v < 0x460 { return self }
        if (v >= 0x460 && v <= 0x481) || (v >= 0x48A && v <= 0x4BF) || (v >= 0x4D0 && v <= 0x52F) {
            return v & 1 == 0 ? Unicode.Scalar.known(v &+ 1) : self
        }
        // General punctuation and `№` have no case.
        if (v >= 0x2000 && v <= 0x206F) || v == 0x2116 { return self }
        let mapped = properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : self
    }
}

/// Lower-cased words built straight from scalars, without the cost of `String.lowercased()`.
enum FastCase {
    /// The lower-cased string of `scalars`.
    static func lower<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        String(scalars: scalars.lazy.map(\.lowerFast))
    }

    /// `string` lower-cased.
    static func lower(_ string: String) -> String { lower(string.unicodeScalars) }

    /// A 64-bit hash (FNV-1a) of `scalars` lower-cased: finds repeated words without building
    /// their strings.
    static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        hash(hashSeed, scalars)
    }

    /// The hash `h` of a word extended by `scalars`.
    static func hash<C: Collection>(_ h: UInt64, _ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h = h
        for c in scalars { h = hash(h, c) }
        return h
    }

    /// The hash of the empty word.
    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash `h` of a word extended by `c` (so prefixes hash as they grow).
    @inline(__always)
    static func hash(_ h: UInt64, _ c: Unicode.Scalar) -> UInt64 {
        hash(h, lowered: c.lowerFast.value)
    }

    /// The hash `h` extended by a scalar already in lower case (its value).
    @inline(__always)
    static func hash(_ h: UInt64, lowered v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x100_0000_01B3
    }
}

private extension Unicode.Scalar {
    /// The scalar `v`, known valid (a letter's case pair in the Cyrillic blocks): no check.
    @inline(__always)
    static func known(_ v: UInt32) -> Unicode.Scalar { unsafeBitCast(v, to: Unicode.Scalar.self) }
}
