/// Seeds from saved web pages: the page's head (without style sheets and comments), a window
/// of the article's blocks, and the footnotes those blocks link to.
enum HTMLWindows {
    /// Tags at which the body is cut into pieces.
    static let blockTags = ["<p", "<h1", "<h2", "<h3", "<h4", "<div", "<li", "<ol", "<ul", "<table", "<section",
                            "<article", "<main", "<nav", "<header", "<footer", "<aside", "<hr", "<blockquote"]

    static func windows(_ html: [UInt8], limit: Int) -> [[UInt8]] {
        let lower = Bytes.lowerASCII(html)
        guard let body = Bytes.find("<body", in: lower), let bodyOpen = Bytes.find(">", in: lower, from: body) else { return [] }
        let head = stripped(html, lower, upTo: bodyOpen + 1)
        let end = Bytes.find("</body", in: lower, from: bodyOpen) ?? html.count
        let notesStart = footnoteRegion(lower, from: bodyOpen, to: end) ?? end
        let pieces = cut(html, lower, from: bodyOpen + 1, to: notesStart)
        let notes = cut(html, lower, from: notesStart, to: end)
        let close = Array("\n</body></html>\n".utf8)

        var out = [[UInt8]]()
        var k = 0
        while k < pieces.count {
            var window = [UInt8]()
            while k < pieces.count, window.isEmpty || head.count + window.count + pieces[k].count < limit * 2 / 3 {
                window += pieces[k]
                k += 1
            }
            var seed = head + window
            for (j, note) in notes.enumerated() where linked(note, from: window) {
                let part = (j > 0 && !linked(notes[j - 1], from: window) ? notes[j - 1] : []) + note
                if seed.count + part.count + close.count > limit { break }
                seed += part
            }
            out.append(seed + close)
        }
        return out
    }

    /// The bytes before `end` without `<style>…</style>` and `<!--…-->`.
    private static func stripped(_ html: [UInt8], _ lower: [UInt8], upTo end: Int) -> [UInt8] {
        var out = [UInt8](), i = 0
        while i < end {
            for (open, shut) in [("<style", "</style>"), ("<!--", "-->")] where Bytes.find(open, in: lower, from: i, to: min(end, i + open.utf8.count)) == i {
                if let e = Bytes.find(shut, in: lower, from: i, to: end) { i = e + shut.utf8.count }
            }
            guard i < end else { break }
            out.append(html[i])
            i += 1
        }
        return out
    }

    /// Where the footnotes start: the container of the first element a `#…` link of the body
    /// points at.
    private static func footnoteRegion(_ lower: [UInt8], from: Int, to end: Int) -> Int? {
        var at = from
        var first: Int?
        while let h = Bytes.find("href=\"#", in: lower, from: at, to: end) {
            at = h + 7
            guard let q = Bytes.find("\"", in: lower, from: at, to: end), q > at, q - at < 40 else { continue }
            let id = String(decoding: lower[at..<q], as: UTF8.self)
            for form in ["id=\"\(id)\"", "id=\(id)>", "id=\(id) ", "name=\"\(id)\""] {
                if let t = Bytes.find(form, in: lower, from: q, to: end), t > h + 200 { first = min(first ?? t, t) }
            }
        }
        guard let first else { return nil }
        let containers = ["<ol", "<section", "<aside", "<footer", "<hr", "<div"].compactMap { Bytes.findLast($0, in: lower, before: first) }
        return containers.filter { first - $0 < 400 }.min() ?? Bytes.findLast("<", in: lower, before: first)
    }

    /// `html[from..<to]` cut before every block tag.
    private static func cut(_ html: [UInt8], _ lower: [UInt8], from: Int, to end: Int) -> [[UInt8]] {
        let starts = [from] + Bytes.all(blockTags, in: lower, from: from + 1, to: end) + [end]
        return zip(starts, starts.dropFirst()).compactMap { $0 < $1 ? Array(html[$0..<$1]) : nil }
    }

    /// `true` when `window` links to an id or name defined in `note`.
    private static func linked(_ note: [UInt8], from window: [UInt8]) -> Bool {
        let lower = Bytes.lowerASCII(note), lowerWindow = Bytes.lowerASCII(window)
        var at = 0
        while let h = Bytes.find("href=\"#", in: lowerWindow, from: at) {
            at = h + 7
            guard let q = lowerWindow[at...].firstIndex(of: 0x22) else { break }
            let id = String(decoding: lowerWindow[at..<q], as: UTF8.self)
            if ["id=\"\(id)\"", "id=\(id)>", "id=\(id) ", "name=\"\(id)\""].contains(where: { Bytes.find($0, in: lower) != nil }) { return true }
        }
        return false
    }
}
