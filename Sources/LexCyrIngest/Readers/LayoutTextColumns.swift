/// Undoes `pdftotext -layout` columns: a two-column page comes out as lines holding a line of
/// each column side by side, separated by a run of spaces at the same position. Each page
/// (pages end at form feeds) is rewritten with the left column's lines before the right
/// column's; full-width lines (a title, an abstract) stay where they are.
enum LayoutTextColumns {
    /// `scalars` with every two-column page rewritten column by column; the input itself when
    /// no page has columns.
    static func rewrite(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pages = scalars.withUnsafeBufferPointer { LayoutGutter.pages($0) }
        guard pages.contains(where: { $0.cut != nil }) else { return scalars }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(scalars.count + 1)
        for (k, page) in pages.enumerated() {
            if let cut = page.cut { rewritePage(scalars, page.range, cut, into: &out) } else { out += scalars[page.range] }
            if k + 1 < pages.count { out.append("\u{0C}") }
        }
        return out
    }

    /// Appends the page `s[page]`, which has a gutter at `cut`, to `out`. Lines are ranges of `s`
    /// (no copies); column offsets count from each line's start.
    private static func rewritePage(_ s: [Unicode.Scalar], _ page: Range<Int>, _ cut: (start: Int, end: Int),
                                    into out: inout [Unicode.Scalar]) {
        var lines = [Range<Int>]()
        var lineStart = page.lowerBound
        s.withUnsafeBufferPointer { b in
            while let lineEnd = b.firstIndex(of: "\n", in: lineStart..<page.upperBound) {
                lines.append(lineStart..<lineEnd)
                lineStart = lineEnd + 1
            }
        }
        lines.append(lineStart..<page.upperBound)
        var left = [Range<Int>](), right = [Range<Int>]()
        func flush() {
            for l in left { out += s[l]; out.append("\n") }
            for r in right { out += s[r]; out.append("\n") }
            left.removeAll(keepingCapacity: true); right.removeAll(keepingCapacity: true)
        }
        /// The first offset from `p` in `line` that is not a space, from the line's start.
        func firstText(_ line: Range<Int>, from p: Int) -> Int? {
            var i = line.lowerBound + p
            while i < line.upperBound, s[i] == " " { i += 1 }
            return i < line.upperBound ? i - line.lowerBound : nil
        }
        let splits = lines.map { split(s, $0, cut) }
        let full = fullWidth(s, lines, splits)
        // The right column's margin: where most of its lines start.
        var starts = [Int: Int]()
        for k in lines.indices where !full[k] {
            if let p = splits[k], let first = firstText(lines[k], from: p) { starts[first, default: 0] += 1 }
        }
        let margin = starts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? cut.end
        for (k, line) in lines.enumerated() {
            guard !full[k], let p = splits[k] else {
                flush()
                out += s[line]
                out.append("\n")
                continue
            }
            var e = line.lowerBound + p
            while e > line.lowerBound, s[e - 1] == " " { e -= 1 }
            let l = line.lowerBound..<e
            let r = firstText(line, from: p).map { (line.lowerBound + min(margin, $0))..<line.upperBound } ?? e..<e
            if l.isEmpty && r.isEmpty { left.append(e..<e); right.append(e..<e); continue }
            if !l.isEmpty { left.append(l) }
            if !r.isEmpty { right.append(r) }
        }
        flush()
        if out.last == "\n", page.isEmpty || s[page.upperBound - 1] != "\n" { out.removeLast() }
    }

    /// Where `line` divides into its left and right column: a gap of two or more spaces in the
    /// gutter (the one nearest its middle), or the line's end when it stops short of the
    /// gutter. `nil` when text runs through the gutter (a full-width line).
    private static func split(_ s: [Unicode.Scalar], _ line: Range<Int>, _ cut: (start: Int, end: Int)) -> Int? {
        let count = line.count, base = line.lowerBound
        if count <= cut.start { return count }
        let middle = (cut.start + cut.end) / 2
        var best: Int? = nil
        for p in max(1, cut.start - 2)...(cut.end + 2) {
            let blank = p >= count || (s[base + p] == " " && s[base + p - 1] == " ")
            if blank, best == nil || abs(p - middle) < abs(best! - middle) { best = min(p, count) }
        }
        return best
    }

    /// Which lines are full width: those text runs through the gutter, and up to three lines
    /// between two such lines (justified full-width text whose spaces happen to fall in it).
    private static func fullWidth(_ s: [Unicode.Scalar], _ lines: [Range<Int>], _ splits: [Int?]) -> [Bool] {
        var full = splits.map { $0 == nil }
        var k = 0
        while k < lines.count {
            guard !full[k] else { k += 1; continue }
            var j = k
            while j < lines.count, !full[j], lines[j].contains(where: { s[$0] != " " }) { j += 1 }
            if k > 0, j < lines.count, full[j], j - k <= 3 {
                for m in k..<j { full[m] = true }
            }
            k = max(j, k + 1)
        }
        return full
    }
}
