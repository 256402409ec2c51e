import LexCyrCore

/// Finds full dates in a text in one linear pass: figures (`13.03.2023`), Russian and English
/// day–month–year (`8 декабря 1993 года`, `«8» декабря 1993 г.`, `5 June 2022`), English
/// month-first (`June 5, 2022`) and Kazakh year-first (`2001 жылғы 23 қаңтардағы`,
/// `2020 жылы 31 қыркүйекте`). Dates are read as written, not validated, so that impossible ones
/// (`31 сәуірдегі`) can be reported.
enum DateScanner {
    /// Dates in `s`, in text order; its digit runs start at `digitRuns` (``Landmarks/digitRuns``).
    static func scan(_ s: [Unicode.Scalar], digitRuns: [Int]) -> [ScannedDate] {
        var out = [ScannedDate]()
        out.reserveCapacity(digitRuns.count / 4)
        let range = 0..<s.count
        let end = range.upperBound
        // A date ends at the end of a digit run or after a word, so the scan resumes at a run's start.
        var i = range.lowerBound
        for runStart in digitRuns where runStart >= i {
            i = runStart
            let runEnd = digitRunEnd(s, i, end)
            let glued = i > range.lowerBound && (Scalars.isLetter(s[i - 1]) ||
                (s[i - 1] == "." && i - 2 >= range.lowerBound && Scalars.digit(s[i - 2]) != nil))
            var found: ScannedDate?
            if !glued, runEnd - i <= 2 {
                found = dayFirst(s, at: i, dayEnd: runEnd, end: end) ?? monthFirst(s, start: range.lowerBound, at: i, dayEnd: runEnd, end: end)
            } else if !glued, runEnd - i == 4 {
                found = yearFirst(s, at: i, yearEnd: runEnd, end: end)
            }
            if var date = found {
                date.role = DateRole.of(date, in: s, range: range)
                out.append(date)
                i = max(date.span.end, runEnd)
                continue
            }
            i = runEnd
        }
        // Only a month-first date (`June 5, 2022`) can start before the one found last.
        if zip(out, out.dropFirst()).contains(where: { $0.span.start > $1.span.start }) {
            out.sort { $0.span.start < $1.span.start }
        }
        return out
    }

    /// Days in `month` of `year` (Gregorian).
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func digitRunEnd(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, Scalars.digit(s[j]) != nil { j += 1 }
        return j
    }

    private static func number(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        range.reduce(0) { $0 &* 10 &+ (Scalars.digit(s[$1]) ?? 0) }
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, Scalars.isSpace(s[j]) || s[j] == "\n" { j += 1 }
        return j
    }

    /// The four-digit year at `j` (not the start of a longer number or of `2020.12`), and its end.
    private static func year(_ s: [Unicode.Scalar], at j: Int, end: Int) -> (Int, Int)? {
        let yearEnd = digitRunEnd(s, j, end)
        guard yearEnd - j == 4 else { return nil }
        if yearEnd + 1 < end, s[yearEnd] == ".", Scalars.digit(s[yearEnd + 1]) != nil { return nil }
        return (number(s, j..<yearEnd), yearEnd)
    }

    /// A date whose day starts at `i`: `13.03.2023`, `13 марта 2023`, `«13» марта 2023 г.`,
    /// `13 March 2023`, `13 наурыз 2023 ж.`.
    private static func dayFirst(_ s: [Unicode.Scalar], at i: Int, dayEnd: Int, end: Int) -> ScannedDate? {
        let day = number(s, i..<dayEnd)
        var j = dayEnd
        if j < end, s[j] == "." {
            let monthEnd = digitRunEnd(s, j + 1, end)
            guard monthEnd - (j + 1) >= 1, monthEnd - (j + 1) <= 2, monthEnd < end, s[monthEnd] == "." else { return nil }
            let month = number(s, (j + 1)..<monthEnd)
            guard let (year, yearEnd) = year(s, at: monthEnd + 1, end: end) else { return nil }
            return withYearWord(ScannedDate(span: Span(start: i, end: yearEnd), day: day, month: month, year: year,
                                            form: .numeric, language: nil), s, end: end)
        }
        if j < end, s[j] == "»" || s[j] == "\"" { j += 1 }   // `«8» декабря`
        let k = skipSpaces(s, j, end)
        guard k > j, k < end, Scalars.isLetter(s[k]), MonthNames.mayStart(Scalars.lower(s[k])) else { return nil }
        let wordEnd = Scalars.wordEnd(at: k, in: s, end: end)
        guard let (month, language) = MonthNames.month(in: s, k..<wordEnd) else { return nil }
        var y = wordEnd
        if y < end, s[y] == "," { y += 1 }
        let yearStart = skipSpaces(s, y, end)
        guard yearStart > y, let (year, yearEnd) = year(s, at: yearStart, end: end) else { return nil }
        return withYearWord(ScannedDate(span: Span(start: i, end: yearEnd), day: day, month: month, year: year,
                                        form: .words, language: language), s, end: end)
    }

