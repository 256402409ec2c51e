/// Seeds from poppler's XML (`pdftohtml -xml`): small, well-formed documents holding a window
/// of one page's `<text>` runs, the last runs of a page with the first of the next (page joins),
/// and the first and last runs of every page (running heads, feet, page numbers).
enum XMLWindows {
    static func windows(_ xml: [UInt8], limit: Int) -> [[UInt8]] {
        guard let firstPage = Bytes.find("<page", in: xml) else { return [] }
        let prolog = Array(xml[..<firstPage])
        let close = Array("</page>\n</pdf2xml>\n".utf8)
        var pages = [(tag: [UInt8], fonts: [UInt8], runs: [[UInt8]])]()
        var fonts = [UInt8]()
        var at = firstPage
        while let start = Bytes.find("<page", in: xml, from: at), let tagEnd = Bytes.find(">", in: xml, from: start),
              let end = Bytes.find("</page>", in: xml, from: tagEnd) {
            var runs = [[UInt8]]()
            var k = tagEnd + 1
            while k < end {
                if let f = Bytes.find("<fontspec", in: xml, from: k, to: end), Bytes.find("<text", in: xml, from: k, to: end).map({ f < $0 }) ?? true {
                    guard let e = Bytes.find("/>", in: xml, from: f, to: end) else { break }
                    fonts += xml[f..<(e + 2)] + [0x0A]
                    k = e + 2
                } else if let t = Bytes.find("<text", in: xml, from: k, to: end), let e = Bytes.find("</text>", in: xml, from: t, to: end) {
                    runs.append(Array(xml[t..<(e + 7)]) + [0x0A])
                    k = e + 7
                } else {
                    break
                }
            }
            pages.append((Array(xml[start...tagEnd]) + [0x0A], fonts, runs))
            at = end + 7
        }
        var out = [[UInt8]]()
        for (p, page) in pages.enumerated() {
            // Consecutive runs of one page.
            let open = prolog + page.tag + page.fonts
            var doc = open
            for run in page.runs {
                if doc.count + run.count + close.count > limit, doc.count > open.count {
                    out.append(doc + close)
                    doc = open
                }
                doc += run
            }
            out.append(doc + close)
            // The page's end and the next page's start.
            if p + 1 < pages.count {
                let half = (limit - open.count - pages[p + 1].tag.count - close.count - 8) / 2
                let tail = suffix(page.runs, bytes: half), head = prefix(pages[p + 1].runs, bytes: half)
                out.append(open + tail.joined() + Array("</page>\n".utf8) + pages[p + 1].tag + head.joined() + close)
            }
        }
        // Every page's first and last runs.
        var skeleton = prolog
        for (p, page) in pages.enumerated() {
            let part = page.tag + (p == 0 ? pages[pages.count - 1].fonts : []) + page.runs.prefix(2).joined() + page.runs.suffix(2).joined() + Array("</page>\n".utf8)
            if skeleton.count + part.count + 12 > limit { break }
            skeleton += part
        }
        out.append(skeleton + Array("</pdf2xml>\n".utf8))
        return out
    }

    private static func prefix(_ runs: [[UInt8]], bytes: Int) -> [[UInt8]] {
        var n = 0
        return Array(runs.prefix { n += $0.count; return n <= bytes })
    }

    private static func suffix(_ runs: [[UInt8]], bytes: Int) -> [[UInt8]] {
        Array(prefix(runs.reversed(), bytes: bytes).reversed())
    }
}
