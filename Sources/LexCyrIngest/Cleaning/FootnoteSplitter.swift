/// Tells footnote lines from body lines in extracted text.
///
/// A footnote starts on a line that begins with its number: `7  См.: …` (extractors that keep
/// the gap), `1Устав …` (the superscript glued to the text), `1 Устав …`, or the number alone
/// on its line with the text below. Numbers only go up, and a number counts only where the body
/// has shown its marker before (`Наций1`) or the line opens a block after a blank line — so
/// `193 государства` or `16 января` are not mistaken for footnotes.
///
/// A footnote goes on over its wrapped lines until a blank line, a page break, the next
/// footnote, or the place where the body resumes (the next column of a two-column page). That
/// place is judged from line lengths (footnotes are set smaller, so their lines are longer), the
/// end of the previous line (a footnote ends with `.` or `)`), and the case of the next word.
/// A footnote cut by a page break is continued by the footnote-like lines just before the
/// first footnote of a later page (or at that page's end).
struct FootnoteSplitter {
    /// Role of one line.
    enum Role: Equatable {
        case body
        /// A running head, running foot or page number.
        case layout
        /// First line of footnote `id`; its text begins at `textStart` (an offset in the scalars).
        case footnoteStart(id: Int, textStart: Int)
        /// A wrapped line of footnote `id`.
        case footnoteContinuation(id: Int)
    }

    /// Largest jump allowed between consecutive footnote numbers (extractors lose some).
    var maxGap = 12
    /// Tells whether a lower-cased word exists (the document's vocabulary, a dictionary): decides
    /// whose broken word a line finishes, a note's or the body's.
    var knowsWord: (@Sendable ([Unicode.Scalar]) -> Bool)? = nil

    /// Roles of the lines, and the line widths learnt on the way.
    func layout(of lines: [SourceLine], in s: [Unicode.Scalar], noise: LineSet, facts: [LineFacts]) -> (roles: [Role], widths: LineWidths) {
        let markers = MarkerScan.gluedNumbers(s)
        let page = Self.pageIndex(lines)
        // First pass: sure footnote starts, to learn line widths.
        var scan = Scan(lines: lines, s: s, noise: noise, markers: markers, page: page, facts: facts, maxGap: maxGap,
                        widths: nil, knowsWord: knowsWord)
        let firstPass = scan.run()
        // Lines that hold the first words of footnotes (below a number standing alone).
        var starts = [Int]()
        for (k, role) in firstPass.enumerated() {
            guard case .footnoteStart(_, let textStart) = role else { continue }
            if textStart < lines[k].range.upperBound { starts.append(k); continue }
            if let next = (k + 1..<lines.count).first(where: { !noise.contains($0) && !lines[$0].isBlank }) { starts.append(next) }
        }
        let hyphenated = lines.count { !$0.isBlank && LineJoiner.endsWithWordHyphen($0, s) }
        let widths = LineWidths(lines: lines, noteStarts: starts, skipping: noise, hyphenated: hyphenated)
        scan = Scan(lines: lines, s: s, noise: noise, markers: markers, page: page, facts: facts, maxGap: maxGap, widths: widths,
                    knowsWord: knowsWord)
        return (scan.run(), widths)
    }

    /// Page number (0-based) of every line.
    static func pageIndex(_ lines: [SourceLine]) -> [Int] {
        var p = 0
        return lines.enumerated().map { k, line in
            if k > 0 && line.pageBreakBefore { p += 1 }
            return p
        }
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

    private static let stemScalars: [[Unicode.Scalar]] = stems.map { Array($0.unicodeScalars) }
    private static let mayForms: [[Unicode.Scalar]] = ["мая", "май", "маю"].map { Array($0.unicodeScalars) }
    private static let maPrefixes: [[Unicode.Scalar]] = ["маусым", "мамыр"].map { Array($0.unicodeScalars) }

    /// `true` when the word at `i` starts with a month stem (compared on its first twelve
    /// letters, lower-cased, without building the word).
    static func isMonthWordStart(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var letters = 0
        while i + letters < s.count, s[i + letters].isLetter, letters < 12 { letters += 1 }
        let n = letters
        /// `true` when the word starts with `stem` (`whole`: is `stem`).
        func matches(_ stem: [Unicode.Scalar], whole: Bool = false) -> Bool {
            guard whole ? stem.count == n : stem.count <= n else { return false }
            for k in stem.indices where s[i + k].lowerFast != stem[k] { return false }
            return true
        }
        guard n > 0 else { return false }
        let first = s[i].lowerFast
        if n >= 2 && first == "м" && s[i + 1].lowerFast == "а" {
            return mayForms.contains { matches($0, whole: true) } || maPrefixes.contains { matches($0) }
        }
        // Most words are rejected on their first letter.
        for stem in stemScalars where stem[0] == first && matches(stem) { return true }
        return false
    }
}
