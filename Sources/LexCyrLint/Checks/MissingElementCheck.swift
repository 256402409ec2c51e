import LexCyrCore

/// `missing-element`: a citation without an element GOST R 7.0.5 requires — the date, the number
/// (for the kinds of act that are numbered), the title, or the access date after a URL.
///
/// A field the act extractor left empty only counts as missing when the citation's own text
/// confirms it: no date before the title, no `№`, no quotation mark, no `дата обращения`.
struct MissingElementCheck: CitationCheck {
    static let rule = LintRule(code: "missing-element", severity: .warning,
                               summary: "A citation lacks its date, number, title, or the access date after its URL (GOST R 7.0.5).")

    private static let dated: Set<ActReference.Kind> = [.law, .constitutionalLaw, .code, .decree, .resolution, .order, .address, .courtDecision]
    private static let numbered: Set<ActReference.Kind> = [.law, .constitutionalLaw, .code, .decree, .resolution, .order]
    private static let titled: Set<ActReference.Kind> = [.law, .constitutionalLaw, .decree, .resolution, .order, .address]
    private static let accessWords: [[Unicode.Scalar]] = ["обращени", "доступа", "accessed", "қаралған"].map { Array($0.unicodeScalars) }

    func run(_ c: LintContext) -> [Diagnostic] {
        c.citations.compactMap { note, citation in
            let act = citation.act
            let s = note.scalars
            var missing = [String]()
            if Self.dated.contains(act.type), act.date == nil,
               !note.dates.contains(where: { citation.header.contains($0.span.start) }) {
                missing.append("date")
            }
            if Self.numbered.contains(act.type), act.number == nil, !hasNumberSign(s, citation.header) {
                missing.append("number")
            }
            if Self.titled.contains(act.type), act.title == nil, citation.header.upperBound == citation.zone.upperBound {
                missing.append("title")
            }
            if let url = act.url, act.accessed == nil {
                let after = citation.find(url, in: s).map { $0.end..<citation.zone.upperBound } ?? citation.zone
                let stated = note.dates.contains { $0.role == .access && after.contains($0.span.start) }
                    || Self.accessWords.contains { Scalars.containsWord(prefix: $0, in: s, after) }
                if !stated { missing.append("access date after the URL") }
            }
            guard !missing.isEmpty else { return nil }
            return rule.diagnostic("citation of \(citation.label) lacks its \(missing.joined(separator: ", "))",
                                   footnote: note.id, span: citation.actSpan)
        }
    }

    private func hasNumberSign(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where s[i] == "№" || (s[i] == "N" && NumberSign.isSign(s, i)) { return true }
        return false
    }
}
