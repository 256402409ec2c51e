import LexCyrUnicode

/// The tokens of a ``TextUnit`` the date parsers look at: every ICU token except runs of
/// horizontal space, addressed by position (`0..<count`). Line breaks stay, so no date
/// expression runs across one.
struct DateTokens {
    /// The unit the tokens come from.
    let unit: TextUnit
    /// Indices into `unit.tokens` of the tokens kept.
    let kept: [Int]

    /// Keeps the non-space tokens of `unit`.
    init(_ unit: TextUnit) {
        self.unit = unit
        var kept = [Int]()
        kept.reserveCapacity(unit.tokens.count / 2 + 1)
        for (k, t) in unit.tokens.enumerated() {
            if t.kind == .other && Self.isHorizontalSpace(unit.scalars[t.start]) { continue }
            kept.append(k)
        }
        self.kept = kept
    }

    /// Number of tokens kept.
    var count: Int { kept.count }

    /// Token at position `i`.
    @inline(__always) func token(_ i: Int) -> Token { unit.tokens[kept[i]] }

    /// Scalar offset where token `i` starts.
    func start(_ i: Int) -> Int { token(i).start }

    /// Scalar offset where token `i` ends.
    func end(_ i: Int) -> Int { token(i).end }

    /// The scalars of token `i`.
    func scalars(_ i: Int) -> ArraySlice<Unicode.Scalar> {
        let t = token(i)
        return unit.scalars[t.start..<t.end]
    }

    /// `true` when `i` is a valid position.
    @inline(__always) func has(_ i: Int) -> Bool { i >= 0 && i < kept.count }

    /// `true` when token `i` is made of digits only (ICU number class, no letters).
    func isNumber(_ i: Int) -> Bool { has(i) && token(i).kind == .number }

    /// `true` when token `i` is a word (letters, possibly with digits).
    func isWord(_ i: Int) -> Bool { has(i) && token(i).kind == .word }

    /// `true` when token `i` starts with an ASCII digit (numbers and words like `2023г`).
    func startsWithDigit(_ i: Int) -> Bool {
        guard has(i) else { return false }
        let v = unit.scalars[token(i).start].value
        return v >= 0x30 && v <= 0x39
    }

    /// `true` when token `i` is the single scalar `c`.
    func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        guard has(i) else { return false }
        let t = token(i)
        return t.end - t.start == 1 && unit.scalars[t.start] == c
    }

    /// `true` when token `i` is a hyphen or a dash (`-`, `‐`, `‒`, `–`, `—`, `−`).
    func isDash(_ i: Int) -> Bool {
        guard has(i) else { return false }
        let t = token(i)
        guard t.end - t.start == 1 else { return false }
        switch unit.scalars[t.start].value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true
        default: return false
        }
    }

    /// `true` when nothing (not even a space) separates token `i` from token `i + 1`.
    func touchesNext(_ i: Int) -> Bool {
        has(i) && has(i + 1) && token(i).end == token(i + 1).start
    }

    /// Token `i` as a lookup key (lowercased, hashed, no string built); the empty key for
    /// positions out of range.
    @inline(__always) func key(_ i: Int) -> WordKey {
        has(i) ? WordKey(lowercasing: scalars(i)) : WordKey(lowercasing: EmptyCollection())
    }

    /// Token `i` lowercased, for the few checks on word beginnings; empty out of range.
    func lowered(_ i: Int) -> String {
        guard has(i) else { return "" }
        var view = String.UnicodeScalarView()
        for s in scalars(i) { view.append(ScalarCase.lower(s)) }
        return String(view)
    }

    /// `true` when token `i` sits inside a URL (`http…`, `www.…`) written without spaces.
    func isInsideURL(_ i: Int) -> Bool {
        let s = unit.scalars
        var p = start(i) - 1
        let limit = max(0, p - 300)
        while p >= limit {
            let v = s[p].value
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0xA0 || v == 0x28 || v == 0xAB { return false }
            if v == 0x2F, p >= 2, s[p - 1].value == 0x2F, s[p - 2].value == 0x3A { return true }  // "://"
            if v == 0x2E, p >= 3, ScalarCase.lower(s[p - 1]) == "w", ScalarCase.lower(s[p - 2]) == "w",
               ScalarCase.lower(s[p - 3]) == "w" { return true }  // "www."
            p -= 1
        }
        return false
    }

    private static func isHorizontalSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

/// A lowercase word reduced to 64 bits (FNV-1a over its lowercased scalars), so that tokens are
/// looked up in the lexicons without building a `String` per token. A text word sharing the key
/// of a lexicon word by chance has odds of about one in 10^16 per lookup.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The hash.
    let value: UInt64

    /// The key of `scalars`, lowercased on the fly.
    @inline(__always) init<S: Sequence>(lowercasing scalars: S) where S.Element == Unicode.Scalar {
        var h = Hasher()
        for s in scalars { h.add(s) }
        value = h.key.value
    }

    private init(value: UInt64) { self.value = value }

    /// Builds a key scalar by scalar, so that every prefix of a word has its key on the way.
    struct Hasher {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325
        /// Adds `s`, lowercased.
        @inline(__always) mutating func add(_ s: Unicode.Scalar) {
            h = (h ^ UInt64(ScalarCase.lower(s).value)) &* 0x0000_0100_0000_01B3
        }
        /// The key of what was added so far.
        var key: WordKey { WordKey(value: h) }
    }

    /// The key of `string`.
    init(_ string: String) { self.init(lowercasing: string.unicodeScalars) }

    /// The key of a literal word.
    init(stringLiteral value: String) { self.init(value) }
}
