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

    /// One use of a form. Its text and rewrite are kept as data and built only for the uses
    /// reported (no closure, no string per use).
    private struct Use {
        var footnote: Int?
        var span: Span
        /// The form's name (`№`, `words`, `г.`).
        var form: String
        /// How the use is rewritten into another form.
        var rewrite: Rewrite
        /// Start of the date the use belongs to (for year words).
        var dateStart = -1
        /// The footnote a date is read from; `nil` for signs and year words, written as their form.
        var note: LintContext.Note?

        /// The text as written.
        func text() -> String {
            note.map { Scalars.string($0.scalars, span.start..<span.end) } ?? form
        }
    }

    /// What a use becomes in another form.
    private enum Rewrite {
        /// The other form itself (`N` for `№`, `года` for `г.`).
        case to(String)
        /// A date in words, written in figures with this year word.
        case inFigures(ScannedDate, suffix: String)
        /// A date in figures, written in words of this language with this year word.
        case inWords(ScannedDate, MonthNames.Language, suffix: String)

        /// The replacement text in the form named `form`, if the use can be written in it.
        func replacement(in form: String) -> String? {
            switch self {
            case .to(let other): form == other ? other : nil
            case .inFigures(let d, let suffix): form == "figures" ? d.inFigures + suffix : nil
            case .inWords(let d, let language, let suffix): form == "words" ? d.inWords(language) + suffix : nil
            }
        }
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
            let fix = u.rewrite.replacement(in: majority).map { Diagnostic.Fix(span: u.span, replacement: $0) }
            return rule.diagnostic(message(u, majority), footnote: u.footnote, span: u.span, fix: fix)
        }
    }

    private func numberSigns(_ c: LintContext) -> [Use] {
        var uses = [Use]()
        func scan(_ s: [Unicode.Scalar], _ footnote: Int?, signs: [Int], quotes: QuoteScan) {
            for i in signs where !quotes.isQuoted(i) {
                if NumberSign.isSignNo(s, i) {
                    uses.append(Use(footnote: footnote, span: Span(start: i, end: i + 1), form: "№", rewrite: .to("N")))
                } else if NumberSign.isSign(s, i) {
                    uses.append(Use(footnote: footnote, span: Span(start: i, end: i + 1), form: "N", rewrite: .to("№")))
                }
            }
        }
        scan(c.body.scalars, nil, signs: c.body.landmarks.numberSigns, quotes: c.body.quotes)
        for note in c.notes { scan(note.scalars, note.id, signs: note.landmarks.numberSigns, quotes: note.quotes) }
        return uses
    }

    private func dateForms(_ c: LintContext, role: ScannedDate.Role) -> [Use] {
        var dates = [(note: LintContext.Note, date: ScannedDate)]()
        var words = false, figures = false
        for note in c.notes {
            // English dates (`accessed 20 February 2024`) follow English style, not the article's.
            for d in note.dates where d.role == role && d.isValid && d.language != .english && !note.quotes.isQuoted(d.span.start) {
                dates.append((note, d))
                if d.form == .words { words = true } else { figures = true }
            }
        }
        // The rewrites are only made when both forms occur: only then is the rest worked out.
        let mixed = words && figures
        let language = mixed ? Self.majority(dates.compactMap(\.date.language)) ?? .russian : .russian
        let wordsSuffix = !mixed || language == .kazakh ? "" : majoritySuffix(c, form: .words)
        let figuresSuffix = mixed ? majoritySuffix(c, form: .numeric) : ""
        return dates.map { note, d in
            d.form == .words
                ? Use(footnote: note.id, span: d.span, form: "words", rewrite: .inFigures(d, suffix: figuresSuffix), note: note)
                : Use(footnote: note.id, span: d.span, form: "figures", rewrite: .inWords(d, language, suffix: wordsSuffix), note: note)
        }
    }

    /// `г.` against `года`, and `ж.` against `жылғы`, each language on its own.
    private func yearWords(_ c: LintContext, kazakh: Bool) -> [Use] {
        var uses = [Use]()
        for note in c.notes {
            for d in note.dates {
                guard d.form == .words, let word = d.yearWord, word.isKazakh == kazakh, let span = d.yearWordSpan,
                      !note.quotes.isQuoted(d.span.start) else { continue }
                let other: ScannedDate.YearWord = switch word {
                case .full: .abbreviated
                case .abbreviated: .full
                case .kazakhFull: .kazakhAbbreviated
                case .kazakhAbbreviated: .kazakhFull
                }
                uses.append(Use(footnote: note.id, span: span, form: word.text, rewrite: .to(other.text), dateStart: d.span.start))
            }
        }
        return uses
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
