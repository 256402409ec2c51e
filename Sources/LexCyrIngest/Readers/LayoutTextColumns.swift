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
        out.reserveCapacity(scalars.count)
        for (k, page) in pages.enumerated() {
            if let cut = page.cut { out += rewritePage(Array(scalars[page.range]), cut) } else { out += scalars[page.range] }
            if k + 1 < pages.count { out.append("\u{0C}") }
        }
        return out
    }

    /// One page with a gutter at `cut`.
    private static func rewritePage(_ page: [Unicode.Scalar], _ cut: (start: Int, end: Int)) -> [Unicode.Scalar] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        var out = [Unicode.Scalar]()
        out.reserveCapacity(page.count + 1)
        var left = [[Unicode.Scalar]](), right = [[Unicode.Scalar]]()
        func flush() {
            for l in left { out += l; out.append("\n") }
            for r in right { out += r; out.append("\n") }
            left = []; right = []
        }
        let splits = lines.map { split($0, cut) }
        let full = fullWidth(lines, splits)
        // The right column's margin: where most of its lines start.
        var starts = [Int: Int]()
        for k in lines.indices where !full[k] {
            if let p = splits[k], let first = lines[k][p...].firstIndex(where: { $0 != " " }) { starts[first, default: 0] += 1 }
        }
        let margin = starts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? cut.end
        for (k, line) in lines.enumerated() {
            guard !full[k], let p = splits[k] else {
                flush()
                out += line
                out.append("\n")
                continue
            }
            var e = p
            while e > 0, line[e - 1] == " " { e -= 1 }
            let l = line[..<e]
            let first = line[p...].firstIndex { $0 != " " } ?? line.count
            let r = first < line.count ? line[min(margin, first)...] : []
            if l.isEmpty && r.isEmpty { left.append([]); right.append([]); continue }
            if !l.isEmpty { left.append(Array(l)) }
            if !r.isEmpty { right.append(Array(r)) }
        }
        flush()
        if out.last == "\n", page.last != "\n" { out.removeLast() }
        return out
    }

    /// Where `line` divides into its left and right column: a gap of two or more spaces in the
    /// gutter (the one nearest its middle), or the line's end when it stops short of the
    /// gutter. `nil` when text runs through the gutter (a full-width line).
    private static func split(_ line: [Unicode.Scalar], _ cut: (start: Int, end: Int)) -> Int? {
        if line.count <= cut.start { return line.count }
        let middle = (cut.start + cut.end) / 2
        var best: Int? = nil
        for p in max(1, cut.start - 2)...(cut.end + 2) {
            let blank = p >= line.count || (line[p] == " " && line[p - 1] == " ")
            if blank, best == nil || abs(p - middle) < abs(best! - middle) { best = min(p, line.count) }
        }
        return best
    }

    /// Which lines are full width: those text runs through the gutter, and up to three lines
    /// between two such lines (justified full-width text whose spaces happen to fall in it).
    private static func fullWidth(_ lines: [[Unicode.Scalar]], _ splits: [Int?]) -> [Bool] {
        var full = splits.map { $0 == nil }
        var k = 0
        while k < lines.count {
            guard !full[k] else { k += 1; continue }
            var j = k
            while j < lines.count, !full[j], lines[j].contains(where: { $0 != " " }) { j += 1 }
            if k > 0, j < lines.count, full[j], j - k <= 3 {
                for m in k..<j { full[m] = true }
            }
            k = max(j, k + 1)
        }
        return full
    }
}
