extension RunningHeads {
    /// pdftotext's default mode prints the head of a page whose number stands at its left as two
    /// blocks, the number first (`10⏎⏎ҚҰҚЫҚ ЖӘНЕ МЕМЛЕКЕТ⏎⏎Нәтижелер…`), so the head is not the
    /// page's first line and, on a short page, not even in its head zone. In a document whose
    /// other pages have heads, a line standing alone between blank lines right after the page
    /// number that opens its page is that page's head when it reads like one: short, neither
    /// lower-case nor numbered, not ending a sentence or clause.
    func headsAfterPageNumbers(_ pages: [Range<Int>], _ lines: [SourceLine], _ s: [Unicode.Scalar], _ out: inout LineSet) {
        // Pages with a head of letters (not only a number) among their first lines.
        var headed = [Bool](repeating: false, count: pages.count)
        for (p, page) in pages.enumerated() {
            headed[p] = page.lazy.filter { !lines[$0].isBlank }.prefix(zone)
                .contains { out.contains($0) && lines[$0].range.contains { s[$0].isLetter } }
        }
        for (p, page) in pages.enumerated() where !headed[p] && headed.contains(true) {
            guard let number = page.first(where: { !lines[$0].isBlank }), out.contains(number),
                  lines[number].range.count <= 4, lines[number].range.allSatisfy({ s[$0].asciiDigit != nil }),
                  let head = page.first(where: { $0 > number && !lines[$0].isBlank }), head > number + 1,
                  head + 1 < page.upperBound, lines[head + 1].isBlank,
                  page.contains(where: { $0 > head + 1 && !lines[$0].isBlank }),
                  !out.contains(head), isShort(lines[head], s), lines[head].range.count <= 80 else { continue }
            let r = lines[head].range
            let first = s[r.lowerBound], last = s[r.upperBound - 1]
            guard !first.isLowerLetter, first.asciiDigit == nil, !".,;:!?-".unicodeScalars.contains(last) else { continue }
            out.insert(head)
        }
    }
}
