import LexCyrCore

/// `missing-element`: a citation without an element GOST R 7.0.5 requires — the date, the number
/// (for the kinds of act that are numbered), the title, or the access date after a URL (for any
/// footnote that gives a link, act or not).
///
/// A field the act extractor left empty only counts as missing when the citation's own text
/// confirms it: no date, no `№` and no quotation mark before the source (`//`, `URL`, the
/// publication), no `дата обращения` / `қаралған күні` after the link.
struct MissingElementCheck: CitationCheck {
    static let rule = LintRule(code: "missing-element", severity: .warning,
                               summary: "A citation lacks its date, number, title, or the access date after its URL (GOST R 7.0.5).")

    private static let dated: KindSet = [.law, .constitutionalLaw, .code, .decree, .resolution, .order, .address, .courtDecision]
    private static let numbered: KindSet = [.law, .constitutionalLaw, .code, .decree, .resolution, .order]
    /// Courts whose decisions are always numbered (`№ 12-П`, Plenum resolutions `№ 25`).
    private static let numberingCourts: Set<String> = ["constitutional_court", "constitutional_council", "supreme_court"]
    private static let titled: KindSet = [.law, .constitutionalLaw, .decree, .resolution, .order, .address]
    /// `«`, `»`, `"`, `“`, `”` or `„`.
    private static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "«", "»", "\"", "“", "”", "„": true
        default: false
        }
    }

    func run(_ c: LintContext) -> [Diagnostic] {
        var out = c.citations.compactMap { note, citation -> Diagnostic? in
            let missing = missingElements(citation, in: note)
            guard !missing.isEmpty else { return nil }
            return rule.diagnostic("citation of \(citation.label) lacks its \(missing.joined(separator: ", "))",
                                   footnote: note.id, span: citation.actSpan)
        }
        for note in c.notes { out += linksWithoutAccessDate(note) }
        return out
    }

    private func missingElements(_ citation: LintContext.Citation, in note: LintContext.Note) -> [String] {
        let act = citation.act
        let s = note.scalars
        // The head is looked for only when a field is missing.
        var head: Range<Int> { note.head(of: citation) }
        func unquoted(_ i: Int) -> Bool { !note.quotes.isQuoted(i) }
        var missing = [String]()
        if Self.dated.contains(act.type), act.date == nil,
           !note.dates.contains(where: { head.contains($0.span.start) && $0.role != .access && unquoted($0.span.start) }) {
            missing.append("date")
        }
        let numbered = Self.numbered.contains(act.type)
            || (act.type == .courtDecision && act.issuer.map(Self.numberingCourts.contains) == true)
        if numbered, act.number == nil,
           !head.contains(where: { (s[$0] == "№" || (s[$0] == "N" && NumberSign.isSign(s, $0))) && unquoted($0) }) {
            missing.append("number")
        }
        if Self.titled.contains(act.type), act.title == nil, !head.contains(where: { Self.isQuoteMark(s[$0]) }) {
            missing.append("title")
        }
        let link = note.find(act.url, in: citation) ?? Links.starts(in: note, citation.zone).first.map { Span(start: $0, end: $0) }
        if let link, !Links.isIdentifier(s, at: link.start), act.accessed == nil,
           !Links.accessStated(in: note, citation.zone) {
            missing.append("access date after the URL")
        }
        return missing
    }

    /// Links outside every citation (a web page, an article online) without an access date.
    private func linksWithoutAccessDate(_ note: LintContext.Note) -> [Diagnostic] {
        let s = note.scalars
        let starts = Links.starts(in: note, 0..<s.count)
        return starts.enumerated().compactMap { k, start -> Diagnostic? in
            guard !note.citations.contains(where: { $0.zone.contains(start) }), !Links.isIdentifier(s, at: start) else { return nil }
            let next = k + 1 < starts.count ? starts[k + 1] : s.count
            guard !Links.accessStated(in: note, start..<next) else { return nil }
            let end = Links.end(in: s, from: start)
            return rule.diagnostic("the link \(Scalars.string(s, start..<end)) is given without its access date (дата обращения)",
                                   footnote: note.id, span: Span(start: start, end: end))
        }
    }
}
