/// Turns the pieces read by ``DatePhraseParser`` into what the text states: closed periods
/// (`с 1993 по 1995 годы`, `1993–1995 гг.`, `from 1993 to 1995`, `23–25 марта 2020 г.`,
/// `1993 жылдан 1995 жылға дейін`), open periods (`с 2011 года`, `since 2011`,
/// `2011 жылдан бастап`), lists that share a date word (`в 2022 и 2023 годах`,
/// `8 и 9 декабря 1993 года`), and single dates.
///
/// `до 2025 года` is reported as the date 2025 and not as a period: `до` is exclusive as often
/// as not (`До 1993 года … функционировала советская система`), and ``DateMatch/until`` is inclusive.
struct PeriodCombiner {
    /// The tokens read.
    let tokens: DateTokens
    /// The parser that reads the second end of a period.
    let parser: DatePhraseParser
    /// Accepts bare years that stand alone.
    let bareYears: BareYearRule
    /// Reads the full dates of references (`2009. 13 февр.`, `(2021, March 19)`).
    let references: ReferenceDateReader

    /// Creates a combiner over `tokens`.
    init(tokens: DateTokens, parser: DatePhraseParser) {
        self.tokens = tokens
        self.parser = parser
        self.bareYears = BareYearRule(tokens: tokens)
        self.references = ReferenceDateReader(tokens: tokens, parser: parser)
    }

    /// What `a` is part of, or `nil` when it is no date (a bare number nothing completes).
    func match(_ a: DatePiece) -> DateMatch? {
        guard let m = combine(a) else { return nil }
        return isBeforeCommonEra(m.end) ? nil : m
    }

    private func combine(_ a: DatePiece) -> DateMatch? {
        // `с конца 1980-х`: the preposition stands before the phase of the decade or century.
        let openerAt = parser.phaseStart(before: a.first) - 1
        let opener: WordKey = tokens.isWord(openerAt) ? tokens.key(openerAt) : Self.noWord
        if let m = closedPeriod(a, opener: opener, at: openerAt) ?? kazakhPeriod(a) { return m }
        var bibliographic = false
        if !a.marked {
            if let p = references.apaDate(a) ?? references.issueDay(after: a) {
                return DateMatch(value: p, until: nil, isPeriod: false, first: a.first, end: p.end, bibliographic: true)
            }
            guard let reason = bareYears.reason(a) else { return coordinated(a) }
            bibliographic = reason == .bibliographic
        } else if !a.hasYear {
            return coordinated(a)
        }
        let single = a.standingAlone
        if DateVocabulary.openPeriodOpeners.contains(opener) && !bibliographic {
            return DateMatch(value: single, until: nil, isPeriod: true, first: openerAt, end: a.end)
        }
        if a.direction == .from, tokens.isWord(a.end), DateVocabulary.kazakhSince.contains(tokens.key(a.end)) {
            return DateMatch(value: single, until: nil, isPeriod: true, first: a.first, end: a.end + 1)
        }
        return DateMatch(value: single, until: nil, isPeriod: false, first: a.first, end: a.end, bibliographic: bibliographic)
    }

    /// `A – B`, `с A по B`, `from A to B`, `between A and B`.
    private func closedPeriod(_ a: DatePiece, opener: WordKey, at openerAt: Int) -> DateMatch? {
        // `XIX ғасырдың соңы – XX ғасырдың басы`
        let j = a.marked ? parser.phaseEnd(after: a.end) : a.end
        // `2019/2020 учебного года`: a slash between two years written together.
        let dash = tokens.isDash(j) || (tokens.isChar(j, "/") && tokens.touchesNext(j - 1) && tokens.touchesNext(j))
        if !dash {
            guard tokens.isWord(j), let openers = DateVocabulary.periodClosers[tokens.key(j)],
                  openers.contains(opener) else { return nil }
        }
        var start = a
        // `конца XIX – начала XX века`, `с конца 1980-х до середины 1990-х`
        let next = parser.phaseEnd(before: j + 1)
        var second = parser.piece(at: next)
        if let y = a.year, a.month == nil, second.map({ !$0.hasYear && $0.month == nil }) ?? true {
            // `1993–95 гг.`, `2023–24 гг.`: two digits after a year are the end of its decade or century.
            second = parser.shortYear(at: next, after: y) ?? second
        }
        guard var end = second, let until = end.year else { return nil }
        if !a.marked && !end.marked {
            // Two bare numbers: a period only after a preposition, never a sum (`от 1000 до 2000 тенге`).
            guard DateVocabulary.rangePrepositions.contains(opener), opener != Self.from,
                  !bareYears.isCounted(after: end.end - 1) else { return nil }
        } else if dash && !end.marked {
            return nil
        }
        if end.scale == .decade, start.scale == .calendar, !start.marked, start.month == nil, let y = start.year, y % 10 == 0 {
            start.scale = .decade
        }
        if start.scale == .century && !start.marked && end.scale != .century { return nil }
        guard start.scale == end.scale else { return nil }
        if start.year == nil {
            if start.month == nil {
                guard let m = end.month, end.day != nil else { return nil }
                start.month = m
            }
            start.year = until
        }
        guard start.isValid, end.isValid, start.earliest < end.earliest, start.latest < end.latest else { return nil }
        end.kazakhDecade = false
        let withOpener = DateVocabulary.periodOpeners.contains(opener)
        return DateMatch(value: start, until: end, isPeriod: true, first: withOpener ? openerAt : a.first, end: end.end)
    }

