/// Low-level scans shared by the footnote splitter: numbers glued to words (the markers a text
/// may have) and the number a line starts with (a footnote's own number).
enum MarkerScan {
    /// Numbers of one to three digits glued to the end of a word or of a closing mark
    /// (`Наций1`, `году10`, `Советов»4`, `г.29`), with their offsets, in text order. Decimal
    /// parts and dates (`13.03.2023`) are not markers.
    static func gluedNumbers(_ s: [Unicode.Scalar]) -> [(offset: Int, value: Int)] {
        s.withUnsafeBufferPointer { s in
            var found = [(offset: Int, value: Int)]()
            var i = 1
            while i < s.count {
                // Skip to the next digit (eight scalars at a time).
                guard let d = s.firstIndex(ofValuesIn: 0x30...0x39, in: i..<s.count) else { break }
                i = d
                guard isMarkerAnchor(s, before: i) else { i += 1; continue }
                var j = i, n = 0
                while j < s.count, let d = s[j].asciiDigit, j - i < 4 { n = n &* 10 &+ d; j += 1 }
                let decimal = j + 1 < s.count && (s[j] == "." || s[j] == ",") && s[j + 1].asciiDigit != nil
                if j - i <= 3, n > 0, !decimal, j == s.count || !(s[j].asciiDigit != nil || s[j].isLetter) {
                    found.append((i, n))
                }
                while j < s.count, s[j].asciiDigit != nil { j += 1 }
                i = j
            }
            return found
        }
    }

    /// The offset of the first ASCII digit of `s` from `i` on, or `nil`.
    static func firstDigit(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        s.withUnsafeBufferPointer { $0.firstIndex(ofValuesIn: 0x30...0x39, in: i..<$0.count) }
    }

    /// `true` when a digit at `i` follows a letter, or a closing mark that follows a letter.
    @inline(__always)
    private static func isMarkerAnchor(_ s: UnsafeBufferPointer<Unicode.Scalar>, before i: Int) -> Bool {
        let p = s[i - 1]
        if p.isLetter { return true }
        guard i >= 2, s[i - 2].isLetter || s[i - 2] == "»" else { return false }
        return p == "»" || p == "." || p == ")" || p == "\"" || p == "”"
    }

    /// How a footnote's number is set at the start of its line.
    enum Lead: Equatable {
        /// Two spaces or more before the text: `7  См.: …`.
        case wide
        /// One space: `7 См.: …`.
        case single
        /// No space: `7См.: …` (a superscript number).
        case glued
        /// The number alone on its line.
        case alone
    }

    /// The number a line starts with, where its text begins, and how it is set.
    static func leadingNumber(_ line: SourceLine, _ s: [Unicode.Scalar]) -> (value: Int, textStart: Int, lead: Lead)? {
        var i = line.range.lowerBound
        let end = line.range.upperBound
        var n = 0, digits = 0
        while i < end, let d = s[i].asciiDigit, digits < 4 {
            n = n &* 10 &+ d
            digits += 1
            i += 1
        }
        guard digits > 0, digits <= 3, n > 0 else { return nil }
        if i == end { return (n, end, .alone) }
        if s[i] != " " {
            let c = s[i]
            guard c.isUpperLetter || c == "«" || c == "\"" || c == "“" else { return nil }
            return (n, i, .glued)
        }
        var spaces = 0
        while i < end, s[i] == " " { spaces += 1; i += 1 }
        guard i < end else { return (n, end, .alone) }
        return (n, i, spaces >= 2 ? .wide : .single)
    }

    /// `true` when `c` may open a footnote's text after a single space or none.
    static func opensNote(_ c: Unicode.Scalar) -> Bool {
        c.isUpperLetter || c == "«" || c == "\"" || c == "“" || c.asciiDigit != nil
    }
}
