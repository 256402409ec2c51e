import LexCyrCore

/// `impossible-date`: a date that does not exist (`31.02.2020`, month 13), in a footnote or the body.
struct ImpossibleDateCheck: CitationCheck {
    static let rule = LintRule(code: "impossible-date", severity: .error,
                               summary: "A date that does not exist (31.02.2020, month 13).")

    func run(_ c: LintContext) -> [Diagnostic] {
        var out = c.body.dates.filter { !$0.isValid }.map { report($0, footnote: nil, c.body.scalars) }
        for note in c.notes {
            out += note.dates.filter { !$0.isValid }.map { report($0, footnote: note.id, note.scalars) }
        }
        return out
    }

    private func report(_ d: ScannedDate, footnote: Int?, _ s: [Unicode.Scalar]) -> Diagnostic {
        let text = Scalars.string(s, d.span.start..<d.span.end)
        let why = d.month < 1 || d.month > 12 ? "there is no month \(d.month)"
            : "month \(d.month) of \(d.year) has \(DateScanner.days(inMonth: d.month, year: d.year)) days"
        return rule.diagnostic("\(text) is not a date: \(why)", footnote: footnote, span: d.span)
    }
}

/// `accessed-in-future`: an access date after today (`--today`).
struct AccessedInFutureCheck: CitationCheck {
    static let rule = LintRule(code: "accessed-in-future", severity: .warning,
                               summary: "A URL's access date is later than today.")

    func run(_ c: LintContext) -> [Diagnostic] {
        c.notes.flatMap { note in
            note.dates.filter { $0.role == .access && $0.isValid && $0.iso > c.today }.map { d in
                rule.diagnostic("access date \(d.iso) is after today (\(c.today))", footnote: note.id, span: d.span)
            }
        }
    }
}

/// `accessed-before-act`: a URL accessed before the act it cites was adopted.
struct AccessedBeforeActCheck: CitationCheck {
    static let rule = LintRule(code: "accessed-before-act", severity: .error,
                               summary: "A URL's access date is earlier than the date of the act it cites.")

    func run(_ c: LintContext) -> [Diagnostic] {
        c.citations.compactMap { note, citation in
            // The extractor's fields, else the citation's own text (a date before its source, an access date).
            func textDate() -> ScannedDate? {
                let head = note.head(of: citation)
                return note.dates.first { head.contains($0.span.start) && $0.role != .access && $0.isValid && !note.quotes.isQuoted($0.span.start) }
            }
            func textAccess() -> ScannedDate? {
                note.dates.first { citation.zone.contains($0.span.start) && $0.role == .access && $0.isValid }
            }
            guard let date = citation.act.date ?? textDate()?.iso, let accessed = citation.act.accessed ?? textAccess()?.iso else { return nil }
            // Compare at the precision both are written (`2017` against `2016-03-14`).
            guard Self.precedes(accessed, date) else { return nil }
            let at = note.dates.first { $0.role == .access && citation.zone.contains($0.span.start) }?.span ?? citation.actSpan
            return rule.diagnostic("access date \(accessed) is before the act's date \(date)", footnote: note.id, span: at)
        }
    }

    /// `true` when `a` sorts before `b` over the length of the shorter: byte by byte for ISO
    /// dates (ASCII), as strings otherwise.
    private static func precedes(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else {
            let n = min(a.count, b.count)
            return a.prefix(n) < b.prefix(n)
        }
        for (p, q) in zip(x, y) where p != q { return p < q }
        return false
    }
}