    /// `до н. э.`, `б.з.д.`, `BC`, `B.C.` at `j`: years of the ancient world are out of scope.
    private func isBeforeCommonEra(_ j: Int) -> Bool {
        // ICU keeps `н.э`, `б.з.д` and `B.C` whole when written without spaces.
        let key = tokens.key(j)
        if Self.eraMarks.contains(key) { return true }
        guard key == Self.before else { return false }
        let next = tokens.key(j + 1)
        return next == Self.commonEra || (next == Self.commonEraN && tokens.key(j + 3) == Self.commonEraE)
    }

    /// `1993 жылдан 1995 жылға дейін`.
    private func kazakhPeriod(_ a: DatePiece) -> DateMatch? {
        guard a.direction == .from, a.hasYear, let b = parser.piece(at: a.end), b.direction == .to, b.hasYear,
              tokens.isWord(b.end), DateVocabulary.kazakhUntil.contains(tokens.key(b.end)),
              a.scale == b.scale, a.earliest < b.earliest else { return nil }
        return DateMatch(value: a, until: b, isPeriod: true, first: a.first, end: b.end + 1)
    }

    /// A bare year, a day or a month that borrows the rest from the last item of its list:
    /// `2022` in `в 2022 и 2023 годах`, `8` in `8 и 9 декабря 1993 года`, `январе` in
    /// `в январе и феврале 2021 года`.
    private func coordinated(_ a: DatePiece) -> DateMatch? {
        var j = a.end
        for _ in 0..<6 {
            let joins = tokens.isChar(j, ",") || (tokens.isWord(j) && DateVocabulary.coordinators.contains(tokens.key(j)))
            guard joins else { return nil }
            // `в 2019 и в 2020 гг.`
            let next = Self.listPrepositions.contains(tokens.key(j + 1)) ? j + 2 : j + 1
            guard let b = parser.piece(at: next) else { return nil }
            if b.marked && b.hasYear {
                return borrow(a, from: b)
            }
            guard (a.year == nil) == (b.year == nil), (a.month == nil) == (b.month == nil),
                  (a.day == nil) == (b.day == nil) else { return nil }
            j = b.end
        }
        return nil
    }

    /// Keys compared often, hashed once (a literal is hashed at each comparison).
    private static let noWord: WordKey = ""
    private static let from: WordKey = "от"
    private static let before: WordKey = "до"
    private static let commonEra: WordKey = "н.э"
    private static let commonEraN: WordKey = "н"
    private static let commonEraE: WordKey = "э"
    private static let eraMarks: WordKeySet = ["bc", "bce", "b.c", "б.з.д"]

    private static let listPrepositions: WordKeySet = ["в", "во", "in"]

    private func borrow(_ a: DatePiece, from b: DatePiece) -> DateMatch? {
        var p = a
        if a.year != nil {
            // A bare year needs a plural year word on the list's last item.
            guard b.scale == .calendar, b.month == nil, b.plural else { return nil }
            p.marked = true
        } else if a.month == nil {
            guard let m = b.month, let d = b.day, let day = a.day, day < d else { return nil }
            p.month = m
            p.year = b.year
        } else {
            guard b.month != nil, (a.day == nil) == (b.day == nil) else { return nil }
            p.year = b.year
        }
        guard p.isValid else { return nil }
        return DateMatch(value: p, until: nil, isPeriod: false, first: a.first, end: a.end)
    }
}
