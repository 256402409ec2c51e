/// Puts back in reading order the blocks of a two-column page that `pdftotext`'s default mode
/// printed interleaved.
///
/// The mode prints a page as blocks ("flows") separated by blank lines. On a two-column page
/// it often orders them by how high they start, whatever their column: the left column's
/// first block, the right column's first, the left column's second… Each block still holds
/// consecutive text, and within a column the blocks keep their order, so the page reads right
/// again once each block is known to be in the left or in the right column.
///
/// A page is reordered only on evidence: its footnote markers go down somewhere in the printed
/// order (`…таласқан4 .` printed before `…бекітеді1 .`). Among the ways to share its blocks
/// between two columns (the first block opening the left one), those that read with markers
/// going up and every cut sentence going on in the next block (a block that stops inside a
/// sentence is followed by one that starts in lower case, and only by such) are kept; of them,
/// the one whose blocks, stacked by their height in lines, start in the order the mode printed
/// them, and then the one with the most even columns.
///
/// The blocks looked at are the body's: after the front matter (the keywords line ends it)
/// and before the page's first footnote. Pages with fewer than three such blocks, or more than
/// ``maxBlocks``, are left as printed.
enum ColumnFlowOrder {
    /// Most blocks of a page reordered (the ways to share them double with each block).
    static let maxBlocks = 12

    /// A block of consecutive lines.
    private struct Flow {
        var lines: Range<Int>
        var markers: [Int] = []
        /// Stops inside a sentence (not a heading standing alone).
        var cut = false
        /// Starts in lower case: goes on with the sentence of another block.
        var continues = false
        /// Height in lines of the column.
        var height = 0
    }

