/// Finds running heads, running feet and page numbers: the lines a printer repeats on every
/// page, which are not part of the article's text.
///
/// Rows of text are peeled off the top and the bottom of each page while they are furniture;
/// each must lie in the page's top or bottom 15 % and stand apart from the text next to it (a
/// gap of most of a line). A row is furniture when every line in it
/// - reads the same as a line at about the same height on another page (digits ignored, so
///   `№ 2 (72) 2023` and page numbers match across pages) and does not start with a
///   superscript number (a footnote `¹ Там же.` may close two pages alike), or
/// - is a bare page number (`12`, `– 12 –`, `С. 12`) in the top or bottom margin,
///
/// or when one of its lines starts or ends with the page's number (`Мемлекет және құқық
/// теориясы 113`), the numbers of several pages agreeing on the offset between page and folio.
/// The outermost row of a page may also be a running head printed once (on the first page, or
/// on one of three pages): a line in the outer 7 % of the page, smaller than the body text,
/// not ending a sentence.
struct PageFurniture {
    private let lines: [LayoutLine]
    private let pages: [PdfLayout.Page]
    private let bodySize: Double
    private var positions = [[Unicode.Scalar]: [(page: Int, top: Double)]]()
    private var folioOffset: Int? = nil

    /// Prepares to look for furniture among `lines` of `pages`, whose body text is `bodySize`.
    init(_ lines: [LayoutLine], pages: [PdfLayout.Page], bodySize: Double) {
        self.lines = lines
        self.pages = pages
        self.bodySize = bodySize
        var offsets = [Int: Set<Int>]()
        for (k, l) in lines.enumerated() where isInMargin(k) {
            positions[Self.signature(l.text), default: []].append((l.page, relativeTop(k)))
            guard l.leadingSuperscript == nil else { continue }
            for n in Self.edgeNumbers(l.text) { offsets[n - l.page, default: []].insert(l.page) }
        }
        if let best = offsets.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }), best.value.count >= 2 {
            folioOffset = best.key
        }
    }

    /// Indices (into the lines) of the furniture lines.
    func find() -> Set<Int> {
        var byPage = [Int: [Int]]()
        for (k, l) in lines.enumerated() { byPage[l.page, default: []].append(k) }
        var furniture = Set<Int>()
        for (_, indices) in byPage {
            let rows = Self.rows(indices.sorted { lines[$0].top < lines[$1].top }, lines)
            for order in [Array(rows.indices), rows.indices.reversed()] {
                let downwards = order.first == 0
                for (n, r) in order.enumerated() where n < 3 && n + 1 < order.count {
                    let row = rows[r]
                    let isFurniture = row.allSatisfy(isRepeatedOrPageNumber) || row.contains(where: hasFolio)
                        || (n == 0 && row.allSatisfy(isLoneHead))
                    guard isFurniture else { break }
                    let inner = rows[order[n + 1]]
                    let gap = downwards
                        ? lines[inner[0]].top - row.map { lines[$0].bottom }.max()!
                        : row.map { lines[$0].top }.min()! - lines[inner[0]].bottom
                    guard gap >= 0.8 * lines[row[0]].height else { break }
                    furniture.formUnion(row)
                }
            }
        }
        return furniture
    }

    private func relativeTop(_ k: Int) -> Double {
        lines[k].top / max(pages[lines[k].page].height, 1)
    }

    private func isInMargin(_ k: Int) -> Bool {
        let top = relativeTop(k)
        return top < 0.15 || top > 0.85
    }

    private func isRepeatedOrPageNumber(_ k: Int) -> Bool {
        let l = lines[k], top = relativeTop(k)
        guard isInMargin(k) else { return false }
        if Self.isPageNumber(l.text) { return true }
        // A footnote (`¹ Там же.`) may read the same at the foot of two pages.
        if l.leadingSuperscript != nil { return false }
        return positions[Self.signature(l.text)]!.contains { $0.page != l.page && abs($0.top - top) < 0.02 }
    }

    private func hasFolio(_ k: Int) -> Bool {
        guard let offset = folioOffset, isInMargin(k), lines[k].leadingSuperscript == nil else { return false }
        return Self.edgeNumbers(lines[k].text).contains(lines[k].page + offset)
    }

    private func isLoneHead(_ k: Int) -> Bool {
        let l = lines[k], top = relativeTop(k)
        guard top < 0.07 || top > 0.93, l.size < bodySize * 0.97, let last = l.text.last else { return false }
        return last != "." && last != ":"
    }

    /// Numbers of one to four digits standing first or last in `text` (`113`, `– 12 –`).
    static func edgeNumbers(_ text: [Unicode.Scalar]) -> [Int] {
        let tokens = text.split { $0 == " " || $0 == "\t" }.map { $0.filter { !"–—-|".unicodeScalars.contains($0) } }.filter { !$0.isEmpty }
        var out = [Int]()
        for token in [tokens.first, tokens.last].compactMap({ $0 }) where (1...4).contains(token.count) {
            if token.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
                out.append(token.reduce(0) { $0 &* 10 &+ Int($1.value - 0x30) })
            }
        }
        return out
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
            // Case folding for Cyrillic and ASCII letters (enough to compare running heads).
            switch s.value {
            case 0x41...0x5A, 0x410...0x42F: out.append(Unicode.Scalar(s.value + 0x20)!)
            case 0x400...0x40F: out.append(Unicode.Scalar(s.value + 0x50)!)
            default: out.append(s)
            }
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
