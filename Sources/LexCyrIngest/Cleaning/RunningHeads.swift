/// Finds running heads, running feet and page numbers: lines at the top or bottom of pages
/// (pages end at form feeds) that repeat from page to page or carry the page's number.
///
/// Evidence, from strongest to weakest:
/// 1. page numbers: a number standing alone, or first or last on a head/foot line, that grows by
///    one from page to page (`27`, `28`, …; `112 ВЕСТНИК …`, `Теория права 113`);
/// 2. repetition: the same line (digits ignored) at the top or bottom of two pages or more;
/// 3. position: in the top zone, lines before the page-number line belong to the head; in the
///    bottom zone, lines after it belong to the foot.
///
/// A text without form feeds is one page: only repetition of numbered lines is used there.
struct RunningHeads {
    /// Lines of the head or foot zone looked at on each page.
    var zone = 3
    /// Longest head line (scalars).
    var maxLength = 160

    /// Indices of lines that are layout noise.
    func noise(_ lines: [SourceLine], _ s: [Unicode.Scalar]) -> LineSet {
        let pages = Self.pages(lines)
        if pages.count == 1 {
            var out = singlePage(pages[0], lines, s)
            headOverNumber(pages[0], lines, s, &out)
            return out
        }
        guard pages.count >= 2 else { return LineSet() }
        let tops = pages.map { zoneLines($0, lines, fromTop: true) }
        let bottoms = pages.map { zoneLines($0, lines, fromTop: false) }

        // Page numbers: the offset that explains the most pages.
        var votes = [Int: Int]()
        for p in pages.indices {
            var seen = Set<Int>()
            for k in tops[p] + bottoms[p] {
                for n in edgeNumbers(lines[k], s) where n >= p { seen.insert(n - p) }
            }
            for (_, n) in isolatedNumbers(pages[p], lines, s) where n >= p { seen.insert(n - p) }
            for o in seen { votes[o, default: 0] += 1 }
        }
        let best = votes.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
        let offset: Int? = best.flatMap { $0.value >= 2 && $0.value * 2 >= pages.count ? $0.key : nil }

        // Skeletons repeated at page edges.
        var counts = [UInt64: Int]()
        var skeletons = [UInt64](repeating: 0, count: lines.count)   // by line, for the zone lines
        for p in pages.indices {
            for k in Set(tops[p] + bottoms[p]) {
                let (key, letters) = skeleton(lines[k], s)
                skeletons[k] = key
                if letters >= 3 { counts[key, default: 0] += 1 }
            }
        }

        var out = LineSet()
        for p in pages.indices {
            let number = offset.map { $0 + p }
            for (zoneLines, fromTop) in [(tops[p], true), (bottoms[p], false)] {
                // Index in the zone of the page-number line, if any.
                let numbered = zoneLines.firstIndex { k in
                    number.map { edgeNumbers(lines[k], s).contains($0) && isShort(lines[k], s) } ?? false
                }
                for (z, k) in zoneLines.enumerated() {
                    let repeated = counts[skeletons[k], default: 0] >= 2 && isShort(lines[k], s)
                    let beyondNumber = numbered.map { fromTop ? z <= $0 : z >= $0 } ?? false
                    if repeated || (beyondNumber && isShort(lines[k], s)) { out.insert(k) }
                    else if fromTop { break }
                }
                if !fromTop {
                    // Keep only the contiguous run from the page end.
                    for k in zoneLines.reversed() where !out.contains(k) {
                        for later in zoneLines where later < k { out.remove(later) }
                        break
                    }
                }
            }
        }
        if offset != nil || !out.isEmpty { issueLines(pages, tops, lines, s, &out) }
        alternateHeads(pages, tops, lines, s, &out)
        if offset != nil { firstPageHead(pages, tops, lines, s, &out) }
        if let offset {
            for (p, page) in pages.enumerated() {
                for (k, n) in isolatedNumbers(page, lines, s) where n == offset + p { out.insert(k) }
            }
            headsAfterPageNumbers(pages, lines, s, &out)
        }
        return out
    }

