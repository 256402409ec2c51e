/// Finds running heads, running feet and page numbers: the lines a printer repeats on every
/// page, which are not part of the article's text.
///
/// Rows of text are peeled off the top and the bottom of each page while they are furniture: a
/// row whose every line either has the same text as a line at about the same height on another
/// page (digits ignored, so `№ 2 (72) 2023` and page numbers match across pages) or is a bare
/// page number (`12`, `– 12 –`, `С. 12`) in the page's top or bottom margin. A row must also
/// stand apart from the text next to it (a gap of most of a line): the last line of a footnote
/// that happens to read the same on two pages (`Там же.`) is not furniture.
enum PageFurniture {
    /// Indices (into `lines`) of the furniture lines of all `pages`.
    static func find(_ lines: [LayoutLine], pages: [PdfLayout.Page]) -> Set<Int> {
        var byPage = [Int: [Int]]()
        for (k, l) in lines.enumerated() { byPage[l.page, default: []].append(k) }
        var positions = [[Unicode.Scalar]: [(page: Int, top: Double)]]()
        for (p, indices) in byPage {
            let height = max(pages[p].height, 1)
            for k in indices { positions[signature(lines[k].text), default: []].append((p, lines[k].top / height)) }
        }
        func isFurniture(_ k: Int) -> Bool {
            let l = lines[k]
            let top = l.top / max(pages[l.page].height, 1)
            if isPageNumber(l.text) && (top < 0.15 || top > 0.85) { return true }
            return positions[signature(l.text)]!.contains { $0.page != l.page && abs($0.top - top) < 0.02 }
        }
        var furniture = Set<Int>()
        for (_, indices) in byPage {
            let rows = Self.rows(indices.sorted { lines[$0].top < lines[$1].top }, lines)
            for order in [Array(rows.indices), rows.indices.reversed()] {
                for (n, r) in order.enumerated() where n < 3 {
                    guard rows[r].allSatisfy(isFurniture), n + 1 < order.count else { break }
                    let inner = rows[order[n + 1]]
                    let gap = order[0] == 0
                        ? lines[inner[0]].top - rows[r].map { lines[$0].bottom }.max()!
                        : rows[r].map { lines[$0].top }.min()! - lines[inner[0]].bottom
                    guard gap >= 0.8 * lines[rows[r][0]].height else { break }
                    furniture.formUnion(rows[r])
                }
            }
        }
        return furniture
    }

    /// Lines (sorted by top) grouped into rows that share a top.
    private static func rows(_ sorted: [Int], _ lines: [LayoutLine]) -> [[Int]] {
        var rows = [[Int]]()
        for k in sorted {
            if let last = rows.last?.last, lines[k].top - lines[last].top < 0.5 * lines[last].height {
                rows[rows.count - 1].append(k)
            } else {
                rows.append([k])
            }
        }
        return rows
    }

    /// Text folded for comparison: lower case, digits as `#`, no spaces.
    private static func signature(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        var lastDigit = false
        for s in text where !s.properties.isWhitespace {
            if s.properties.numericType == .decimal {
                if !lastDigit { out.append("#") }
                lastDigit = true
                continue
            }
            lastDigit = false
            out += s.properties.lowercaseMapping.unicodeScalars
        }
        return out
    }

    /// `12`, `– 12 –`, `- 12 -`, `С. 12`, `стр. 12`, `Page 12`, `12 / 40`.
    static func isPageNumber(_ text: [Unicode.Scalar]) -> Bool {
        var digits = 0, letters = [Unicode.Scalar]()
        for s in text {
            if s.properties.numericType == .decimal { digits += 1; continue }
            if s.properties.isAlphabetic { letters.append(s); continue }
            guard s.properties.isWhitespace || "–—-/.|".unicodeScalars.contains(s) else { return false }
        }
        guard digits > 0, digits <= 8 else { return false }
        if letters.isEmpty { return true }
        let word = String(String.UnicodeScalarView(letters)).lowercased()
        return ["с", "стр", "page", "p", "б", "бет"].contains(word)
    }
}
