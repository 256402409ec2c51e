/// Puts back in its place a footnote number that `pdftotext`'s default mode printed after the
/// notes of its page.
///
/// The mode prints a superscript number as a block of its own, and now and then orders that
/// block after the notes: `1⏎⏎Text of 1.⏎Text of 2…⏎3⏎Text of 3.⏎2⏎⏎`. Note 2's text then reads
/// as the end of note 1, and the stray `2` as the end of note 3. A number standing alone after a
/// later note of its page, announced by its marker and not seen yet, goes back between the notes
/// before and after it: to the line break where a sentence ends and a note can start, after the
/// shortest such line (a note's last line is short; its other lines are full).
enum FootnoteNumberOrder {
    /// `s` with stray footnote numbers moved.
    static func repair(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pages = PlainTextPages(s)
        let lines = pages.lines
        var started = [Int: Int]()   // note number → its start line
        for k in pages.noteStarts { started[pages.noteNumbers[k]!] = k }
        var moves = [(from: Int, to: Int)]()   // line of the stray number, line it goes before
        for k in lines.indices where pages.isNumber(k, s) && pages.noteNumbers[k] == nil {
            var n = 0
            for i in lines[k].range { n = n * 10 + s[i].asciiDigit! }
            guard started[n] == nil, let marker = pages.markerLines[n], marker < k,
                  let before = started[n - 1], let after = started[n + 1], before < after, after < k,
                  lines[before].page == lines[k].page, lines[after].page == lines[k].page,
                  let to = boundary(lines, s, from: before, to: after) else { continue }
            moves.append((k, to))
            started[n] = to
        }
        guard !moves.isEmpty else { return s }
        var insertAt = [Int: Int](), drop = Set<Int>()
        for m in moves { insertAt[m.to] = m.from; drop.insert(m.from) }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.count)
        var at = 0
        for k in lines.indices {
            let r = lines[k].range
            if let from = insertAt[k] {
                out += s[at..<r.lowerBound]
                out += s[lines[from].range]
                out.append("\n")
                at = r.lowerBound
            }
            if drop.contains(k) {
                out += s[at..<r.lowerBound]
                at = r.upperBound
            }
        }
        out += s[at...]
        return out
    }

    /// The line that opens the lost note among the text lines of the note at `from` (before the
    /// note at `to`): the line after the shortest line that ends a sentence, if it opens as a
    /// note opens.
    private static func boundary(_ lines: [PlainTextPages.Line], _ s: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        var best: (line: Int, length: Int)? = nil
        var k = from
        while k + 1 < to {
            defer { k += 1 }
            let a = lines[k].range, b = lines[k + 1].range
            guard !a.isEmpty, !b.isEmpty, ".)»".unicodeScalars.contains(s[a.upperBound - 1]) else { continue }
            let first = s[b.lowerBound]
            guard first.isUpperLetter || first == "«" || first == "\"" else { continue }
            if best == nil || a.count < best!.length { best = (k + 1, a.count) }
        }
        return best?.line
    }
}
