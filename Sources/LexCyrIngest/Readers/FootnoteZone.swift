/// Separates the footnote zone at the foot of a column from the body above it.
///
/// The zone is the run of lines at the bottom of a column set smaller than the body text. It
/// starts with a footnote number — a superscript, or a plain number that the body has a
/// superscript marker for (or, when the document has no superscripts at all, the next number
/// in sequence). Small lines just above the first number, in the size of the notes, continue the
/// note left open in the column before (a long note breaks over columns and pages); other small
/// lines are body text set small (an abstract, a quotation). Feed segments in reading order:
/// the numbering carries across them.
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
    /// `true` when the document's footnotes start with superscript numbers: a plain number at
    /// the start of a small line (`24 апреля 2013 года…`) then never starts a footnote.
    let superscriptNumbers: Bool
    /// Footnotes found so far, in order.
    private(set) var notes: [Note] = []

    /// Creates a splitter for a document whose body is set in `bodySize`.
    init(bodySize: Double, markers: Set<Int>, superscriptNumbers: Bool) {
        self.bodySize = bodySize
        self.markers = markers
        self.superscriptNumbers = superscriptNumbers
    }

    /// Takes the footnote zone off the end of `segment` (lines of one column, top to bottom)
    /// and returns the body lines left.
    mutating func split(_ segment: [LayoutLine]) -> [LayoutLine] {
        var start = segment.count
        while start > 0, isSmall(segment[start - 1]) { start -= 1 }
        guard start < segment.count else { return segment }
        var last = notes.last?.id ?? 0
        let first = (start..<segment.count).first { footnoteNumber(segment[$0], after: last) != nil } ?? segment.count
        // Lines just above the first number, in the last note's size, may continue that note.
        var bodyEnd = first
        if let note = notes.last?.lines.last {
            var from = first
            while from > start, abs(segment[from - 1].size - note.size) < 0.6 { from -= 1 }
            if from < first, continues(note, segment, from..<first) {
                notes[notes.count - 1].lines += segment[from..<first]
                bodyEnd = from
            }
        }
        guard first < segment.count else { return Array(segment[..<bodyEnd]) }
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

    /// `true` when `lines` of `segment` continue the note whose last line is `note` (a note
    /// broken over columns or pages): they stand apart from the text above, and the note was
    /// left mid-sentence or they run straight into the next footnote.
    private func continues(_ note: LayoutLine, _ segment: [LayoutLine], _ lines: Range<Int>) -> Bool {
        let head = segment[lines.lowerBound], tail = segment[lines.upperBound - 1]
        if lines.lowerBound > 0, head.top - segment[lines.lowerBound - 1].bottom < bodySize * 0.5 { return false }
        if let end = note.text.last, !".)»;!?".unicodeScalars.contains(end) { return true }
        guard lines.upperBound < segment.count else { return false }
        return segment[lines.upperBound].top - tail.bottom < tail.height * 1.5
    }

    /// The footnote number `line` starts with, when it fits the numbering after `last`.
    func footnoteNumber(_ line: LayoutLine, after last: Int) -> Int? {
        if let n = line.leadingSuperscript { return n > last ? n : nil }
        guard !superscriptNumbers else { return nil }
        var n = 0, i = 0
        while i < line.text.count, i < 4, let d = line.text[i].asciiDigit {
            n = n &* 10 &+ d
            i += 1
        }
        guard (1...3).contains(i), i < line.text.count, line.text[i] == " " || line.text[i] == "\t" else { return nil }
        guard n > last, n <= last + 12, !MonthNames.isMonthWordStart(line.text, at: i + 1) else { return nil }
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
