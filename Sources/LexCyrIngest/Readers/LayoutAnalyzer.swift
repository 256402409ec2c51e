/// Turns a PDF's layout into text the cleaner reads well, using what plain text loses:
/// running heads and page numbers are dropped, two-column pages are read column by column,
/// superscript markers are glued to their word, paragraphs run on across columns and pages
/// (one line each, but for line-end hyphens and broken URLs), and the footnote zones become
/// footnote blocks (`N  text`, one blank line between them) after the body.
struct LayoutAnalyzer {
    /// Analyses `layout` and returns the text.
    func text(of layout: PdfLayout) -> [Unicode.Scalar] {
        var lines = [LayoutLine]()
        for (k, page) in layout.pages.enumerated() {
            lines += LineBuilder.lines(of: page, index: k, gutter: ColumnDetector.gutter(of: page))
        }
        guard !lines.isEmpty else { return [] }
        let bodySize = Self.dominantSize(lines, pages: layout.pages)
        let furniture = PageFurniture(lines, pages: layout.pages, bodySize: bodySize).find()
        lines = lines.enumerated().filter { !furniture.contains($0.offset) }.map(\.element)
        guard !lines.isEmpty else { return [] }
        var markers = Set<Int>()
        for l in lines where l.size > bodySize * 0.93 {
            markers.formUnion(l.markers)
            if let n = l.leadingSuperscript { markers.insert(n) }
        }
        let superscriptNumbers = lines.contains { $0.size <= bodySize * 0.93 && $0.leadingSuperscript != nil }
        var zone = FootnoteZone(bodySize: bodySize, markers: markers, superscriptNumbers: superscriptNumbers)
        var bodySegments = [[LayoutLine]]()
        var byPage = [[LayoutLine]](repeating: [], count: layout.pages.count)
        for l in lines { byPage[l.page].append(l) }
        for k in layout.pages.indices {
            let segments = Self.readingOrder(byPage[k])
            for (s, segment) in segments.enumerated() {
                guard Self.isBottom(s, of: segments) else { bodySegments.append(segment); continue }
                let body = zone.split(segment)
                if !body.isEmpty { bodySegments.append(body) }
            }
        }
        return emit(body: bodySegments, notes: zone.notes)
    }

    /// The font size that sets the most characters in the upper 60 % of the pages (footnotes,
    /// which may outweigh the text on a page or two, stand lower).
    static func dominantSize(_ lines: [LayoutLine], pages: [PdfLayout.Page]) -> Double {
        var weight = [Double: Int]()
        for l in lines where l.top < pages[l.page].height * 0.6 { weight[(l.size * 2).rounded() / 2, default: 0] += l.text.count }
        if weight.isEmpty { for l in lines { weight[(l.size * 2).rounded() / 2, default: 0] += l.text.count } }
        return weight.max { ($0.value, $0.key) < ($1.value, $1.key) }!.key
    }

    /// Lines of one page as segments in reading order: full-width bands and, inside a
    /// two-column band, the left column before the right one.
    static func readingOrder(_ lines: [LayoutLine]) -> [[LayoutLine]] {
        var sorted = lines.sorted { ($0.top, $0.left) < ($1.top, $1.left) }
        // Short lines amid full-width ones (footnotes under two columns: a note's last line, a
        // one-line note) belong to them, when nothing of the other column stands beside them.
        var k = 0
        while k < sorted.count {
            guard sorted[k].column != .full else { k += 1; continue }
            var end = k
            while end < sorted.count, sorted[end].column == sorted[k].column { end += 1 }
            let above = k > 0 && sorted[k - 1].column == .full
            let below = end == sorted.count || sorted[end].column == .full
            let alone = !sorted.contains { other in
                other.column != .full && other.column != sorted[k].column
                    && other.bottom > sorted[k].top && other.top < sorted[end - 1].bottom
            }
            if above && below && alone { for m in k..<end { sorted[m].column = .full } }
            k = end
        }
        var segments = [[LayoutLine]]()
        var left = [LayoutLine](), right = [LayoutLine](), full = [LayoutLine]()
        func flushColumns() {
            if !left.isEmpty { segments.append(left) }
            if !right.isEmpty { segments.append(right) }
            left = []; right = []
        }
        for l in sorted {
            switch l.column {
            case .full:
                flushColumns()
                full.append(l)
            case .left, .right:
                if !full.isEmpty { segments.append(full); full = [] }
                if l.column == .left { left.append(l) } else { right.append(l) }
            }
        }
        flushColumns()
        if !full.isEmpty { segments.append(full) }
        return segments
    }

    /// `true` when no later segment of the same column (or a full-width one) lies below
    /// segment `s`: the foot of a column, where footnotes stand.
    static func isBottom(_ s: Int, of segments: [[LayoutLine]]) -> Bool {
        let column = segments[s][0].column
        let top = segments[s].last!.top
        for t in segments.indices where t > s {
            let other = segments[t][0].column
            if other == column || other == .full || column == .full, segments[t].contains(where: { $0.top > top }) { return false }
        }
        return true
    }

    /// Writes the body paragraphs, then the footnotes.
    private func emit(body segments: [[LayoutLine]], notes: [FootnoteZone.Note]) -> [Unicode.Scalar] {
        let breaker = ParagraphBreaker(segments: segments)
        var out = [Unicode.Scalar]()
        var previous: LayoutLine? = nil
        for segment in segments {
            for (k, line) in segment.enumerated() {
                var text = line.text[...]
                if let p = previous {
                    if breaker.breaks(p, line, sameSegment: k > 0) {
                        out += "\n\n".unicodeScalars
                    } else {
                        // A marker wrapped to the start of the line belongs to the word before.
                        if let n = line.leadingSuperscript, line.size > 0 {
                            let digits = String(n).unicodeScalars.count
                            out += text.prefix(digits)
                            text = text.dropFirst(digits).drop { $0 == " " }
                        }
                        out += Self.join(out, text)
                    }
                }
                out += text
                previous = line
            }
        }
        for note in notes {
            out += "\n\n".unicodeScalars
            for (k, line) in note.lines.enumerated() {
                if k > 0 { out += Self.join(out, line.text[...]) }
                out += line.text
            }
        }
        out.append("\n")
        return out
    }

    /// What goes between two lines of one paragraph or footnote. The layout already says they
    /// belong together, so a space joins them; only a line-end hyphen (a word or a compound
    /// broken over lines) and a URL broken over lines keep their line break, for the cleaner to
    /// decide. No line then starts with a number the cleaner could take for a footnote's.
    static func join(_ before: [Unicode.Scalar], _ next: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        let n = before.count
        if n >= 2, before[n - 1] == "-", before[n - 2].properties.isAlphabetic || before[n - 2].properties.numericType != nil {
            return next.first?.properties.numericType != nil ? [] : ["\n"]
        }
        var i = n
        while i > 0, before[i - 1] != " ", before[i - 1] != "\n" { i -= 1 }
        let token = before[i...]
        if token.contains("/") || token.starts(with: "www.".unicodeScalars) { return ["\n"] }
        return [" "]
    }
}
