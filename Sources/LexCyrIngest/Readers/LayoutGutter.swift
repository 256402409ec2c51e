/// Finds the gutter of each page of `pdftotext -layout` text in one pass over the scalars,
/// without copying pages or lines: most pages have no gutter and are left as they are.
///
/// A column `c` of a page counts a line when the line has spaces at `c - 1`, `c` and `c + 1` and
/// text after them. The gutter is the column in the middle two fifths of the page width that
/// counts the most lines (five or more, and three in ten of the non-blank lines), widened to the
/// blank band around it.
enum LayoutGutter {
    /// A page: its range in the text (form feeds excluded) and its gutter, if it has one.
    struct Page {
        /// Offsets of the page's scalars.
        var range: Range<Int>
        /// The columns `start..<end` left blank between the page's two columns.
        var cut: (start: Int, end: Int)?
    }

    /// The pages of `s` (pages end at form feeds; the text after the last one is a page too).
    static func pages(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Page] {
        var pages = [Page]()
        var lines = [Range<Int>]()                 // the page's non-blank lines
        var runs = [(line: Int, a: Int, b: Int)]() // runs of 3+ spaces with text after them (line offsets)
        var width = 0
        var pageStart = 0, lineStart = 0, runStart = -1
        var hasText = false
        let n = s.count
        var i = 0
        while i <= n {
            let v = i < n ? s[i].value : 0x0C
            if v > 0x20 || (v != 0x20 && v != 0x0A && v != 0x0C) {
                if runStart >= 0 {
                    if i - runStart >= 3 { runs.append((lines.count, runStart - lineStart, i - lineStart)) }
                    runStart = -1
                }
                hasText = true
                // The rest of a word at once.
                while i + 1 < n, s[i + 1].value > 0x20 { i += 1 }
            } else if v == 0x20 {
                if runStart < 0 { runStart = i }
            } else {
                // A line ends (at a line feed, a form feed or the end of the text).
                width = max(width, i - lineStart)
                if hasText { lines.append(lineStart..<i) }
                hasText = false
                runStart = -1
                lineStart = i + 1
                if v == 0x0C {
                    pages.append(Page(range: pageStart..<i, cut: gutter(s, lines, runs, width: width)))
                    lines.removeAll(keepingCapacity: true)
                    runs.removeAll(keepingCapacity: true)
                    width = 0
                    pageStart = i + 1
                }
            }
            i += 1
        }
        return pages
    }

    /// The gutter of a page with the non-blank `lines`, the space `runs` in them and the
    /// longest line `width`, or `nil`.
    private static func gutter(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lines: [Range<Int>],
                               _ runs: [(line: Int, a: Int, b: Int)], width: Int) -> (start: Int, end: Int)? {
        guard width >= 40, lines.count >= 8, runs.count >= 5 else { return nil }
        let lo = width * 3 / 10, hi = width * 7 / 10
        // Lines counted by each column: a run `a..<b` counts for the columns `a + 1 ... b - 2`.
        var delta = [Int](repeating: 0, count: hi - lo + 2)
        for run in runs {
            let from = max(run.a + 1, lo), to = min(run.b - 2, hi)
            if from <= to {
                delta[from - lo] += 1
                delta[to - lo + 1] -= 1
            }
        }
        var column = lo, best = -1, split = 0
        for c in lo...hi {
            split += delta[c - lo]
            if split > best { (column, best) = (c, split) }
        }
        guard best >= 5, best * 10 >= lines.count * 3 else { return nil }
        // Widen to the whole blank band around the best column, in the lines that do not cross it.
        let columnLines = lines.filter { $0.count <= column || s[$0.lowerBound + column] == " " }
        func blank(_ c: Int) -> Bool {
            columnLines.count { $0.count > c && s[$0.lowerBound + c] != " " } * 10 <= columnLines.count
        }
        var start = column, end = column + 1
        while start > 0, blank(start - 1) { start -= 1 }
        while end < width, blank(end) { end += 1 }
        return (start, end)
    }
}
