/// Undoes `pdftotext -layout` columns: a two-column page comes out as lines holding a line of
/// each column side by side, separated by a run of spaces at the same position. Each page
/// (pages end at form feeds) is rewritten with the left column's lines before the right
/// column's; full-width lines (a title, an abstract) stay where they are.
enum LayoutTextColumns {
    /// `scalars` with every two-column page rewritten column by column; the input itself when
    /// no page has columns.
    static func rewrite(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(scalars.count)
        var changed = false
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\u{0C}" {
            let page = Array(scalars[start..<i])
            if let rewritten = rewritePage(page) { out += rewritten; changed = true } else { out += page }
            if i < scalars.count { out.append("\u{0C}") }
            start = i + 1
        }
        return changed ? out : scalars
    }

    /// One page, or `nil` when it has no gutter.
    private static func rewritePage(_ page: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        guard let cut = gutter(lines) else { return nil }
        var out = [Unicode.Scalar]()
        var left = [[Unicode.Scalar]](), right = [[Unicode.Scalar]]()
        func flush() {
            for l in left { out += l; out.append("\n") }
            for r in right { out += r; out.append("\n") }
            left = []; right = []
        }
        let full = fullWidth(lines, cut)
        // The right column's margin: where most of its lines start.
        var starts = [Int: Int]()
        for k in lines.indices where !full[k] && lines[k].count > cut.end {
            if let first = lines[k][cut.end...].firstIndex(where: { $0 != " " }) { starts[first, default: 0] += 1 }
        }
        let margin = starts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? cut.end
        for (k, line) in lines.enumerated() {
            if full[k] {
                flush()
                out += line
                out.append("\n")
                continue
            }
            let l = Array(line.prefix(cut.start).reversed().drop { $0 == " " }.reversed())
            let first = line.count > cut.end ? line[cut.end...].firstIndex { $0 != " " } ?? line.count : line.count
            let r = first < line.count ? Array(line[min(margin, first)...]) : []
            if l.isEmpty && r.isEmpty { left.append([]); right.append([]); continue }
            if !l.isEmpty { left.append(l) }
            if !r.contains(where: { $0 != " " }) { continue }
            right.append(r)
        }
        flush()
        if out.last == "\n", page.last != "\n" { out.removeLast() }
        return out
    }

    /// Which lines are full width: those crossing the gutter, and up to three lines between
    /// two such lines (justified full-width text whose spaces happen to fall in the gutter).
    private static func fullWidth(_ lines: [[Unicode.Scalar]], _ cut: (start: Int, end: Int)) -> [Bool] {
        var full = lines.map { line in
            line.count > cut.start && line[cut.start..<min(line.count, cut.end)].contains { $0 != " " }
        }
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

    /// The columns `start..<end` left blank by the lines of a two-column page, or `nil`.
    static func gutter(_ lines: [[Unicode.Scalar]]) -> (start: Int, end: Int)? {
        let width = lines.map(\.count).max() ?? 0
        guard width >= 40 else { return nil }
        let nonEmpty = lines.filter { $0.contains { $0 != " " } }
        guard nonEmpty.count >= 8 else { return nil }
        var best: (column: Int, split: Int)? = nil
        for c in (width * 3 / 10)...(width * 7 / 10) {
            var split = 0
            for line in nonEmpty where line.count > c + 1 && line[c - 1] == " " && line[c] == " " && line[c + 1] == " " {
                let hasLeft = line[..<c].contains { $0 != " " }, hasRight = line[(c + 2)...].contains { $0 != " " }
                if hasRight, hasLeft || line.prefix(c).allSatisfy({ $0 == " " }) { split += 1 }
            }
            if best == nil || split > best!.split { best = (c, split) }
        }
        guard let b = best, b.split >= 5, b.split * 10 >= nonEmpty.count * 3 else { return nil }
        // Widen to the whole blank band around the best column, in the lines that do not cross it.
        var start = b.column, end = b.column + 1
        let columnLines = nonEmpty.filter { $0.count <= b.column || $0[b.column] == " " }
        func blank(_ c: Int) -> Bool {
            columnLines.filter { $0.count > c && $0[c] != " " }.count * 10 <= columnLines.count
        }
        while start > 0, blank(start - 1) { start -= 1 }
        while end < width, blank(end) { end += 1 }
        return (start, end)
    }
}
