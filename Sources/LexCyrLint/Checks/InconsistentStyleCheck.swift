import LexCyrCore

/// `inconsistent-style`: one article writing the same thing two ways — `N` and `№`, act dates
/// (or access dates) with the month in figures and in words, `г.` and `года` after a year, `ж.`
/// and `жылғы` in Kazakh dates.
///
/// Every use of the minority form gets a note with a fix to the majority form (a tie keeps `№`,
/// otherwise the form used first). Text inside quotation marks is a title quoted as enacted
/// (`«О внесении изменения в Указ … от 6 декабря 2004 года N 1484»` names the amended decree the
/// way the portal does) and is never counted or changed. Act dates and access dates are separate
/// groups: GOST R 7.0.5 itself writes access dates in figures.
struct InconsistentStyleCheck: CitationCheck {
    static let rule = LintRule(code: "inconsistent-style", severity: .note,
                               summary: "The article writes the same thing two ways: N and №, dates in figures and in words, г. and года, ж. and жылғы.")

    /// One use of a form.
    private struct Use {
        var footnote: Int?
        var span: Span
        /// The form's name (`№`, `words`, `г.`).
        var form: String
        /// The text as written (built only for the uses reported).
        var text: () -> String
        /// Replacement text for another form, by that form's name (built only for the uses reported).
        var rewrite: (String) -> String?
        /// Start of the date the use belongs to (for year words).
        var dateStart = -1
    }

    func run(_ c: LintContext) -> [Diagnostic] {
        var out = [Diagnostic]()
        out += report(numberSigns(c), preferred: "№") { u, m in "\(u.text()) used as the number sign; the rest of the article writes \(m)" }
        // Dates rewritten whole (by footnote and start) need no separate year-word fix.
        var rewritten = Set<[Int]>()
        for role in [ScannedDate.Role.act, .access] {
            let what = role == .act ? "act date" : "access date"
            let found = report(dateForms(c, role: role), preferred: nil) { u, m in
                "\(what) \(u.text()) is written in \(u.form); the rest of the article writes \(what)s in \(m)"
            }
            for d in found { if let s = d.span { rewritten.insert([d.footnote ?? -1, s.start]) } }
            out += found
        }
        for kazakh in [false, true] {
            let years = yearWords(c, kazakh: kazakh).filter { !rewritten.contains([$0.footnote ?? -1, $0.dateStart]) }
            out += report(years, preferred: nil) { u, m in "\(u.text()) after the year; the rest of the article writes \(m)" }
        }
        return out
    }

    /// Notes for the uses of the minority form; `message` words one from the use and the majority form.
    private func report(_ uses: [Use], preferred: String?, message: (Use, String) -> String) -> [Diagnostic] {
        // Few forms: counted in parallel arrays, no hashing per use.
        var forms = [String](), counts = [Int]()
        for u in uses {
            if let k = forms.firstIndex(of: u.form) { counts[k] += 1 } else { forms.append(u.form); counts.append(1) }
        }
        guard forms.count > 1, let first = uses.first?.form else { return [] }
        let best = counts.max() ?? 0
        let tied = forms.indices.filter { counts[$0] == best }.map { forms[$0] }
        let majority = tied.count == 1 ? tied[0] : (preferred.flatMap { tied.contains($0) ? $0 : nil } ?? first)
        return uses.filter { $0.form != majority }.map { u in
            let fix = u.rewrite(majority).map { Diagnostic.Fix(span: u.span, replacement: $0) }
            return rule.diagnostic(message(u, majority), footnote: u.footnote, span: u.span, fix: fix)
        }
    }

    private func numberSigns(_ c: LintContext) -> [Use] {
        var uses = [Use]()
        func scan(_ s: [Unicode.Scalar], _ footnote: Int?, signs: [Int], quotes: QuoteScan) {
            for i in signs where !quotes.isQuoted(i) {
                if NumberSign.isSignNo(s, i) {
                    uses.append(Use(footnote: footnote, span: Span(start: i, end: i + 1), form: "№", text: { "№" }, rewrite: { $0 == "N" ? "N" : nil }))
                } else if NumberSign.isSign(s, i) {
                    uses.append(Use(footnote: footnote, span: Span(start: i, end: i + 1), form: "N", text: { "N" }, rewrite: { $0 == "№" ? "№" : nil }))
                }
            }
        }
        scan(c.body, nil, signs: c.bodyLandmarks.numberSigns, quotes: c.bodyQuotes)
        for note in c.notes { scan(note.scalars, note.id, signs: note.landmarks.numberSigns, quotes: note.quotes) }
        return uses
    }

    private func dateForms(_ c: LintContext, role: ScannedDate.Role) -> [Use] {
        let dates = c.notes.flatMap { note in
            // English dates (`accessed 20 February 2024`) follow English style, not the article's.
            note.dates.filter { $0.role == role && $0.isValid && $0.language != .english && !note.quotes.isQuoted($0.span.start) }
                .map { (note, $0) }
        }
        // The rewrites are only made when both forms occur: only then is the rest worked out.
        let mixed = dates.contains { $0.1.form == .words } && dates.contains { $0.1.form == .numeric }
        let language = mixed ? Self.majority(dates.compactMap(\.1.language)) ?? .russian : .russian
        let wordsSuffix = !mixed || language == .kazakh ? "" : majoritySuffix(c, form: .words)
        let figuresSuffix = mixed ? majoritySuffix(c, form: .numeric) : ""
        return dates.map { note, d in
            let text = { Scalars.string(note.scalars, d.span.start..<d.span.end) }
            return d.form == .words
                ? Use(footnote: note.id, span: d.span, form: "words", text: text, rewrite: { $0 == "figures" ? d.inFigures + figuresSuffix : nil })
                : Use(footnote: note.id, span: d.span, form: "figures", text: text, rewrite: { $0 == "words" ? d.inWords(language) + wordsSuffix : nil })
        }
    }

    /// `г.` against `года`, and `ж.` against `жылғы`, each language on its own.
    private func yearWords(_ c: LintContext, kazakh: Bool) -> [Use] {
        c.notes.flatMap { note in
            note.dates.compactMap { d -> Use? in
                guard d.form == .words, let word = d.yearWord, word.isKazakh == kazakh, let span = d.yearWordSpan,
                      !note.quotes.isQuoted(d.span.start) else { return nil }
                let other: ScannedDate.YearWord = switch word {
                case .full: .abbreviated
                case .abbreviated: .full
                case .kazakhFull: .kazakhAbbreviated
                case .kazakhAbbreviated: .kazakhFull
                }
                return Use(footnote: note.id, span: span, form: word.text, text: { word.text },
                           rewrite: { $0 == other.text ? other.text : nil }, dateStart: d.span.start)
            }
        }
    }

    /// The year word most dates of `form` carry (` года`, ` г.`, ` ж.` or none), for rewritten dates.
    private func majoritySuffix(_ c: LintContext, form: ScannedDate.Form) -> String {
        var counts = [String: Int]()
        for note in c.notes {
            for d in note.dates where d.form == form && d.language != .kazakh {
                counts[d.yearWord.map { " " + $0.text } ?? "", default: 0] += 1
            }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? (form == .words ? " года" : "")
    }

    /// The most frequent element (the first seen on a tie).
    private static func majority<T: Hashable>(_ items: [T]) -> T? {
        var counts = [T: Int]()
        for x in items { counts[x, default: 0] += 1 }
        return items.first { counts[$0] == counts.values.max() }
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
