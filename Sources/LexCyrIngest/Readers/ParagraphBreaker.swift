/// Decides where paragraphs end between consecutive body lines of a PDF, from the layout.
///
/// A new paragraph starts at a change of font size or weight, a wider gap than the usual line
/// spacing, an indented first line, a switch between centred and flush-left lines, or after a
/// short line that ends a sentence; centred lines of one font hold together. A paragraph that runs on into the next column or page is joined:
/// the line at the top of the new column is neither indented nor after a short line.
struct ParagraphBreaker {
    /// Left margin and right edge of each (page, column) of body text.
    private var margins: [Key: (left: Double, right: Double)] = [:]
    /// Usual distance between the tops of consecutive lines, by font size (rounded).
    private var pitch: [Int: Double] = [:]

    private struct Key: Hashable {
        var page: Int
        var column: LayoutLine.Column
    }

    /// Learns margins and line spacing from `segments` (body lines of one column each).
    init(segments: [[LayoutLine]]) {
        var lefts = [Key: [Int: Int]](), rights = [Key: [Int: Int]]()
        var pitches = [Int: [Double]]()
        for segment in segments {
            for (k, l) in segment.enumerated() {
                let key = Key(page: l.page, column: l.column)
                lefts[key, default: [:]][Int(l.left.rounded()), default: 0] += 1
                rights[key, default: [:]][Int(l.right.rounded()), default: 0] += 1
                if k > 0, abs(segment[k - 1].size - l.size) < 0.5 {
                    pitches[Int(l.size.rounded()), default: []].append(l.top - segment[k - 1].top)
                }
            }
        }
        // Justified lines share their left and right edges: the most common ones are the margins.
        for (key, histogram) in lefts {
            let left = histogram.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!.key
            let right = rights[key]!.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key
            margins[key] = (Double(left), Double(max(left, right)))
        }
        for (size, values) in pitches {
            let sorted = values.sorted()
            pitch[size] = sorted[sorted.count / 2]
        }
    }

    /// `true` when `b`, the body line after `a`, starts a new paragraph. `sameSegment` is
    /// `false` when `b` starts a new column or page.
    func breaks(_ a: LayoutLine, _ b: LayoutLine, sameSegment: Bool) -> Bool {
        if abs(a.size - b.size) > 0.08 * max(a.size, b.size) { return true }
        if a.bold != b.bold { return true }
        if sameSegment {
            let usual = pitch[Int(a.size.rounded())] ?? a.height * 1.2
            if b.top - a.top > usual * 1.4 { return true }
        }
        // Centred lines (a title over several lines, one of them perhaps full) hold together;
        // a centred line next to a line that is neither centred nor full ends a paragraph.
        let aCentred = isCentred(a), bCentred = isCentred(b)
        if aCentred || bCentred {
            if (aCentred || isFull(a)) && (bCentred || isFull(b)) { return false }
            return true
        }
        if isIndented(b) { return true }
        if let m = margins[Key(page: a.page, column: a.column)], a.right < m.right - 2 * a.size,
           let last = a.text.last, ".!?:;»)\"”".unicodeScalars.contains(last) {
            return true
        }
        return false
    }

    /// A first line indented from its column's left margin (by half an em to eight ems).
    func isIndented(_ l: LayoutLine) -> Bool {
        guard let m = margins[Key(page: l.page, column: l.column)] else { return false }
        let indent = l.left - m.left
        return indent > 0.5 * l.size && indent < 8 * l.size
    }

    /// A line set in the middle of its column (titles, headings): inset from both margins by
    /// more than half an em, its middle within 6 % of the column's middle.
    func isCentred(_ l: LayoutLine) -> Bool {
        guard let m = margins[Key(page: l.page, column: l.column)] else { return false }
        let left = l.left - m.left, right = m.right - l.right
        guard left > 0.5 * l.size, right > 0.5 * l.size else { return false }
        return abs(left - right) / 2 < (m.right - m.left) * 0.06
    }

    /// A line that fills its column from margin to margin (within an em).
    func isFull(_ l: LayoutLine) -> Bool {
        guard let m = margins[Key(page: l.page, column: l.column)] else { return false }
        return abs(l.left - m.left) < l.size && l.right > m.right - l.size
    }
}
