import LexCyrCore

/// Drops the space an extractor left between a superscript marker and the punctuation after it:
/// poppler's reading-order mode writes `депутатов3 , и`, which reads `депутатов , и` once the
/// marker is stripped.
enum MarkerSpacing {
    /// Removes such spaces where `markers` were stripped from `paragraphs`, and moves the offsets
    /// of the markers after them.
    static func tighten(_ paragraphs: inout [MappedText], markers: inout [MarkerLinker.Marker]) {
        // Markers come in reading order: paragraph by paragraph, offsets ascending.
        var k = 0
        while k < markers.count {
            let p = markers[k].paragraph
            var end = k
            while end < markers.count, markers[end].paragraph == p { end += 1 }
            let text = paragraphs[p]
            var drop = [Int]()
            for m in k..<end {
                let at = markers[m].offset
                if at + 1 < text.count, text.scalars[at] == " ", LineJoiner.isClosingPunctuation(text.scalars[at + 1]),
                   drop.last != at { drop.append(at) }
            }
            if !drop.isEmpty {
                var out = MappedText()
                out.reserveCapacity(text.count)
                var from = 0
                for at in drop {
                    out.append(contentsOf: text, range: from..<at)
                    from = at + 1
                }
                out.append(contentsOf: text, range: from..<text.count)
                paragraphs[p] = out
                for m in k..<end {
                    markers[m].offset -= drop.count { $0 < markers[m].offset }
                }
            }
            k = end
        }
    }
}
