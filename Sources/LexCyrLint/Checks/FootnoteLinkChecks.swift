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

/// `orphan-footnote`: a footnote that no marker in the text points to. A footnote whose marker
/// is present but out of sequence is reported by `footnote-order` instead.
struct OrphanFootnoteCheck: CitationCheck {
    static let rule = LintRule(code: "orphan-footnote", severity: .warning,
                               summary: "A footnote has no marker in the text.")

    func run(_ c: LintContext) -> [Diagnostic] {
        let misplaced = Set(c.markers.filter { !$0.inSequence }.map(\.id))
        return c.document.footnotes.compactMap { f in
            guard f.marker == nil, !misplaced.contains(f.id) else { return nil }
            return rule.diagnostic("footnote \(f.id) has no marker in the text", footnote: f.id, span: Span(start: 0, end: 0))
        }
    }
}

/// `footnote-order`: gaps in the footnote numbering, repeated markers, markers out of order.
///
/// Markers and footnote texts together give the numbers used; a number skipped by both is a
/// gap (a number skipped only by the footnotes is a `missing-footnote`). A number glued to a word
/// like a marker but behind the sequence is a repeat when its footnote already has a marker,
/// and a misplaced marker when it has none.
struct FootnoteOrderCheck: CitationCheck {
    static let rule = LintRule(code: "footnote-order", severity: .warning,
                               summary: "Footnote numbers skip a number, repeat, or their markers are out of order.")

    func run(_ c: LintContext) -> [Diagnostic] {
        var out = [Diagnostic]()
        let noteIDs = Set(c.document.footnotes.map(\.id))
        let linked = c.markers.filter(\.inSequence)
        let linkedIDs = Set(linked.map(\.id))
        let used = linkedIDs.union(noteIDs).sorted()
        var previous = 0
        for n in used {
            if n > previous + 1 {
                let skipped = previous + 1 == n - 1 ? "\(n - 1)" : "\(previous + 1)–\(n - 1)"
                let message = previous == 0 ? "footnote numbering starts at \(n), not 1"
                    : "footnote numbering skips \(skipped): \(previous) is followed by \(n)"
                out.append(report(message, id: n, c, linked))
            }
            previous = n
        }
        for (k, m) in c.markers.enumerated() where !m.inSequence && looksLikeMarker(m, c.body) {
            if linkedIDs.contains(m.id) {
                out.append(report("marker \(m.id) is repeated in the text", id: m.id, c, linked, at: m))
            } else if noteIDs.contains(m.id) {
                let before = c.markers[..<k].last(where: \.inSequence).map { " (after marker \($0.id))" } ?? ""
                out.append(report("the marker of footnote \(m.id) is out of order\(before)", id: m.id, c, linked, at: m))
                // The marker that jumped ahead of it is out of order too.
                if let ahead = c.markers[..<k].first(where: { $0.inSequence && $0.id > m.id }) {
                    out.append(report("marker \(ahead.id) comes before marker \(m.id)", id: ahead.id, c, linked))
                }
            }
        }
        return out
    }

    /// A finding about footnote `id`: at its text when it has one, else at its marker.
    private func report(_ message: String, id: Int, _ c: LintContext, _ linked: [FootnoteMarker],
                        at marker: FootnoteMarker? = nil) -> Diagnostic {
        if c.document.footnote(id) != nil {
            return rule.diagnostic(message, footnote: id, span: Span(start: 0, end: 0))
        }
        let span = marker?.span ?? linked.first { $0.id == id }?.span ?? Span(start: 0, end: 0)
        return rule.diagnostic(message, footnote: nil, span: span)
    }

    /// Unit symbols and formulas (`м2`, `CO2`) are not markers: a stray marker follows a word of
    /// three letters or more, or a closing mark.
    private func looksLikeMarker(_ m: FootnoteMarker, _ body: [Unicode.Scalar]) -> Bool {
        let i = m.span.start
        guard i > 0, i <= body.count else { return false }
        if !Scalars.isLetter(body[i - 1]) { return "»\")”.".unicodeScalars.contains(body[i - 1]) }
        var j = i
        while j > 0, Scalars.isLetter(body[j - 1]) { j -= 1 }
        return i - j >= 3
    }
}
