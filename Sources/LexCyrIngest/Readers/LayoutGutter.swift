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
        var start = 0
        while true {
            let end = s.firstIndex(of: "\u{0C}", in: start..<s.count) ?? s.count
            pages.append(Page(range: start..<end, cut: gutter(s, start..<end)))
            if end == s.count { return pages }
            start = end + 1
        }
    }

    /// The gutter of the page `s[page]`, or `nil`.
    private static func gutter(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ page: Range<Int>) -> (start: Int, end: Int)? {
        // The page's non-blank lines and its longest line.
        var lines = [Range<Int>]()
        var width = 0
        var lineStart = page.lowerBound
        while true {
            let lineEnd = s.firstIndex(of: "\n", in: lineStart..<page.upperBound) ?? page.upperBound
            width = max(width, lineEnd - lineStart)
            var k = lineStart
            while k < lineEnd, s[k] == " " { k += 1 }
            if k < lineEnd { lines.append(lineStart..<lineEnd) }
            if lineEnd == page.upperBound { break }
            lineStart = lineEnd + 1
        }
        guard width >= 40, lines.count >= 8 else { return nil }
        let lo = width * 3 / 10, hi = width * 7 / 10
        // Lines counted by each column: a run of spaces `a..<b` with text after it counts for the
        // columns `a + 1 ... b - 2`. Such a run, where it counts for a column of `lo...hi`, holds
        // two spaces from an even column of `lo - 1 ... hi`: only those are looked at.
        var delta = [Int](repeating: 0, count: hi - lo + 2)
        for line in lines {
            let base = line.lowerBound, n = line.count
            var i = lo & ~1
            while i <= hi, i + 1 < n {
                guard s[base + i] == " ", s[base + i + 1] == " " else { i += 2; continue }
                var a = i, b = i + 2
                while a > 0, s[base + a - 1] == " " { a -= 1 }
                while b < n, s[base + b] == " " { b += 1 }
                let from = max(a + 1, lo), to = min(b - 2, hi)
                if b < n, from <= to {
                    delta[from - lo] += 1
                    delta[to - lo + 1] -= 1
                }
                i = (b + 1) & ~1
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
