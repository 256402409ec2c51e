import LexCyrCore

/// `number-format`: an act number that does not fit its jurisdiction and kind — a Russian
/// federal law without `-ФЗ`, a federal constitutional law without `-ФКЗ`, a Kazakh act with the
/// Russian suffix.
///
/// Federal laws are found in the footnote text itself (`Федеральный закон от … № 152`, outside
/// quoted titles), so the check does not depend on the act extractor; the Kazakh rule reads the
/// citations' jurisdiction.
struct NumberFormatCheck: CitationCheck {
    static let rule = LintRule(code: "number-format", severity: .warning,
                               summary: "An act number does not fit its jurisdiction and kind (a Russian federal law without -ФЗ).")

    private static let federal = Array("федеральн".unicodeScalars)
    private static let constitutional = Array("конституционн".unicodeScalars)

    func run(_ c: LintContext) -> [Diagnostic] {
        var out = [Diagnostic]()
        for note in c.notes {
            out += federalLaws(note)
            for citation in note.citations where citation.act.jurisdiction == "KZ" {
                guard let number = citation.act.number, number.uppercased().contains("ФЗ") || number.uppercased().contains("ФКЗ") else { continue }
                let at = citation.find(number, in: note.scalars) ?? citation.actSpan
                out.append(rule.diagnostic("\(citation.label): Kazakh acts are not numbered with the Russian suffix -ФЗ",
                                           footnote: note.id, span: at))
            }
        }
        return out
    }

    /// `Федеральный [конституционный] закон … № N` whose number lacks its suffix.
    private func federalLaws(_ note: LintContext.Note) -> [Diagnostic] {
        let s = note.scalars
        var out = [Diagnostic]()
        var i = 0
        while i < s.count {
            defer { i += 1 }
            guard Scalars.lower(s[i]) == "ф", i == 0 || !Scalars.isLetter(s[i - 1]), !note.quotes.isQuoted(i),
                  Scalars.containsWord(prefix: Self.federal, in: s, i..<min(s.count, i + Self.federal.count)) else { continue }
            // The citation's header: up to its title, the next citation or the next federal act.
            var end = i + Self.federal.count
            while end < s.count, s[end] != "«", s[end] != ";", s[end] != "\"",
                  !(Scalars.lower(s[end]) == "ф" && Scalars.containsWord(prefix: Self.federal, in: s, end..<min(s.count, end + Self.federal.count))) {
                end += 1
            }
            guard let number = numberSpan(s, i..<end) else { continue }
            let isConstitutional = Scalars.containsWord(prefix: Self.constitutional, in: s, i..<number.start)
            guard Scalars.containsWord(prefix: Array("закон".unicodeScalars), in: s, i..<number.start) else { continue }
            let suffix = isConstitutional ? "-ФКЗ" : "-ФЗ"
            let written = Scalars.string(s, number.start..<number.end)
            guard !written.uppercased().hasSuffix(suffix) else { continue }
            let example = Scalars.leadingNumber(written).map { "\($0)\(suffix)" } ?? "N\(suffix)"
            let kind = isConstitutional ? "federal constitutional law" : "federal law"
            out.append(rule.diagnostic("\(kind) № \(written): a Russian \(kind) is numbered like \(example)",
                                       footnote: note.id, span: number))
            i = end - 1
        }
        return out
    }

    /// The number after `№` (or a Latin `N`) in `range`: digits, letters and hyphens.
    private func numberSpan(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Span? {
        guard let sign = range.first(where: { s[$0] == "№" || (s[$0] == "N" && NumberSign.isSign(s, $0)) }) else { return nil }
        var start = sign + 1
        while start < range.upperBound, Scalars.isSpace(s[start]) { start += 1 }
        var end = start
        while end < s.count, Scalars.digit(s[end]) != nil || Scalars.isLetter(s[end]) || s[end] == "-" || s[end] == "–" { end += 1 }
        return end > start ? Span(start: start, end: end) : nil
    }
}
