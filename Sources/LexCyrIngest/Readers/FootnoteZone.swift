/// Separates the footnote zone at the foot of a column from the body above it.
///
/// The zone is the run of lines at the bottom of a column set smaller than the body text. It
/// starts with a footnote number — a superscript, or a plain number that the body has a
/// superscript marker for (or, when the document has no superscripts at all, the next number
/// in sequence). Small lines above the first number continue the footnote left open on the
/// page before (a long note breaks over pages); otherwise they are body text set small (a
/// quotation). Feed segments in reading order: the numbering carries across them.
struct FootnoteZone {
    /// One footnote: its number and its lines.
    struct Note {
        var id: Int
        var lines: [LayoutLine]
    }

    /// Font size of the body text.
    let bodySize: Double
    /// Footnote numbers the body has superscript markers for.
    let markers: Set<Int>
    /// Footnotes found so far, in order.
    private(set) var notes: [Note] = []

    init(bodySize: Double, markers: Set<Int>) {
        self.bodySize = bodySize
        self.markers = markers
    }

    /// Takes the footnote zone off the end of `segment` (lines of one column, top to bottom,
    /// on a page of height `pageHeight`) and returns the body lines left. `firstOnPage` is
    /// `true` for the first zone looked at on a page (only it may continue a note).
    mutating func split(_ segment: [LayoutLine], pageHeight: Double, firstOnPage: Bool) -> [LayoutLine] {
        var start = segment.count
        while start > 0, isSmall(segment[start - 1]) { start -= 1 }
        guard start < segment.count else { return segment }
        var last = notes.last?.id ?? 0
        guard let first = (start..<segment.count).first(where: { footnoteNumber(segment[$0], after: last) != nil }) else {
            // No number: a note carried over from the page before, or small body text.
            if canContinue(segment, from: start, pageHeight: pageHeight, firstOnPage: firstOnPage) {
                notes[notes.count - 1].lines += segment[start...]
                return Array(segment[..<start])
            }
            return segment
        }
        var bodyEnd = first
        if first > start, canContinue(segment, from: start, pageHeight: pageHeight, firstOnPage: firstOnPage) {
            notes[notes.count - 1].lines += segment[start..<first]
            bodyEnd = start
        }
        for line in segment[first...] {
            if let n = footnoteNumber(line, after: last) {
                notes.append(Note(id: n, lines: [numbered(line, n)]))
                last = n
            } else {
                notes[notes.count - 1].lines.append(line)
            }
        }
        return Array(segment[..<bodyEnd])
    }

    private func isSmall(_ line: LayoutLine) -> Bool {
        line.size <= bodySize * 0.93
    }

    /// Small lines from `start` continue the last note when they stand low on the first zone of
    /// a page, apart from the body above.
    private func canContinue(_ segment: [LayoutLine], from start: Int, pageHeight: Double, firstOnPage: Bool) -> Bool {
        guard firstOnPage, !notes.isEmpty else { return false }
        let line = segment[start]
        guard line.top > pageHeight * 0.4 else { return false }
        guard start > 0 else { return true }
        let above = segment[start - 1]
        return line.top - above.bottom >= bodySize * 0.6
    }

    /// The footnote number `line` starts with, when it fits the numbering after `last`.
    func footnoteNumber(_ line: LayoutLine, after last: Int) -> Int? {
        if let n = line.leadingSuperscript { return n > last ? n : nil }
        var n = 0, i = 0
        while i < line.text.count, i < 4, let d = line.text[i].asciiDigit {
            n = n * 10 + d
            i += 1
        }
        guard (1...3).contains(i), i < line.text.count, line.text[i] == " " || line.text[i] == "\t" else { return nil }
        guard n > last, n <= last + 12 else { return nil }
        return markers.isEmpty || markers.contains(n) ? n : nil
    }

    /// The line with its number written as the cleaner expects: `N`, two spaces, text.
    private func numbered(_ line: LayoutLine, _ n: Int) -> LayoutLine {
        var l = line
        var i = 0
        while i < l.text.count, l.text[i].asciiDigit != nil { i += 1 }
        while i < l.text.count, l.text[i] == " " || l.text[i] == "\t" { i += 1 }
        l.text = Array(String(n).unicodeScalars) + "  ".unicodeScalars + l.text[i...]
        return l
    }
}
