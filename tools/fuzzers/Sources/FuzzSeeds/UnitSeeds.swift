import LexCyr
import LexCyrFuzzTargets

/// Seeds in `ExtractorInput` form from a cleaned document: windows of body blocks with their
/// markers (U+0001) and, after form feeds, the footnotes those markers call; and runs of
/// footnotes alone (where the citations are).
enum UnitSeeds {
    static func seeds(_ cleaned: CleanedText, limit: Int) -> [[UInt8]] {
        let body = cleaned.body.scalars
        let noted = cleaned.footnotes.compactMap { f in f.marker.map { (offset: $0.start, text: f.text.scalars) } }
            .sorted { $0.offset < $1.offset }
        var out = [[UInt8]]()
        var k = 0
        let blocks = cleaned.blocks.isEmpty ? [Block(kind: .paragraph, lang: "ru", start: 0, end: body.count)] : cleaned.blocks
        while k < blocks.count {
            let start = blocks[k].start
            var end = blocks[k].end
            k += 1
            while k < blocks.count, utf8Count(body[start..<blocks[k].end]) < limit / 3 { end = blocks[k].end; k += 1 }
            end = min(end, start + limit / 3)
            var text = [Unicode.Scalar]()
            var notes = [[Unicode.Scalar]]()
            var at = start
            for n in noted where n.offset >= start && n.offset <= end {
                text += body[at..<n.offset] + [ExtractorInput.marker]
                at = n.offset
                notes.append(n.text)
            }
            text += body[at..<end]
            var size = utf8Count(text[...])
            for n in notes {
                size += utf8Count(n[...]) + 1
                if size > limit { break }
                text += [ExtractorInput.separator] + n
            }
            out.append(bytes(text))
        }
        // Footnotes without a body.
        var text = [Unicode.Scalar]()
        for f in cleaned.footnotes {
            if !text.isEmpty, utf8Count(text[...]) + utf8Count(f.text.scalars[...]) > limit { out.append(bytes(text)); text = [] }
            text += [ExtractorInput.separator] + f.text.scalars.prefix(limit / 2)
        }
        if !text.isEmpty { out.append(bytes(text)) }
        return out
    }

    private static func utf8Count(_ s: ArraySlice<Unicode.Scalar>) -> Int {
        s.reduce(0) { $0 + UTF8.width($1) }
    }

    private static func bytes(_ s: [Unicode.Scalar]) -> [UInt8] {
        Array(String(String.UnicodeScalarView(s)).utf8)
    }
}
