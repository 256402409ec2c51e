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

extension RunningHeads {
    /// Numbers standing alone between blank lines (or a page edge) anywhere on `page`, with their
    /// values: where pdftotext's default mode may print a page number, even amid the page
    /// (after the footnotes of the first column).
    func isolatedNumbers(_ page: Range<Int>, _ lines: [SourceLine], _ s: [Unicode.Scalar]) -> [(line: Int, value: Int)] {
        var out = [(line: Int, value: Int)]()
        for k in page {
            let r = lines[k].range
            guard !r.isEmpty, r.count <= 4, k == page.lowerBound || lines[k - 1].isBlank,
                  k + 1 == page.upperBound || lines[k + 1].isBlank else { continue }
            var n = 0
            for i in r {
                guard let d = s[i].asciiDigit else { n = -1; break }
                n = n * 10 + d
            }
            if n >= 0 { out.append((k, n)) }
        }
        return out
    }

    /// A one-page extraction whose head pdftotext's default mode printed as two blocks, the
    /// head then the page number (`Әкімшілік құқық⏎⏎143⏎⏎`): the number standing alone as the
    /// page's second line, under a short first line that reads like a head.
    func headOverNumber(_ page: Range<Int>, _ lines: [SourceLine], _ s: [Unicode.Scalar], _ out: inout LineSet) {
        guard Self.hasFormFeed(s),
              let head = page.first(where: { !lines[$0].isBlank }),
              let number = isolatedNumbers(page, lines, s).first?.line, number > head + 1,
              !page.contains(where: { $0 > head && $0 < number && !lines[$0].isBlank }) else { return }
        let r = lines[head].range
        guard r.count <= 60, s[r.lowerBound].isUpperLetter, !".,;:!?-".unicodeScalars.contains(s[r.upperBound - 1]) else { return }
        out.insert(head)
        out.insert(number)
    }
}