    /// An English date with the month first (`June 5, 2022`), the day at `i`.
    private static func monthFirst(_ s: [Unicode.Scalar], start: Int, at i: Int, dayEnd: Int, end: Int) -> ScannedDate? {
        var w = i
        while w > start, Scalars.isSpace(s[w - 1]) { w -= 1 }
        guard w < i else { return nil }
        let wordEnd = w
        while w > start, Scalars.isLetter(s[w - 1]), wordEnd - w < 10 { w -= 1 }
        guard w < wordEnd, s[w].isASCII, wordEnd - w >= 3 else { return nil }   // English month names are ASCII
        guard let (month, language) = MonthNames.month(in: s, w..<wordEnd), language == .english else { return nil }
        var j = dayEnd
        if j < end, s[j] == "," { j += 1 }
        let yearStart = skipSpaces(s, j, end)
        guard yearStart > dayEnd, let (year, yearEnd) = year(s, at: yearStart, end: end) else { return nil }
        return ScannedDate(span: Span(start: w, end: yearEnd), day: number(s, i..<dayEnd), month: month, year: year,
                           form: .words, language: .english)
    }

    /// A Kazakh date with the year first, the year at `i`: `2001 жылғы 23 қаңтардағы`,
    /// `2015 ж. 23 қарашадағы`, `2020 жылы 31 қыркүйекте`.
    private static func yearFirst(_ s: [Unicode.Scalar], at i: Int, yearEnd: Int, end: Int) -> ScannedDate? {
        if yearEnd + 1 < end, s[yearEnd] == ".", Scalars.digit(s[yearEnd + 1]) != nil { return nil }
        let k = skipSpaces(s, yearEnd, end)
        guard k < end, s[k] == "ж" || s[k] == "Ж" else { return nil }
        let wordEnd = Scalars.wordEnd(at: k, in: s, end: end)
        func isWord(_ w: [Unicode.Scalar]) -> Bool { Scalars.matches(s, k..<wordEnd, w) }
        var yearWord: ScannedDate.YearWord?
        var afterWord = wordEnd
        if isWord(YearWords.kazakhFull) {
            yearWord = .kazakhFull
        } else if isWord(YearWords.kazakhAbbreviated) {
            guard wordEnd < end, s[wordEnd] == "." else { return nil }
            yearWord = .kazakhAbbreviated
            afterWord = wordEnd + 1
        } else if !isWord(YearWords.kazakhInYear) && !isWord(YearWords.kazakhOfYear) {
            return nil
        }
        let dayStart = skipSpaces(s, afterWord, end)
        let dayEnd = digitRunEnd(s, dayStart, end)
        guard dayStart > afterWord || yearWord == .kazakhAbbreviated, dayEnd > dayStart, dayEnd - dayStart <= 2 else { return nil }
        let monthStart = skipSpaces(s, dayEnd, end)
        guard monthStart > dayEnd, monthStart < end else { return nil }
        let monthEnd = Scalars.wordEnd(at: monthStart, in: s, end: end)
        guard let (month, language) = MonthNames.month(in: s, monthStart..<monthEnd), language == .kazakh else { return nil }
        var date = ScannedDate(span: Span(start: i, end: monthEnd), day: number(s, dayStart..<dayEnd), month: month,
                               year: number(s, i..<yearEnd), form: .words, language: .kazakh)
        if let yearWord {
            date.yearWord = yearWord
            date.yearWordSpan = Span(start: k, end: afterWord)
        }
        return date
    }

    /// `date` with the year word that follows its year (`г.`, `года`, `ж.`, `жылғы`), if any.
    private static func withYearWord(_ date: ScannedDate, _ s: [Unicode.Scalar], end: Int) -> ScannedDate {
        let i = date.span.end
        var k = i
        while k < end, Scalars.isSpace(s[k]), k - i < 2 { k += 1 }
        guard k < end, s[k] == "г" || s[k] == "ж" else { return date }
        let wordEnd = Scalars.wordEnd(at: k, in: s, end: end)
        func isWord(_ w: [Unicode.Scalar]) -> Bool { Scalars.matches(s, k..<wordEnd, w) }
        let dotted = wordEnd < end && s[wordEnd] == "."
        let found: (ScannedDate.YearWord, Int)? =
            if dotted && isWord(YearWords.abbreviated) { (.abbreviated, wordEnd + 1) }
            else if isWord(YearWords.full) { (.full, wordEnd) }
            else if dotted && isWord(YearWords.kazakhAbbreviated) { (.kazakhAbbreviated, wordEnd + 1) }
            else if isWord(YearWords.kazakhFull) { (.kazakhFull, wordEnd) }
            else { nil }
        guard let (yearWord, wordSpanEnd) = found else { return date }
        var out = date
        out.yearWord = yearWord
        out.yearWordSpan = Span(start: k, end: wordSpanEnd)
        out.span = Span(start: date.span.start, end: wordSpanEnd)
        return out
    }

    /// The year words matched, as lower-case scalars (compared without building strings).
    private enum YearWords {
        static let abbreviated = Array("г".unicodeScalars)
        static let full = Array("года".unicodeScalars)
        static let kazakhAbbreviated = Array("ж".unicodeScalars)
        static let kazakhFull = Array("жылғы".unicodeScalars)
        static let kazakhInYear = Array("жылы".unicodeScalars)
        static let kazakhOfYear = Array("жылдың".unicodeScalars)
    }
}
