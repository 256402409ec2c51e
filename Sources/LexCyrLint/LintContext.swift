import LexCyrCore

/// Everything the checks share, computed once per document: scalar arrays, quotes, dates and
/// the stretch of footnote text each citation occupies.
///
/// The context, its notes and its citations are classes: the checks pass them around and
/// capture them in closures, and a reference costs one retain where a copy of the struct would
/// retain every array in it.
final class LintContext {
    /// One footnote, scanned.
    final class Note: ScannedText {
        /// Footnote number.
        let id: Int
        /// Formal citations in it (references nested in another one's title left out), in order.
        private(set) var citations: [Citation]

        /// The citation without its source: from where its text may start (the footnote's start
        /// for the first citation, whose title may come first) to the first `//`, `URL`, link or
        /// publication name outside quotes. Found on first use: most citations have every field
        /// the checks would look for there.
        func head(of citation: Citation) -> Range<Int> {
            let sourceStart = citation.sourceStart ?? SourceStart.find(in: scalars, citation.zone, quotes: quotes)
            citation.sourceStart = sourceStart
            return citation.lead..<max(citation.lead, sourceStart)
        }

        /// Scans footnote `id`, whose text is `scalars`; `citations` makes its citations from the
        /// scanned text.
        init(id: Int, scalars: [Unicode.Scalar], citations: (ScannedText) -> [Citation]) {
            self.id = id
            self.citations = []
            super.init(scalars, quotes: .whole)
            self.citations = citations(self)
        }
    }

    /// A formal citation and the stretch of its footnote it occupies.
    final class Citation {
        /// The reference.
        let act: ActReference
        /// From the reference's start to the next citation's start (or the end of the footnote),
        /// so that the URL and access date that follow the reference belong to it.
        let zone: Range<Int>
        /// Where the citation's text may start: the footnote's start for the first citation
        /// (whose title may come first), else the zone's.
        let lead: Int
        /// Where its source starts (see ``Note/head(of:)``), once looked for.
        fileprivate var sourceStart: Int?

        init(act: ActReference, zone: Range<Int>, lead: Int) {
            self.act = act
            self.zone = zone
            self.lead = lead
        }
    }

    /// The document linted.
    let document: Document
    /// Markers as the cleaner found them, in reading order.
    let markers: [FootnoteMarker]
    /// Today, ISO 8601.
    let today: String
    /// The body, scanned (quotes paired paragraph by paragraph).
    let body: ScannedText
    /// The footnotes, in order.
    let notes: [Note]
    /// Every citation of the document with its footnote, in document order.
    let citations: [(note: Note, citation: Citation)]

    /// Scans `document`, whose body and footnote texts are `body` and `footnotes` as scalars.
    init(document: Document, markers: [FootnoteMarker], today: String, body: [Unicode.Scalar], footnotes: [[Unicode.Scalar]]) {
        self.document = document
        self.markers = markers
        self.today = today
        self.body = ScannedText(body, quotes: .paragraphs)
        // Citations by footnote, as indices into `document.acts` (an act is copied once, into its ``Citation``).
        var actsByNote = [Int: [Int]]()
        for (k, a) in document.acts.enumerated() where a.isCitation {
            if let f = a.footnote { actsByNote[f, default: []].append(k) }
        }
        notes = zip(document.footnotes, footnotes).map { f, s in
            Note(id: f.id, scalars: s) { t in Self.citations(actsByNote[f.id] ?? [], of: document.acts, in: t.scalars, quotes: t.quotes) }
        }
        citations = notes.flatMap { n in n.citations.map { (n, $0) } }
    }

    /// Top-level citations of one footnote with their zones; `indices` point into `acts`.
    private static func citations(_ indices: [Int], of acts: [ActReference], in s: [Unicode.Scalar], quotes: QuoteScan) -> [Citation] {
        let sorted = indices.filter { acts[$0].start >= 0 && acts[$0].end <= s.count && acts[$0].start <= acts[$0].end }
            .sorted { (acts[$0].start, -acts[$0].end) < (acts[$1].start, -acts[$1].end) }
        var top = [Int]()
        for k in sorted {
            let a = acts[k]
            if let outer = top.last.map({ acts[$0] }), a.start >= outer.start, a.end <= outer.end, a.start > outer.start || a.end < outer.end { continue }
            if let outer = top.last.map({ acts[$0] }), outer.start == a.start, outer.end == a.end { continue }
            top.append(k)
        }
        return top.enumerated().map { k, index in
            let a = acts[index]
            let zoneEnd = k + 1 < top.count ? max(a.end, acts[top[k + 1]].start) : s.count
            let zone = a.start..<max(a.start, zoneEnd)
            return Citation(act: a, zone: zone, lead: k == 0 ? 0 : zone.lowerBound)
        }
    }
}

extension LintContext.Note {
    /// The first occurrence of `text` in `citation`'s zone, if any. A URL (`http…`, `www.…`) is
    /// looked for only where the landmarks put an `h` or a `w`.
    func find(_ text: String?, in citation: LintContext.Citation) -> Span? {
        guard let text, !text.isEmpty else { return nil }
        let needle = [Unicode.Scalar](unicodeScalarsOf: text)
        let zone = citation.zone
        guard needle[0] == "h" || needle[0] == "w" else {
            return Scalars.find(needle, in: scalars, zone).map { Span(start: $0, end: $0 + needle.count) }
        }
        let starts = landmarks.linkStarts
        var k = Landmarks.firstIndex(in: starts, notBefore: zone.lowerBound)
        while k < starts.count, starts[k] + needle.count <= zone.upperBound {
            let i = starts[k]
            if scalars[i..<(i + needle.count)].elementsEqual(needle) { return Span(start: i, end: i + needle.count) }
            k += 1
        }
        return nil
    }
}

extension LintContext.Citation {

    /// Span of the reference itself.
    var actSpan: Span { Span(start: act.start, end: act.end) }

    /// A short name for messages: `law № 148 of 2001-01-23`.
    var label: String {
        var parts = [act.type.spoken]
        if let n = act.number { parts.append("№ \(n)") }
        if let d = act.date { parts.append("of \(d)") }
        return parts.joined(separator: " ")
    }
}

extension ActReference.Kind {
    /// The kind in words (`constitutional law`).
    var spoken: String { rawValue.split(separator: "_").joined(separator: " ") }
}