    /// The first page's head, seen once: in a document with page numbers, a short line in mixed
    /// case that opens the document right above a title in capitals is the journal's head.
    private func firstPageHead(_ pages: [Range<Int>], _ tops: [[Int]], _ lines: [SourceLine],
                               _ s: [Unicode.Scalar], _ out: inout LineSet) {
        guard pages.count >= 2, let first = tops[0].first, !out.contains(first),
              let title = tops[0].dropFirst().first else { return }
        let r = lines[first].range
        let end = s[r.upperBound - 1]
        guard isShort(lines[first], s), r.count <= 80, s[r.lowerBound].isUpperLetter,
              !".,;:".unicodeScalars.contains(end), !BlockClassifier.isCapsLine(s[r], minLetters: 3),
              BlockClassifier.isCapsLine(s[lines[title].range]) else { return }
        out.insert(first)
    }

    /// A journal's issue line (`Вестник … № 2 (72), 2023`) heading a page of a document with
    /// page furniture, even when it appears once: short, with `№ N` or a year, not a sentence.
    private func issueLines(_ pages: [Range<Int>], _ tops: [[Int]], _ lines: [SourceLine],
                            _ s: [Unicode.Scalar], _ out: inout LineSet) {
        // The typical length of the lines not yet taken, sorted out only when a line needs it.
        let before = out
        lazy var typical = typicalLength(lines, before)
        for p in pages.indices {
            guard let first = tops[p].first(where: { !out.contains($0) }),
                  tops[p].prefix(while: { out.contains($0) }).count == tops[p].firstIndex(of: first) else { continue }
            let r = lines[first].range
            let end = s[r.upperBound - 1]
            guard isShort(lines[first], s), end != ",", !s[r.lowerBound].isLowerLetter, hasIssueNumber(r, s),
                  end.asciiDigit != nil || end == ")" || r.count * 10 < typical * 9 else { continue }
            out.insert(first)
        }
    }

