import LexCyrCore

/// `missing-footnote`: a marker in the text whose footnote text is absent (lost by the PDF
/// extractor, or never written).
struct MissingFootnoteCheck: CitationCheck {
    static let rule = LintRule(code: "missing-footnote", severity: .error,
                               summary: "A footnote marker in the text has no footnote text.")

    func run(_ c: LintContext) -> [Diagnostic] {
        let ids = Set(c.document.footnotes.map(\.id))
        var reported = Set<Int>()
        return c.markers.compactMap { m in
            guard m.inSequence, !ids.contains(m.id), reported.insert(m.id).inserted else { return nil }
            // The message wording is relied on by the corpus harness (it reads the marker number).
            return rule.diagnostic("footnote marker \(m.id) has no footnote text", footnote: nil, span: m.span)
        }
    }
}

/// `orphan-footnote`: a footnote that no marker in the text points to. (A footnote whose marker
/// is printed out of order has one, and is reported by `footnote-order`.)
struct OrphanFootnoteCheck: CitationCheck {
    static let rule = LintRule(code: "orphan-footnote", severity: .warning,
                               summary: "A footnote has no marker in the text.")

    func run(_ c: LintContext) -> [Diagnostic] {
        let marked = Set(c.markers.map(\.id))
        return c.document.footnotes.compactMap { f in
            guard f.marker == nil, !marked.contains(f.id) else { return nil }
            return rule.diagnostic("footnote \(f.id) has no marker in the text", footnote: f.id, span: Span(start: 0, end: 0))
        }
    }
}

/// `footnote-order`: gaps in the footnote numbering, repeated markers, markers out of order.
///
/// Markers and footnote texts together give the numbers used; a number skipped by both is a
/// gap (a number skipped only by the footnotes is a `missing-footnote`). A marker behind the
/// sequence (see ``FootnoteMarker/inSequence``) is a repeat when its number already has a marker
/// in sequence, else a marker printed out of order — and so is the one that jumped ahead of it.
struct FootnoteOrderCheck: CitationCheck {
    static let rule = LintRule(code: "footnote-order", severity: .warning,
                               summary: "Footnote numbers skip a number, repeat, or their markers are out of order.")

    func run(_ c: LintContext) -> [Diagnostic] {
        var out = [Diagnostic]()
        let noteIDs = Set(c.document.footnotes.map(\.id))
        let inSequence = Set(c.markers.filter(\.inSequence).map(\.id))
        var previous = 0
        for n in Set(c.markers.map(\.id)).union(noteIDs).sorted() {
            if n > previous + 1 {
                let skipped = previous + 1 == n - 1 ? "\(n - 1)" : "\(previous + 1)–\(n - 1)"
                let message = previous == 0 ? "footnote numbering starts at \(n), not 1"
                    : "footnote numbering skips \(skipped): \(previous) is followed by \(n)"
                out.append(report(message, id: n, c))
            }
            previous = n
        }
        for (k, m) in c.markers.enumerated() where !m.inSequence {
            if inSequence.contains(m.id) {
                out.append(report("marker \(m.id) is repeated in the text", id: m.id, c, at: m))
                continue
            }
            let before = c.markers[..<k].last(where: \.inSequence).map { " (after marker \($0.id))" } ?? ""
            out.append(report("the marker of footnote \(m.id) is out of order\(before)", id: m.id, c, at: m))
            if let ahead = c.markers[..<k].first(where: { $0.inSequence && $0.id > m.id }) {
                out.append(report("marker \(ahead.id) comes before marker \(m.id)", id: ahead.id, c, at: ahead))
            }
        }
        return out
    }

    /// A finding about footnote `id`: at its text when it has one, else at its marker.
    private func report(_ message: String, id: Int, _ c: LintContext, at marker: FootnoteMarker? = nil) -> Diagnostic {
        if c.document.footnote(id) != nil {
            return rule.diagnostic(message, footnote: id, span: Span(start: 0, end: 0))
        }
        let span = marker?.span ?? c.markers.first { $0.id == id }?.span ?? Span(start: 0, end: 0)
        return rule.diagnostic(message, footnote: nil, span: span)
    }
}
