import LexCyrCore

/// Small, allocation-free helpers over `[Unicode.Scalar]` used by the checks.
enum Scalars {
    /// Lower-case of ASCII and Cyrillic letters, Kazakh ones included (`Қ` → `қ`, `І` → `і`);
    /// other scalars are returned unchanged.
    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
        guard v >= 0x400 && v <= 0x4FF else { return s }
        if v >= 0x410 && v <= 0x42F { return Unicode.Scalar(v + 0x20)! }
        if v <= 0x40F { return Unicode.Scalar(v + 0x50)! }
        // Paired letters of the Cyrillic supplement (`Ғ Қ Ң Ү Ұ Һ Ә Ө`): upper case is even.
        if (v >= 0x460 && v <= 0x481) || (v >= 0x48A && v <= 0x4BF) || (v >= 0x4D0 && v <= 0x4FF), v % 2 == 0 { return Unicode.Scalar(v + 1)! }
        return s
    }

    /// The end of the word (run of letters) that starts at `i`.
    static func wordEnd(at i: Int, in s: [Unicode.Scalar], end: Int) -> Int {
        var j = i
        while j < end, isLetter(s[j]) { j += 1 }
        return j
    }

    /// The value of an ASCII digit, or `nil`.
    @inline(__always)
    static func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
    }

    /// `true` for letters of any script.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        // Cyrillic without a property look-up (`҂` and the combining marks 0x482–0x489 are no letters).
        if v >= 0x400 && v <= 0x52F { return v < 0x482 || v > 0x489 }
        // Latin-1 (`«`, `»`, `§` are no letters) and the general punctuation (dashes, quotes)
        // without a property look-up either.
        if v < 0x100 { return v < 0xC0 ? v == 0xAA || v == 0xB5 || v == 0xBA : v != 0xD7 && v != 0xF7 }
        if v &- 0x2000 < 0x70 { return false }
        return s.properties.isAlphabetic
    }

    /// `true` for a space or a no-break space.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{A0}" || s == "\u{202F}"
    }

    /// The scalars of `range` as a `String`.
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[range])
        return String(v)
    }

    /// First offset in `range` where `needle` occurs (exactly), or `nil`.
    static func find(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard let first = needle.first, needle.count <= range.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if s[i] == first {
                var k = 1
                while k < needle.count, s[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `true` when `text`, lower-cased (``lower(_:)``), contains `needle` (lower-case scalars):
    /// `portal.lowercased().contains("adilet")` without building strings.
    static func contains(lowered needle: [Unicode.Scalar], in text: String) -> Bool {
        let hay = text.unicodeScalars
        var start = hay.startIndex
        while start != hay.endIndex {
            var i = start, k = 0
            while k < needle.count, i != hay.endIndex, lower(hay[i]) == needle[k] {
                hay.formIndex(after: &i)
                k += 1
            }
            if k == needle.count { return true }
            hay.formIndex(after: &start)
        }
        return false
    }

    /// `true` when the word `range` of `s` starts with `prefix` (lower-cased, e.g. `федеральн`).
    @inline(__always)
    static func hasPrefix(_ prefix: [Unicode.Scalar], _ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard prefix.count <= range.count else { return false }
        for k in prefix.indices where lower(s[range.lowerBound + k]) != prefix[k] { return false }
        return true
    }

    /// `true` when `range` holds `prefix` (lower-cased, e.g. `федеральн`) at the start of a word.
    static func containsWord(prefix: [Unicode.Scalar], in s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = prefix.first, prefix.count <= range.count else { return false }
        var i = range.lowerBound
        while i <= range.upperBound - prefix.count {
            if lower(s[i]) == first, i == 0 || !isLetter(s[i - 1]) {
                var k = 1
                while k < prefix.count, lower(s[i + k]) == prefix[k] { k += 1 }
                if k == prefix.count { return true }
            }
            i += 1
        }
        return false
    }

    /// `true` when `range` holds one of `prefixes` (lower-cased) at the start of a word: the
    /// prefixes tried in one pass over `range` rather than one pass each.
    static func containsWord(anyOf prefixes: [[Unicode.Scalar]], in s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range {
            let c = lower(s[i])
            for p in prefixes where p[0] == c && p.count <= range.upperBound - i && (i == 0 || !isLetter(s[i - 1])) {
                var k = 1
                while k < p.count, lower(s[i + k]) == p[k] { k += 1 }
                if k == p.count { return true }
            }
        }
        return false
    }

    /// Where the word ends that ends right before `i` once spaces and the marks in `skipping`
    /// are passed over (`от 8 июня` → `от` for the date at `8`), at most 24 letters of it.
    static func word(before i: Int, in s: [Unicode.Scalar], skipping: [Unicode.Scalar] = []) -> Range<Int> {
        var j = i
        while j > 0, isSpace(s[j - 1]) || skipping.contains(s[j - 1]) { j -= 1 }
        let end = j
        while j > 0, isLetter(s[j - 1]), end - j < 24 { j -= 1 }
        return j..<end
    }

    /// `true` when `range` of `s`, lower-cased, is `word` (lower-case scalars).
    static func matches(_ s: [Unicode.Scalar], _ range: Range<Int>, _ word: [Unicode.Scalar]) -> Bool {
        guard range.count == word.count else { return false }
        for k in word.indices where lower(s[range.lowerBound + k]) != word[k] { return false }
        return true
    }

    /// The leading run of ASCII digits of `text` as a number (`416-V ЗРК` → 416), or `nil`.
    static func leadingNumber(_ text: String) -> Int? {
        var n = 0, digits = 0
        for s in text.unicodeScalars {
            guard let d = digit(s), digits < 9 else { break }
            n = n &* 10 &+ d
            digits += 1
        }
        return digits > 0 ? n : nil
    }
}

extension String {
    /// The string's Unicode scalars as an array.
    var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
}
