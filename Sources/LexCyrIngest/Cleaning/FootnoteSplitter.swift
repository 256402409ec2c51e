/// Tells footnote lines from body lines in extracted text.
///
/// A footnote starts on a line that begins with its number, followed by spaces and text, at the
/// start of a block (after a blank line, a page break or another footnote). Numbers only go up,
/// so a line starting with `193 государства` or `16 января` is not mistaken for a footnote when
/// the numbering does not fit. Wrapped lines continue the footnote until a blank line, a page
/// break, or the next footnote number.
struct FootnoteSplitter {
    /// Role of one line.
    enum Role: Equatable {
        case body
        /// First line of footnote `id`; its text begins at `textStart` (an offset in the scalars).
        case footnoteStart(id: Int, textStart: Int)
        /// A wrapped line of footnote `id`.
        case footnoteContinuation(id: Int)
    }

    /// Largest jump allowed between consecutive footnote numbers (extractors lose some).
    var maxGap = 12

    /// Assigns a role to every line.
    func roles(of lines: [SourceLine], in s: [Unicode.Scalar]) -> [Role] {
        let glued = gluedNumbers(s)
        var roles = [Role](repeating: .body, count: lines.count)
        var last = 0            // highest footnote number seen
        var current: Int? = nil // footnote being continued
        for (k, line) in lines.enumerated() {
            if line.isBlank { current = nil; continue }
            if line.pageBreakBefore { current = nil }
            let atBlockStart = k == 0 || lines[k - 1].isBlank || line.pageBreakBefore || current != nil
            if atBlockStart, let (n, textStart, wide) = leadingNumber(line, s),
               n > last, n <= last + maxGap || glued.contains(n),
               startsFootnote(n: n, wide: wide, textStart: textStart, line: line, s: s,
                              previous: current.map { _ in lines[k - 1] }) {
                roles[k] = .footnoteStart(id: n, textStart: textStart)
                last = n
                current = n
                continue
            }
            if let c = current {
                roles[k] = .footnoteContinuation(id: c)
            }
        }
        return roles
    }

    /// Numbers of one to three digits glued to the end of a word (`Наций1`, `году10`): the
    /// footnote numbers the text may have markers for.
    private func gluedNumbers(_ s: [Unicode.Scalar]) -> Set<Int> {
        var found = Set<Int>()
        var i = 1
        while i < s.count {
            guard s[i].asciiDigit != nil, s[i - 1].properties.isAlphabetic || s[i - 1] == "»" || s[i - 1] == "." else { i += 1; continue }
            var j = i, n = 0
            while j < s.count, let d = s[j].asciiDigit, j - i < 4 { n = n * 10 + d; j += 1 }
            if j - i <= 3, j == s.count || !(s[j].asciiDigit != nil || s[j].properties.isAlphabetic) { found.insert(n) }
            i = j
        }
        return found
    }

    /// The number a line starts with, where its text begins, and whether the gap after the
    /// number is two or more spaces (the usual layout of extracted footnotes).
    private func leadingNumber(_ line: SourceLine, _ s: [Unicode.Scalar]) -> (Int, Int, Bool)? {
        var i = line.range.lowerBound
        var n = 0, digits = 0
        while i < line.range.upperBound, let d = s[i].asciiDigit, digits < 4 {
            n = n * 10 + d
            digits += 1
            i += 1
        }
        guard digits > 0, digits <= 3, i < line.range.upperBound else { return nil }
        var spaces = 0
        while i < line.range.upperBound, s[i] == " " { spaces += 1; i += 1 }
        guard spaces > 0, i < line.range.upperBound else { return nil }
        return (n, i, spaces >= 2)
    }

    /// Decides whether a numbered line really starts footnote `n`.
    private func startsFootnote(n: Int, wide: Bool, textStart: Int, line: SourceLine, s: [Unicode.Scalar],
                                previous: SourceLine?) -> Bool {
        let first = s[textStart]
        // Inside a footnote block, a new footnote follows one that ended a sentence or clause.
        if let prev = previous, !prev.isBlank {
            let end = s[prev.range.upperBound - 1]
            let closes = ".)»;\"”!?".unicodeScalars.contains(end) || end.asciiDigit != nil
            if !closes && !wide { return false }
            if !closes && MonthNames.isMonthWordStart(s, at: textStart) { return false }
        }
        if wide { return true }
        // Single space: require the text to look like the start of a note.
        return first.properties.isUppercase || first == "«" || first == "\"" || first.asciiDigit != nil
    }
}

extension Unicode.Scalar {
    /// The value of an ASCII digit, or `nil`.
    @inline(__always)
    var asciiDigit: Int? {
        value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }
}

/// Month-name prefixes used to tell `16 января` (a date) from a footnote number.
enum MonthNames {
    static let stems: [String] = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
                                  "сентябр", "октябр", "ноябр", "декабр",
                                  "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
                                  "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]

    /// `true` when the word at `i` starts with a month stem.
    static func isMonthWordStart(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var word = ""
        var j = i
        while j < s.count, s[j].properties.isAlphabetic, word.unicodeScalars.count < 12 {
            word.unicodeScalars.append(s[j])
            j += 1
        }
        let w = word.lowercased()
        if w.hasPrefix("ма") { return w == "мая" || w == "май" || w == "маю" || w.hasPrefix("маусым") || w.hasPrefix("мамыр") }
        return stems.contains { w.hasPrefix($0) }
    }
}
