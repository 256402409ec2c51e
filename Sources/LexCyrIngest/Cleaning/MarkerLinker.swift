import LexCyrCore

/// Finds footnote markers glued to words or punctuation in body text (`Наций1`, `Советов»4)`,
/// `2007 году10`, `2007 г.29`) and strips them.
///
/// A run of digits right after a letter or a closing mark is only a marker when its value is
/// the next one in the 1, 2, 3… sequence (a few may be skipped), which tells markers from real
/// numbers such as `Z930004200` or `COVID-19`.
struct MarkerLinker {
    /// A marker found in a paragraph.
    struct Marker: Equatable {
        /// Footnote number.
        var id: Int
        /// Paragraph index.
        var paragraph: Int
        /// Offset in the paragraph *after* stripping: where the marker was.
        var offset: Int
        /// Origin of the marker's first digit in the input.
        var origin: Int
        /// `false` for a number glued like a marker but behind the sequence: a marker printed
        /// out of order, or a repeat.
        var inSequence = true
        /// Digits left in the text: 0 when the marker was stripped (and so is linked to its
        /// footnote), the number's length for a repeat, which stays where it is.
        var kept = 0
    }

    /// Largest forward jump accepted in the marker sequence.
    var maxGap = 3
    /// Footnote numbers known to exist (from the footnote splitter): a jump to one of them is
    /// accepted even past ``maxGap``.
    var knownFootnotes: Set<Int> = []

    private static let abbreviations: Set<String> = ["ст", "п", "ч", "гл", "пп", "разд", "абз", "c", "с", "стр", "т", "вып", "no", "n"]

    /// Strips markers from `paragraphs` in reading order and returns them, together with the
    /// numbers glued like markers but behind the sequence: a skipped footnote's marker printed
    /// late is stripped too, a repeat is left in the text.
    func strip(_ paragraphs: inout [MappedText]) -> [Marker] {
        var markers = [Marker]()
        var stripped = Set<Int>()
        var expected = 1
        for p in paragraphs.indices {
            let text = paragraphs[p]
            var out = MappedText()
            let sc = text.scalars
            // The text is copied run by run between the markers stripped.
            var run = 0
            var i = 1
            while i < sc.count {
                // Markers are digits: skip to the next one.
                guard let d = MarkerScan.firstDigit(sc, from: i) else { break }
                i = d
                guard let (value, end) = candidate(sc, at: i) else { i += 1; continue }
                if accepts(value, expected: expected) {
                    if out.isEmpty { out.reserveCapacity(text.count) }
                    out.append(contentsOf: text, range: run..<i)
                    markers.append(Marker(id: value, paragraph: p, offset: out.count, origin: Int(text.origins[i])))
                    stripped.insert(value)
                    expected = value + 1
                    i = end
                    run = end
                    continue
                }
                if value < expected, followsWord(sc, at: i) {
                    let late = knownFootnotes.contains(value) && !stripped.contains(value)
                    if out.isEmpty { out.reserveCapacity(text.count) }
                    out.append(contentsOf: text, range: run..<i)
                    run = i
                    markers.append(Marker(id: value, paragraph: p, offset: out.count, origin: Int(text.origins[i]),
                                          inSequence: false, kept: late ? 0 : end - i))
                    if late {
                        stripped.insert(value)
                        i = end
                        run = end
                        continue
                    }
                }
                i += 1
            }
            if run == 0 { continue }     // nothing stripped: the paragraph stays as it is
            out.append(contentsOf: text, range: run..<sc.count)
            paragraphs[p] = out
        }
        return markers
    }

    private func accepts(_ value: Int, expected: Int) -> Bool {
        if value == expected { return true }
        if value > expected && value <= expected + maxGap { return true }
        return value > expected && value <= expected + 12 && knownFootnotes.contains(value)
    }

    /// If a marker may start at `i`, its value and end offset.
    private func candidate(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        let prev = s[i - 1]
        guard prev.asciiDigit == nil else { return nil }
        var j = i, value = 0
        while j < s.count, let d = s[j].asciiDigit, j - i < 3 {
            value = value &* 10 &+ d
            j += 1
        }
        if j < s.count, s[j].asciiDigit != nil || s[j].isLetter { return nil }
        // A number glued to a word: decimal separators and dashes do not count.
        if j < s.count, (s[j] == "," || s[j] == "."), j + 1 < s.count, s[j + 1].asciiDigit != nil { return nil }
        if j < s.count, s[j] == "-" || s[j] == "–" || s[j] == "/" { return nil }
        guard value > 0 else { return nil }
        if prev.isLetter {
            return (value, j)
        }
        if Self.isMarkAfterWord(prev) {
            // The mark must close something that follows a word (`Советов»4`, `г.29`).
            guard i >= 2, s[i - 2].isLetter || Self.isClosingQuote(s[i - 2]) else { return nil }
            if prev == ".", isAbbreviation(s, dotAt: i - 1) { return nil }
            return (value, j)
        }
        return nil
    }

    /// `»".,)”’:;`: a mark a marker may be glued to (numbers after a space, most of them, are
    /// rejected without a look at a string).
    private static func isMarkAfterWord(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "»", "\"", ".", ",", ")", "”", "’", ":", ";": true
        default: false
        }
    }

    /// `»")”`: a mark that closes a quotation or a bracket.
    private static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "»", "\"", ")", "”": true
        default: false
        }
    }

    /// A number behind the sequence is only taken for a marker after a word of three letters or
    /// more, or a closing mark: unit symbols and formulas (`м2`, `CO2`) are not markers.
    private func followsWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard s[i - 1].isLetter else { return true }
        var j = i
        while j > 0, s[j - 1].isLetter { j -= 1 }
        return i - j >= 3
    }

    private func isAbbreviation(_ s: [Unicode.Scalar], dotAt d: Int) -> Bool {
        var j = d
        while j > 0, s[j - 1].isLetter { j -= 1 }
        let word = String(scalars: s[j..<d]).lowercased()
        // `г.` (year) is followed by markers often (`2007 г.29`); the others never are.
        return Self.abbreviations.contains(word)
    }
}