    /// `s` with interleaved column blocks reordered.
    static func repair(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pages = PlainTextPages(s)
        let lines = pages.lines
        guard let width = columnWidth(lines, s) else { return s }
        let noteStart = Set(pages.noteStarts)
        // Blocks by page.
        var flows = [[Flow]]()
        var k = 0
        while k < lines.count {
            guard !lines[k].range.isEmpty else { k += 1; continue }
            var e = k
            while e < lines.count, !lines[e].range.isEmpty, lines[e].page == lines[k].page { e += 1 }
            while flows.count <= lines[k].page { flows.append([]) }
            flows[lines[k].page].append(Flow(lines: k..<e))
            k = e
        }
        var moves = [(slots: [Range<Int>], order: [Int])]()
        for page in flows {
            // The body's blocks: after the keywords, before the first footnote.
            let start = (page.lastIndex { f in f.lines.contains { isKeywordsLine(lines[$0].range, s) } }).map { $0 + 1 } ?? 0
            let end = page.indices.first { $0 >= start && page[$0].lines.contains(where: noteStart.contains) } ?? page.count
            guard start < end else { continue }
            var region = page[start..<end].filter { !($0.lines.count == 1 && pages.isNumber($0.lines.lowerBound, s)) }
            guard region.count >= 3, region.count <= maxBlocks else { continue }
            for i in region.indices { describe(&region[i], lines, s, width: width) }
            guard inversions(region.indices.map { $0 }, region) > 0, let order = bestOrder(region) else { continue }
            let slots = region.map { lines[$0.lines.lowerBound].range.lowerBound..<lines[$0.lines.upperBound - 1].range.upperBound }
            moves.append((slots, order))
        }
        guard !moves.isEmpty else { return s }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.count)
        var at = 0
        for move in moves {
            for (slot, source) in zip(move.slots, move.order) {
                out += s[at..<slot.lowerBound]
                out += s[move.slots[source]]
                at = slot.upperBound
            }
        }
        out += s[at...]
        return out
    }

    /// The best reading order of `region` (indices into it), if one reads without a fault.
    private static func bestOrder(_ region: [Flow]) -> [Int]? {
        let n = region.count
        var best: (order: [Int], score: Int)? = nil
        // Bit k set: block k in the right column. Block 0 opens the left column.
        for mask in stride(from: 0, to: 1 << n, by: 2) {
            let left = (0..<n).filter { mask & (1 << $0) == 0 }
            let right = (0..<n).filter { mask & (1 << $0) != 0 }
            let order = left + right
            guard inversions(order, region) == 0, reads(order, region) else { continue }
            // Start heights in each column; the printed order should be that of the starts.
            var top = [Int](repeating: 0, count: n)
            var leftHeight = 0, rightHeight = 0
            for k in left { top[k] = leftHeight; leftHeight += region[k].height }
            for k in right { top[k] = rightHeight; rightHeight += region[k].height }
            var disorder = 0
            for a in 0..<n {
                for b in (a + 1)..<n where (top[a], mask >> a & 1) > (top[b], mask >> b & 1) { disorder += 1 }
            }
            let score = disorder * 200 + abs(leftHeight - rightHeight)
            if best == nil || score < best!.score { best = (order, score) }
        }
        return best?.order
    }

    /// Pairs of markers out of order when the blocks are read in `order`.
    private static func inversions(_ order: [Int], _ region: [Flow]) -> Int {
        let sequence = order.flatMap { region[$0].markers }
        var count = 0
        for a in sequence.indices {
            for b in (a + 1)..<sequence.count where sequence[a] > sequence[b] { count += 1 }
        }
        return count
    }

    /// `true` when every block that stops inside a sentence is followed by one that goes on
    /// with it, and every such block follows one.
    private static func reads(_ order: [Int], _ region: [Flow]) -> Bool {
        for (a, b) in zip(order, order.dropFirst()) where region[a].cut != region[b].continues { return false }
        return true
    }

    /// Fills in what the ordering weighs of block `f`.
    private static func describe(_ f: inout Flow, _ lines: [PlainTextPages.Line], _ s: [Unicode.Scalar], width: Int) {
        for k in f.lines {
            let r = lines[k].range
            f.markers += PlainTextPages.markers(r, s)
            f.height += max(1, (r.count + width / 2) / width)
        }
        f.height += 1
        let first = lines[f.lines.lowerBound].range, last = lines[f.lines.upperBound - 1].range
        let end = s[last.upperBound - 1]
        let aloneHeading = f.lines.count == 1 && first.count <= 60 && !".,;:".unicodeScalars.contains(end)
            && (s[first.lowerBound].isUpperLetter || s[first.lowerBound].asciiDigit != nil)
        f.cut = !aloneHeading && (end.isLetter || end == "," || end == "-" || end == "–")
        f.continues = s[first.lowerBound].isLowerLetter
    }

    /// `true` when the line starts with a keywords label (`Түйінді сөздер:`, `Keywords:`).
    private static func isKeywordsLine(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard let first = r.first, s[first] == "К" || s[first] == "Т" || s[first] == "K" else { return false }
        return BlockClassifier.labelKind(String(String.UnicodeScalarView(s[r.prefix(24)]))) == .keywords
    }

    /// The usual length of a full line (one that stops inside a sentence), if enough lines tell.
    private static func columnWidth(_ lines: [PlainTextPages.Line], _ s: [Unicode.Scalar]) -> Int? {
        var buckets = [Int: Int]()
        var total = 0
        for l in lines where l.range.count >= 20 {
            let end = s[l.range.upperBound - 1]
            guard end.isLetter || end == "," || end == "-" else { continue }
            buckets[l.range.count / 4, default: 0] += 1
            total += 1
        }
        guard total >= 10 else { return nil }
        let best = buckets.keys.max { a, b in
            let ca = buckets[a]! + buckets[a - 1, default: 0] + buckets[a + 1, default: 0]
            let cb = buckets[b]! + buckets[b - 1, default: 0] + buckets[b + 1, default: 0]
            return ca != cb ? ca < cb : a > b
        }!
        return best * 4 + 2
    }
}
