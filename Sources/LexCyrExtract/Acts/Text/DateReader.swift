/// Reads the dates written in act references: `23 января 2001 года`, `06.10.2003`,
/// `6 октября 2003 г.`, Kazakh `2015 жылғы 23 қарашадағы`, and years (`1993 года`, `2007 г.`).
enum DateReader {
    /// A date found in the tokens.
    struct Match: Equatable {
        /// The date's parts (meaningless when ``impossible``).
        var value: DateValue
        /// First token of the date.
        var first: Int
        /// One past the last token (including `года`, `г.`, `жылғы`).
        var end: Int
        /// The parts make no date (`31 июня 2016 года`, `2019 жылғы 31 сәуірдегі`): no date at all,
        /// not even its year, is the act's (the linter reports it as `impossible-date`).
        var impossible = false

        /// ISO 8601 at the precision written (`2001-01-23`, `1993`).
        var iso: String { value.iso }
        /// `true` when only the year is written.
        var yearOnly: Bool { value.yearOnly }

        /// A full date, or an impossible one when the parts make no date.
        static func date(year: Int, month: Int, day: Int, first: Int, end: Int) -> Match {
            guard isDate(year: year, month: month, day: day) else {
                return Match(value: DateValue(year: year, month: month, day: day), first: first, end: end, impossible: true)
            }
            return Match(value: DateValue(year: year, month: month, day: day), first: first, end: end)
        }
    }

    /// Words that may follow a year: `года`, `г.`, `жылғы`, `ж.`.
    private static let yearWords = WordSet(["года", "год", "году", "г", "гг", "жылғы", "жылы", "ж", "жыл", "жылдың"])
    private static let kazakhYear = WordSet(["жылғы", "ж"])

    /// The date that starts at token `i`, if one does.
    static func read(_ v: TokenView, at i: Int) -> Match? {
        guard v.tokens[i].kind == .number else { return nil }
        if let m = dotted(v, i) { return m }
        guard let (n, count) = v.digits(i) else { return nil }
        if count <= 2, let m = dayMonthYear(v, i, day: n) { return m }
        if count == 4, (1700...2100).contains(n) { return kazakhOrYear(v, i, year: n) }
        return nil
    }

    /// `23.06.2001` (one ICU token), optionally followed by `г.`.
    private static func dotted(_ v: TokenView, _ i: Int) -> Match? {
        let t = v.tokens[i]
        var parts = [Int](), current = 0, digits = 0
        for k in t.start..<t.end {
            if let d = v.scalars[k].asciiDigitValue { current = current &* 10 &+ d; digits += 1 }
            else if v.scalars[k] == ".", digits > 0 { parts.append(current); current = 0; digits = 0 }
            else { return nil }
        }
        guard digits == 4 || digits == 2, parts.count == 2 else { return nil }
        let year = digits == 2 ? (current < 50 ? 2000 + current : 1900 + current) : current
        let end = yearWord(v, after: i) ?? i + 1
        return .date(year: year, month: parts[1], day: parts[0], first: i, end: end)
    }

    /// `23 января 2001 года`, `31 дек. 2015 г.`
    private static func dayMonthYear(_ v: TokenView, _ i: Int, day: Int) -> Match? {
        guard let m = v.next(after: i, requireSpace: true), let month = month(v, m) else { return nil }
        let abbreviated = m + 1 < v.tokens.count && v.mark(m + 1) == "."
        guard let y = v.next(after: abbreviated ? m + 1 : m, requireSpace: true), let (year, count) = v.digits(y), count == 4 else { return nil }
        let end = yearWord(v, after: y) ?? y + 1
        return .date(year: year, month: month, day: day, first: i, end: end)
    }

    /// Kazakh `2015 жылғы 23 қарашадағы`, or a year followed by `года`/`г.`/`жылғы`.
    private static func kazakhOrYear(_ v: TokenView, _ i: Int, year: Int) -> Match? {
        guard let end = yearWord(v, after: i) else { return nil }
        let w = v.next(after: i)!
        if kazakhYear.contains(v.scalars, v.tokens[w].start..<v.tokens[w].end),
           let d = v.next(after: end - 1, requireSpace: true), let (day, count) = v.digits(d), count <= 2,
           let m = v.next(after: d, requireSpace: true), let month = month(v, m) {
            return .date(year: year, month: month, day: day, first: i, end: m + 1)
        }
        return Match(value: DateValue(year: year), first: i, end: end)
    }

    /// One past `года`, `г.`, `жылғы`, `ж.` after token `i`, if there.
    private static func yearWord(_ v: TokenView, after i: Int) -> Int? {
        guard let w = v.next(after: i), v.tokens[w].kind == .word else { return nil }
        let t = v.tokens[w]
        guard yearWords.contains(v.scalars, t.start..<t.end) else { return nil }
        // The full stop of `г.` and `ж.` belongs to the date; after `года` it ends the sentence.
        if t.end - t.start <= 2, w + 1 < v.tokens.count, v.mark(w + 1) == "." { return w + 2 }
        return w + 1
    }

    /// The month named by word token `i` (`января`, `қарашадағы`, `March`).
    static func month(_ v: TokenView, _ i: Int) -> Int? {
        let t = v.tokens[i]
        guard t.kind == .word, t.end - t.start >= 3,
              let key = Fold.key(v.scalars, t.start..<t.end, length: 3), let m = ActLexicon.months[key] else { return nil }
        return m
    }

    /// Days in `month` of `year` (Gregorian): an impossible date such as 31.04 is no date at all
    /// (the linter reports it as `impossible-date`).
    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `true` when the parts make a date.
    static func isDate(year: Int, month: Int, day: Int) -> Bool {
        (1700...2100).contains(year) && (1...12).contains(month) && (1...daysIn(month, of: year)).contains(day)
    }
}

/// A date as numbers (a year of 1700…2100), written out as ISO 8601 only when a record needs it.
struct DateValue: Equatable, Sendable {
    // Small fields: a date rides in every piece, copied as the pieces are.
    private let y: Int16, m: UInt8, d: UInt8
    /// Only the year is written.
    let yearOnly: Bool

    var year: Int { Int(y) }
    var month: Int { Int(m) }
    var day: Int { Int(d) }

    /// A full date (a year of 1700…2100; month and day as read, possibly impossible).
    init(year: Int, month: Int, day: Int) {
        y = Int16(truncatingIfNeeded: year)
        m = UInt8(truncatingIfNeeded: month)
        d = UInt8(truncatingIfNeeded: day)
        yearOnly = false
    }

    /// A year alone.
    init(year: Int) {
        y = Int16(truncatingIfNeeded: year)
        m = 0
        d = 0
        yearOnly = true
    }

    /// `YYYY-MM-DD`, or `YYYY` for a year alone.
    var iso: String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(10)
        func digits(_ n: Int, _ count: Int) {
            var d = count == 4 ? 1000 : 10
            while d > 0 { bytes.append(UInt8(48 + n / d % 10)); d /= 10 }
        }
        digits(year, 4)
        if !yearOnly {
            bytes.append(0x2D); digits(month, 2)
            bytes.append(0x2D); digits(day, 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
