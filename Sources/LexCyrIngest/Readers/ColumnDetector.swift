/// Finds the gutter of a two-column page.
///
/// A gutter is a vertical strip in the middle of the page that many rows of text stop short of
/// on its left and many others start after on its right, while only full-width rows (title,
/// abstract, a wide table) cross it. Justified one-column text has word gaps at random places,
/// so no strip is left empty by more than a few rows.
enum ColumnDetector {
    /// A gutter: `middle` is free of column text; the right column starts at `rightMargin`.
    struct Gutter: Sendable {
        var middle: Double
        var rightMargin: Double
    }

    /// The gutter of `page`, or `nil` for a one-column page.
    static func gutter(of page: PdfLayout.Page) -> Gutter? {
        guard let x = middle(of: page) else { return nil }
        // The right column's margin: where most runs right of the gutter start.
        var starts = [Int: Int]()
        for r in page.runs where r.left >= x - 1 { starts[Int(r.left.rounded()), default: 0] += 1 }
        let margin = starts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.map { Double($0.key) } ?? x
        return Gutter(middle: x, rightMargin: max(margin, x))
    }

    /// The x coordinate of the gutter's middle, or `nil` for a one-column page.
    private static func middle(of page: PdfLayout.Page) -> Double? {
        let runs = page.runs
        guard runs.count >= 10, page.width > 0 else { return nil }
        let lo = Int(page.width * 0.3), hi = Int(page.width * 0.7)
        guard hi > lo else { return nil }
        // Rows are identified by their rounded top; count the rows crossing each candidate x:
        // per row, merge its runs' spans, then add them up with a difference array.
        var byRow = [Int: [(Int, Int)]]()
        for r in runs {
            let a = max(lo, Int(r.left.rounded(.up)) + 1), b = min(hi, Int(r.right.rounded(.down)) - 1)
            if a <= b { byRow[Int(r.top.rounded()), default: []].append((a, b)) }
        }
        var delta = [Int](repeating: 0, count: hi - lo + 2)
        for (_, spans) in byRow {
            var current: (Int, Int)? = nil
            for span in spans.sorted(by: { $0.0 < $1.0 }) {
                if let c = current, span.0 <= c.1 + 1 { current = (c.0, max(c.1, span.1)); continue }
                if let c = current { delta[c.0 - lo] += 1; delta[c.1 - lo + 1] -= 1 }
                current = span
            }
            if let c = current { delta[c.0 - lo] += 1; delta[c.1 - lo + 1] -= 1 }
        }
        var crossing = [Int](repeating: 0, count: hi - lo + 1)
        var running = 0
        for k in crossing.indices { running += delta[k]; crossing[k] = running }
        // The longest stretch of x with the fewest crossing rows is the gutter candidate.
        let least = crossing.min()!
        var best = (start: 0, length: 0), start = -1
        for k in 0...crossing.count {
            if k < crossing.count, crossing[k] <= least {
                if start < 0 { start = k }
            } else if start >= 0 {
                if k - start > best.length { best = (start, k - start) }
                start = -1
            }
        }
        let x = Double(lo + best.start) + Double(best.length) / 2
        return isGutter(x, crossingRows: least, runs: runs) ? x : nil
    }

    /// Checks that `x` has enough rows on both sides, side by side, to be a gutter.
    private static func isGutter(_ x: Double, crossingRows: Int, runs: [PdfLayout.Run]) -> Bool {
        var leftRows = Set<Int>(), rightRows = Set<Int>()
        var leftSpan = (Double.infinity, -Double.infinity), rightSpan = (Double.infinity, -Double.infinity)
        var leftChars = 0, rightChars = 0
        for r in runs {
            let row = Int(r.top.rounded())
            if r.right <= x + 1 {
                leftRows.insert(row); leftChars += r.text.count
                leftSpan = (min(leftSpan.0, r.top), max(leftSpan.1, r.bottom))
            } else if r.left >= x - 1 {
                rightRows.insert(row); rightChars += r.text.count
                rightSpan = (min(rightSpan.0, r.top), max(rightSpan.1, r.bottom))
            }
        }
        guard leftRows.count >= 5, rightRows.count >= 5 else { return false }
        guard crossingRows <= leftRows.count + rightRows.count else { return false }
        let total = leftChars + rightChars
        guard leftChars * 5 >= total, rightChars * 5 >= total else { return false }
        // The two sides must stand next to each other, not one above the other.
        let overlap = min(leftSpan.1, rightSpan.1) - max(leftSpan.0, rightSpan.0)
        let shorter = min(leftSpan.1 - leftSpan.0, rightSpan.1 - rightSpan.0)
        return overlap >= shorter * 0.5
    }
}