    /// `true` when the range holds `№ 3` or a year from 1900 to 2099 standing alone.
    private func hasIssueNumber(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            if s[i] == "№" { return true }
            if s[i].asciiDigit != nil, i == r.lowerBound || s[i - 1].asciiDigit == nil {
                var j = i, n = 0
                while j < r.upperBound, let d = s[j].asciiDigit { n = n &* 10 &+ d; j += 1 }
                let alone = j == r.upperBound || !s[j].isLetter
                if j - i == 4, (1900...2099).contains(n), alone { return true }
                i = j
                continue
            }
            i += 1
        }
        return false
    }

    private func typicalLength(_ lines: [SourceLine], _ out: LineSet) -> Int {
        var lengths = lines.indices.filter { !lines[$0].isBlank && !out.contains($0) }.map { lines[$0].range.count }
        lengths.sort()
        return lengths.isEmpty ? 0 : lengths[lengths.count * 3 / 5]
    }

    /// With heads that alternate between odd and even pages, a short document has one page of a
    /// kind, whose head cannot repeat: when the other kind has a repeated head, the first line of
    /// such a page is its head if it is short and reads like one.
    private func alternateHeads(_ pages: [Range<Int>], _ tops: [[Int]], _ lines: [SourceLine],
                                _ s: [Unicode.Scalar], _ out: inout LineSet) {
        var headed = [false, false], count = [0, 0]
        for p in pages.indices {
            count[p % 2] += 1
            if let first = tops[p].first, out.contains(first) { headed[p % 2] = true }
        }
        let before = out
        lazy var typical = typicalLength(lines, before)
        for p in pages.indices.dropFirst() where !headed[p % 2] && headed[1 - p % 2] && count[p % 2] == 1 {
            guard let first = tops[p].first, !out.contains(first) else { continue }
            let r = lines[first].range
            let end = s[r.upperBound - 1]
            guard isShort(lines[first], s), r.count * 10 < typical * 9, end != ",",
                  !s[r.lowerBound].isLowerLetter else { continue }
            out.insert(first)
        }
    }

    /// One page (ended by a form feed) has nothing to compare with: only a number standing alone
    /// at its top or bottom, or a short first line that ends with a number (`Әкімшілік құқық 143`).
    private func singlePage(_ page: Range<Int>, _ lines: [SourceLine], _ s: [Unicode.Scalar]) -> LineSet {
        guard Self.hasFormFeed(s) else { return LineSet() }   // a text that is no extraction of pages
        var out = LineSet()
        let top = zoneLines(page, lines, fromTop: true), bottom = zoneLines(page, lines, fromTop: false)
        for k in [top.first, bottom.last].compactMap({ $0 }) {
            let r = lines[k].range
            let alone = r.allSatisfy { s[$0].asciiDigit != nil } && r.count <= 4
            let headed = k == top.first && r.count <= 60 && isShort(lines[k], s) && !edgeNumbers(lines[k], s).isEmpty
                && s[r.upperBound - 1].asciiDigit != nil && s[r.lowerBound].isUpperLetter
            if alone || headed { out.insert(k) }
        }
        return out
    }

    /// `true` when `s` holds a form feed (sought eight scalars at a time).
    static func hasFormFeed(_ s: [Unicode.Scalar]) -> Bool {
        s.withUnsafeBufferPointer { $0.firstIndex(of: "\u{0C}", in: 0..<$0.count) } != nil
    }

    /// Line index ranges of pages (a page starts at a line with a form feed before it).
    static func pages(_ lines: [SourceLine]) -> [Range<Int>] {
        var pages = [Range<Int>]()
        var start = 0
        for (k, line) in lines.enumerated() where k > start && line.pageBreakBefore {
            pages.append(start..<k)
            start = k
        }
        if start < lines.count { pages.append(start..<lines.count) }
        return pages
    }

    /// The first (or last) non-blank lines of a page, in reading order.
    private func zoneLines(_ page: Range<Int>, _ lines: [SourceLine], fromTop: Bool) -> [Int] {
        var out = [Int]()
        // Head and foot zones never meet: a short page gives each a third of its lines (the
        // count stops where the page is long enough for whole zones).
        var content = 0
        for k in page where !lines[k].isBlank {
            content += 1
            if content == 3 * zone { break }
        }
        let size = min(zone, max(1, content / 3))
        if fromTop {
            for k in page where !lines[k].isBlank {
                out.append(k)
                if out.count == size { break }
            }
            return out
        }
        for k in page.reversed() where !lines[k].isBlank {
            out.append(k)
            if out.count == size { break }
        }
        return out.reversed()
    }

    /// Numbers that stand first or last on a line.
    private func edgeNumbers(_ line: SourceLine, _ s: [Unicode.Scalar]) -> [Int] {
        var out = [Int]()
        let r = line.range
        var i = r.lowerBound, n = 0
        while i < r.upperBound, let d = s[i].asciiDigit, i - r.lowerBound < 5 { n = n &* 10 &+ d; i += 1 }
        if i > r.lowerBound, i - r.lowerBound <= 4, i == r.upperBound || s[i] == " " { out.append(n) }
        var j = r.upperBound
        while j > r.lowerBound, s[j - 1].asciiDigit != nil, r.upperBound - j < 5 { j -= 1 }
        if j < r.upperBound, r.upperBound - j <= 4, j == r.lowerBound || s[j - 1] == " " {
            var m = 0
            for q in j..<r.upperBound { m = m &* 10 &+ s[q].asciiDigit! }
            out.append(m)
        }
        return out
    }

    func isShort(_ line: SourceLine, _ s: [Unicode.Scalar]) -> Bool {
        line.range.count <= maxLength && s[line.range.upperBound - 1] != "-"
    }

    /// The hash of the line lower-cased, with digits and spaces dropped (the same on every
    /// page), and the number of letters it keeps.
    private func skeleton(_ line: SourceLine, _ s: [Unicode.Scalar]) -> (hash: UInt64, letters: Int) {
        var h = FastCase.hashSeed
        var letters = 0
        for i in line.range where s[i].asciiDigit == nil && s[i] != " " {
            h = FastCase.hash(h, s[i])
            if s[i].lowerFast.isLetter { letters += 1 }
        }
        return (h, letters)
    }
}
