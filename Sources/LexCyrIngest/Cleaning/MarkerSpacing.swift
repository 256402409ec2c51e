import LexCyrCore

/// Drops the space an extractor left between a superscript marker and the punctuation after it:
/// poppler's reading-order mode writes `депутатов3 , и`, which reads `депутатов , и` once the
/// marker is stripped.
enum MarkerSpacing {
    private static let closing = Set(".,;:!?)»”".unicodeScalars)

    /// Removes such spaces where `markers` were stripped from `paragraphs`, and moves the offsets
    /// of the markers after them.
    static func tighten(_ paragraphs: inout [MappedText], markers: inout [MarkerLinker.Marker]) {
        var byParagraph = [Int: [Int]]()
        for (k, m) in markers.enumerated() { byParagraph[m.paragraph, default: []].append(k) }
        for (p, indices) in byParagraph {
            let text = paragraphs[p]
            var drop = Set<Int>()
            for k in indices {
                let at = markers[k].offset
                if at + 1 < text.count, text.scalars[at] == " ", closing.contains(text.scalars[at + 1]) { drop.insert(at) }
            }
            guard !drop.isEmpty else { continue }
            var out = MappedText()
            out.reserveCapacity(text.count)
            for i in 0..<text.count where !drop.contains(i) { out.append(text.scalars[i], origin: Int(text.origins[i])) }
            paragraphs[p] = out
            for k in indices {
                markers[k].offset -= drop.count { $0 < markers[k].offset }
            }
        }
    }
}
