/// One physical line of the input after character repair.
struct SourceLine {
    /// Offsets (into the repaired scalars) of the line's content, without leading and
    /// trailing spaces.
    var range: Range<Int>
    /// Number of leading spaces the line had.
    var indent: Int
    /// `true` when a form feed started this line (a page break before it).
    var pageBreakBefore: Bool
    /// Index of the line in the document.
    var index: Int

    /// `true` for an empty or all-space line.
    var isBlank: Bool { range.isEmpty }

    /// Splits `scalars` into lines at LF; a form feed also ends a line and marks the next one.
    static func split(_ text: [Unicode.Scalar]) -> [SourceLine] {
        text.withUnsafeBufferPointer { scalars in
            var lines = [SourceLine]()
            lines.reserveCapacity(scalars.count / 40)
            var start = 0
            var pageBreak = false
            let n = scalars.count
            func close(_ end: Int, nextBreak: Bool) {
                var a = start, b = end
                while a < b, scalars[a] == " " { a += 1 }
                while b > a, scalars[b - 1] == " " { b -= 1 }
                lines.append(SourceLine(range: a..<b, indent: a - start, pageBreakBefore: pageBreak, index: lines.count))
                pageBreak = nextBreak
                start = end + 1
            }
            // Line feeds and form feeds are found by a vectorised search, each up to the next form feed.
            var i = 0
            var formFeed = scalars.firstIndex(of: "\u{0C}", in: 0..<n) ?? n
            while i < n {
                if let lineFeed = scalars.firstIndex(of: "\n", in: i..<formFeed) {
                    close(lineFeed, nextBreak: false)
                    i = lineFeed + 1
                    continue
                }
                guard formFeed < n else { break }
                // A form feed at a line start marks the next line; elsewhere it also ends one.
                if start == formFeed { pageBreak = true; start = formFeed + 1 } else { close(formFeed, nextBreak: true) }
                i = formFeed + 1
                formFeed = scalars.firstIndex(of: "\u{0C}", in: i..<n) ?? n
            }
            if start < n { close(n, nextBreak: false) }
            return lines
        }
    }

    /// Marks the lines that start a page where a reader reported page breaks (offsets in the
    /// input) instead of writing form feeds; `origins` maps repaired offsets to input offsets.
    static func markPageBreaks(_ lines: inout [SourceLine], at breaks: [Int], origins: [Int32]) {
        guard !breaks.isEmpty else { return }
        let sorted = breaks.sorted()
        var next = 0
        for k in lines.indices where !lines[k].isBlank {
            let origin = Int(origins[lines[k].range.lowerBound])
            var crossed = false
            while next < sorted.count, sorted[next] <= origin { crossed = true; next += 1 }
            if crossed && k > 0 { lines[k].pageBreakBefore = true }
        }
    }
}
