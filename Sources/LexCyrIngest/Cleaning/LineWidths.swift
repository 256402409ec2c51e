/// Typical line lengths of a document, telling body lines from footnote lines.
///
/// Footnotes are set in a smaller type than the body, so their full lines hold more characters
/// (about 1.2 times in one column; in a two-column page with full-width footnotes, over twice
/// as many). When the two lengths differ enough, a line's length is evidence of its role.
struct LineWidths {
    /// Typical length (scalars) of a full body line.
    var body: Int
    /// Typical length of a full footnote line, or `nil` when no footnote line is known.
    var footnote: Int?

    /// Estimates widths from `lines` (all content lines) and `noteStarts` (lines known to start
    /// footnotes); `hyphenated` is the number of lines that end with a word broken by a hyphen.
    init(lines: [SourceLine], noteStarts: [Int], skipping noise: LineSet, hyphenated: Int) {
        let starts = noteStarts.map { lines[$0].range.count }.filter { $0 >= 15 }
        let f = Self.median(starts)
        footnote = f
        var lengths = [Int]()
        for (k, line) in lines.enumerated() where !noise.contains(k) && line.range.count >= 15 {
            if let f, line.range.count * 10 > f * 9 { continue }
            lengths.append(line.range.count)
        }
        body = Self.median(lengths) ?? 60
        // Extractors that join lines (poppler's reading-order mode) leave lengths that mean
        // nothing: then most lines are near neither typical length.
        // It also joins words hyphenated at line ends, so no line ends with a hyphen there.
        var total = 0, near = 0, overlong = 0
        for (k, line) in lines.enumerated() where !noise.contains(k) && line.range.count >= 15 {
            total += 1
            let n = line.range.count
            if Self.near(n, body) || f.map({ Self.near(n, $0) }) == true { near += 1 }
            if n * 10 > max(body, f ?? body) * 16 { overlong += 1 }
        }
        regular = near * 2 >= total && hyphenated * 50 >= total && overlong * 20 < total
    }

    private static func near(_ n: Int, _ width: Int) -> Bool {
        n * 100 >= width * 85 && n * 100 <= width * 115
    }

    /// `false` when many lines are longer than any full line should be.
    var regular = true

    /// `true` when footnote lines are clearly longer than body lines.
    var informative: Bool {
        guard let f = footnote, regular else { return false }
        return f * 100 >= body * 112
    }

    /// Length between the two: longer lines are footnote lines.
    var threshold: Int { ((footnote ?? body) + body) / 2 }

    /// `true` when a line of `length` is as long as a footnote line and longer than a body line.
    func isFootnoteWide(_ length: Int) -> Bool {
        // Longer than the body's lines run (justified lines vary by some 15 %), too.
        informative && length > threshold && length * 100 > body * 115
    }

    /// `true` when a line of `length` is a full body line.
    func isBodyFull(_ length: Int) -> Bool {
        length * 100 >= body * 85 && !isFootnoteWide(length)
    }

    private static func median(_ values: [Int]) -> Int? {
        guard let top = values.max() else { return nil }
        // The upper median: full lines outnumber short ones.
        let rank = (values.count * 3) / 5
        // Line lengths are small numbers: counted rather than sorted (sorted when a line is huge).
        guard top < 4096, values.allSatisfy({ $0 >= 0 }) else { return values.sorted()[rank] }
        var counts = [Int](repeating: 0, count: top + 1)
        for v in values { counts[v] += 1 }
        var seen = 0
        for (length, n) in counts.enumerated() {
            seen += n
            if seen > rank { return length }
        }
        return top
    }
}
