/// Groups the runs of one page into lines, column by column.
///
/// Runs whose vertical extents overlap by at least half the smaller height share a line; a
/// raised run in a smaller font is a superscript and is glued to the text before it, which is
/// how the cleaner expects footnote markers (`Казахстан1`). On a two-column page, runs left
/// and right of the gutter make separate lines; runs crossing it make full-width lines, which
/// take in the column fragments beside them (a justified title line may leave a word on each
/// side of the gutter).
enum LineBuilder {
    /// Lines of `page` (index `index` in the layout), given its gutter.
    static func lines(of page: PdfLayout.Page, index: Int, gutter: ColumnDetector.Gutter?) -> [LayoutLine] {
        guard let gutter else { return group(page.runs, page: index, column: .full) }
        var left = [PdfLayout.Run](), right = [PdfLayout.Run](), full = [PdfLayout.Run]()
        for r in page.runs {
            // poppler sometimes makes a left-column run a little too wide: only a run reaching
            // well into the right column (two ems) crosses the gutter.
            if r.left >= gutter.middle - 1 { right.append(r) }
            else if r.right <= gutter.rightMargin + 2 * r.size { left.append(r) }
            else { full.append(r) }
        }
        if full.isEmpty { return group(left, page: index, column: .left) + group(right, page: index, column: .right) }
        // Column runs beside a crossing run belong to its row.
        let fullRows = group(full, page: index, column: .full)
        func besideFullRow(_ r: PdfLayout.Run) -> Bool {
            fullRows.contains { overlap(r.top, r.bottom, $0.top, $0.bottom) >= 0.5 * min(r.height, $0.height) }
        }
        let leftRest = left.filter { !besideFullRow($0) }, rightRest = right.filter { !besideFullRow($0) }
        full += left.filter(besideFullRow) + right.filter(besideFullRow)
        return group(full, page: index, column: .full) + group(leftRest, page: index, column: .left) + group(rightRest, page: index, column: .right)
    }

    private static func overlap(_ a0: Double, _ a1: Double, _ b0: Double, _ b1: Double) -> Double {
        min(a1, b1) - max(a0, b0)
    }

    /// Groups runs of one column into lines, top to bottom.
    private static func group(_ runs: [PdfLayout.Run], page: Int, column: LayoutLine.Column) -> [LayoutLine] {
        let sorted = runs.sorted { ($0.top + $0.height / 2, $0.left) < ($1.top + $1.height / 2, $1.left) }
        var lines = [LayoutLine]()
        var current = [PdfLayout.Run]()
        var core: PdfLayout.Run? = nil
        for r in sorted {
            if let c = core, overlap(r.top, r.bottom, c.top, c.bottom) >= 0.5 * min(r.height, c.height) {
                current.append(r)
                if r.size > c.size { core = r }
                continue
            }
            if !current.isEmpty { lines.append(assemble(current, page: page, column: column)) }
            current = [r]
            core = r
        }
        if !current.isEmpty { lines.append(assemble(current, page: page, column: column)) }
        return lines
    }

    /// Builds one line from its runs.
    static func assemble(_ runs: [PdfLayout.Run], page: Int, column: LayoutLine.Column) -> LayoutLine {
        let ordered = runs.sorted { $0.left < $1.left }
        let main = ordered.max { $0.text.count < $1.text.count }!
        var line = LayoutLine(page: page, column: column, top: main.top, bottom: main.bottom,
                              left: ordered.first!.left, right: ordered.map(\.right).max()!,
                              size: main.size, bold: main.bold, text: [])
        var previous: PdfLayout.Run? = nil
        for r in ordered {
            let superscript = isSuperscript(r, main: main)
            let value = superscript ? number(r.text) : nil
            if let prev = previous {
                let gap = r.left - prev.right
                let glue = superscript && line.text.last.map { !$0.properties.isWhitespace } == true
                if !glue, gap > 0.1 * main.size, line.text.last != " ", r.text.first != " " { line.text.append(" ") }
            }
            if previous == nil, let value {
                line.leadingSuperscript = value
                line.text += r.text.filter { $0 != " " }
                line.text += "  ".unicodeScalars
                previous = r
                continue
            }
            if let value { line.markers.append(value) }
            line.text += superscript ? r.text.filter { $0 != " " } : r.text
            previous = r
            if !superscript {
                line.top = min(line.top, r.top)
                line.bottom = max(line.bottom, r.bottom)
            }
        }
        while line.text.last == " " { line.text.removeLast() }
        while line.text.first == " " { line.text.removeFirst() }
        return line
    }

    /// A raised run in a smaller font than the line's main text, a few characters long.
    private static func isSuperscript(_ r: PdfLayout.Run, main: PdfLayout.Run) -> Bool {
        let visible = r.text.filter { $0 != " " }
        return r.size <= main.size * 0.85 && visible.count <= 4 && !visible.isEmpty
            && r.bottom <= main.bottom - main.height * 0.15
    }

    /// The value of a run made of one to three ASCII digits, or `nil`.
    private static func number(_ text: [Unicode.Scalar]) -> Int? {
        let digits = text.filter { $0 != " " }
        guard (1...3).contains(digits.count) else { return nil }
        var n = 0
        for d in digits {
            guard d.value >= 0x30, d.value <= 0x39 else { return nil }
            n = n &* 10 &+ Int(d.value - 0x30)
        }
        return n > 0 ? n : nil
    }
}
