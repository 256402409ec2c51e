import LexCyrCore

/// Everything the checks share, computed once per document: scalar arrays, quotes, dates and
/// the stretch of footnote text each citation occupies.
struct LintContext {
    /// One footnote, scanned.
    struct Note {
        /// Footnote number.
        var id: Int
        /// Its text.
        var scalars: [Unicode.Scalar]
        /// Its quotation marks.
        var quotes: QuoteScan
        /// Its full dates.
        var dates: [ScannedDate]
        /// Formal citations in it (references nested in another one's title left out), in order.
        var citations: [Citation]
    }

    /// A formal citation and the stretch of its footnote it occupies.
    struct Citation {
        /// The reference.
        var act: ActReference
        /// From the reference's start to the next citation's start (or the end of the footnote),
        /// so that the URL and access date that follow the reference belong to it.
        var zone: Range<Int>
        /// The part of ``zone`` before the title's opening quote: type, issuer, date and number.
        var header: Range<Int>
        /// The citation without its source: from where its text may start (the footnote's start
        /// for the first citation, whose title may come first) to the first `//`, `URL`, link or
        /// publication name outside quotes.
        var head: Range<Int>
    }

    /// The document linted.
    let document: Document
    /// Markers as the cleaner found them, in reading order.
    let markers: [FootnoteMarker]
    /// Today, ISO 8601.
    let today: String
    /// The body's scalars.
    let body: [Unicode.Scalar]
    /// Quoted stretches of the body, scanned paragraph by paragraph.
    let bodyQuotes: QuoteScan
    /// Full dates in the body.
    let bodyDates: [ScannedDate]
    /// The footnotes, in order.
    let notes: [Note]

    /// Scans `document`.
    init(document: Document, markers: [FootnoteMarker], today: String) {
        self.document = document
        self.markers = markers
        self.today = today
        body = Array(document.text.unicodeScalars)
        bodyQuotes = QuoteScan(body, ranges: Self.paragraphs(body))
        bodyDates = DateScanner.scan(body, range: 0..<body.count)
        var actsByNote = [Int: [ActReference]]()
        for a in document.acts where a.isCitation {
            if let f = a.footnote { actsByNote[f, default: []].append(a) }
        }
        notes = document.footnotes.map { f in
            let s = Array(f.text.unicodeScalars)
            let quotes = QuoteScan(s, range: 0..<s.count)
            return Note(id: f.id, scalars: s, quotes: quotes, dates: DateScanner.scan(s, range: 0..<s.count),
                        citations: Self.citations(actsByNote[f.id] ?? [], in: s, quotes: quotes))
        }
    }

    /// Every citation of the document with its footnote, in document order.
    var citations: [(note: Note, citation: Citation)] {
        notes.flatMap { n in n.citations.map { (n, $0) } }
    }

    /// Top-level citations of one footnote with their zones.
    private static func citations(_ acts: [ActReference], in s: [Unicode.Scalar], quotes: QuoteScan) -> [Citation] {
        let sorted = acts.filter { $0.start >= 0 && $0.end <= s.count && $0.start <= $0.end }
            .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var top = [ActReference]()
        for a in sorted {
            if let outer = top.last, a.start >= outer.start, a.end <= outer.end, a.start > outer.start || a.end < outer.end { continue }
            if let outer = top.last, outer.start == a.start, outer.end == a.end { continue }
            top.append(a)
        }
        return top.enumerated().map { k, a in
            let zoneEnd = k + 1 < top.count ? max(a.end, top[k + 1].start) : s.count
            let zone = a.start..<max(a.start, zoneEnd)
            let titleStart = Scalars.find(["«"], in: s, zone) ?? Scalars.find(["\""], in: s, zone) ?? zone.upperBound
            let lead = k == 0 ? 0 : zone.lowerBound
            let head = lead..<max(lead, SourceStart.find(in: s, zone, quotes: quotes))
            return Citation(act: a, zone: zone, header: zone.lowerBound..<titleStart, head: head)
        }
    }

    /// Paragraph ranges of the body (separated by blank lines).
    private static func paragraphs(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out = [Range<Int>]()
        var start = 0
        var i = 0
        while i < s.count {
            if s[i] == "\n" {
                if i > start { out.append(start..<i) }
                start = i + 1
            }
            i += 1
        }
        if start < s.count { out.append(start..<s.count) }
        return out
    }
}

extension LintContext.Citation {
    /// The first occurrence of `text` in the zone, if any.
    func find(_ text: String?, in s: [Unicode.Scalar]) -> Span? {
        guard let text, !text.isEmpty else { return nil }
        let needle = Array(text.unicodeScalars)
        return Scalars.find(needle, in: s, zone).map { Span(start: $0, end: $0 + needle.count) }
    }

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
