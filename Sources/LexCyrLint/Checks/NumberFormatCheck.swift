import LexCyrCore

/// `number-format`: an act number that does not fit its jurisdiction and kind — a Russian
/// federal law without `-ФЗ`, a federal constitutional law without `-ФКЗ`, a ruling of the
/// Russian Constitutional Court without `-П` (постановление) or `-О` (определение), a Russian
/// government order (распоряжение) without `-р`, a Kazakh act with the Russian suffix.
///
/// The Russian kinds are found in the footnote text itself (``RussianNumbering``: `Федеральный
/// закон от … № 152`, `ФЗ № 152`, `Определение КС РФ … № 1567`, outside quoted titles), so the
/// check does not depend on the act extractor; the Kazakh rule reads the citations' jurisdiction.
struct NumberFormatCheck: CitationCheck {
    static let rule = LintRule(code: "number-format", severity: .warning,
                               summary: "An act number does not fit its jurisdiction and kind (a Russian federal law without -ФЗ, a Constitutional Court ruling without -П/-О).")

    func run(_ c: LintContext) -> [Diagnostic] {
        var out = [Diagnostic]()
        for note in c.notes {
            let russian = Set(note.citations.filter { $0.act.jurisdiction == "RU" }.map(\.act.start))
            let findings = RussianNumbering.findings(note.scalars, quotes: note.quotes, signs: note.landmarks.numberSigns,
                                                     russian: russian)
            for finding in findings {
                out.append(rule.diagnostic(finding.message, footnote: note.id, span: finding.span))
            }
            for citation in note.citations where citation.act.jurisdiction == "KZ" {
                guard let number = citation.act.number, Self.hasRussianSuffix(number) else { continue }
                let at = note.find(number, in: citation) ?? citation.actSpan
                out.append(rule.diagnostic("\(citation.label): Kazakh acts are not numbered with the Russian suffix -ФЗ",
                                           footnote: note.id, span: at))
            }
        }
        return out
    }

    /// `true` when `number` contains `ФЗ` or `ФКЗ` in any case (`12-фз`).
    private static func hasRussianSuffix(_ number: String) -> Bool {
        var previous: Unicode.Scalar = " ", beforePrevious: Unicode.Scalar = " "
        for c in number.unicodeScalars {
            let c = Scalars.lower(c)
            if c == "з", previous == "ф" || (previous == "к" && beforePrevious == "ф") { return true }
            beforePrevious = previous
            previous = c
        }
        return false
    }
}
