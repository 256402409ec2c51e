import LexCyrCore

/// A calendar date written in full in a text: `13.03.2023` or `8 декабря 1993 года`.
struct ScannedDate: Equatable {
    /// How the date is written.
    enum Form: Equatable {
        /// `13.03.2023`
        case numeric
        /// `13 марта 2023`
        case words
    }

    /// The word after the year, if any.
    enum YearWord: Equatable {
        /// `г.`
        case abbreviated
        /// `года`
        case full
    }

    /// What the date is, judged from the word before it.
    enum Role: Equatable {
        /// An act's adoption date (`от 8 июня 2022 года`).
        case act
        /// A URL's access date (`дата обращения: 13.03.2023`).
        case access
        /// Anything else.
        case other
    }

    /// The whole date, including the year word.
    var span: Span
    /// Day, month and year as written (not validated).
    var day: Int, month: Int, year: Int
    /// How the date is written.
    var form: Form
    /// The year word and its span.
    var yearWord: YearWord?
    var yearWordSpan: Span?
    /// What the date belongs to.
    var role: Role

    /// `true` when the day exists in that month of that year.
    var isValid: Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= DateScanner.days(inMonth: month, year: year)
    }

    /// ISO 8601 `YYYY-MM-DD`.
    var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

/// Finds full dates (numeric and with a Russian month name) in a text, in one linear pass.
enum DateScanner {
    /// Russian month names in the genitive, as dates write them.
    static let monthNames = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                             "сентября", "октября", "ноября", "декабря"]
    private static let monthByName: [String: Int] = {
        var m = [String: Int]()
        for (k, name) in monthNames.enumerated() { m[name] = k + 1 }
        return m
    }()
    /// Words right before an access date (`дата обращения`, `дата доступа`, `accessed`, `қаралған күні`).
    private static let accessWords: Set<String> = ["обращения", "доступа", "посещения", "просмотра", "accessed", "күні"]
    private static let skippedBeforeDate: Set<Unicode.Scalar> = [":", "(", "-", "–", "—"]

    /// Dates in `range` of `s`, in text order.
    static func scan(_ s: [Unicode.Scalar], range: Range<Int>) -> [ScannedDate] {
        var out = [ScannedDate]()
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            guard Scalars.digit(s[i]) != nil else { i += 1; continue }
            let runEnd = digitRunEnd(s, i, end)
            let glued = i > range.lowerBound && (Scalars.isLetter(s[i - 1]) ||
                (s[i - 1] == "." && i - 2 >= range.lowerBound && Scalars.digit(s[i - 2]) != nil))
            if !glued, runEnd - i <= 2, let date = date(s, at: i, dayEnd: runEnd, end: end) {
                out.append(date)
                i = date.span.end
                continue
            }
            i = runEnd
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
        range.reduce(0) { $0 * 10 + (Scalars.digit(s[$1]) ?? 0) }
    }

    /// The date whose day starts at `i` and ends at `dayEnd`, if one is written there.
    private static func date(_ s: [Unicode.Scalar], at i: Int, dayEnd: Int, end: Int) -> ScannedDate? {
        let day = number(s, i..<dayEnd)
        var month = 0, form = ScannedDate.Form.numeric
        var j = dayEnd
        if j < end, s[j] == "." {
            let monthEnd = digitRunEnd(s, j + 1, end)
            guard monthEnd - (j + 1) >= 1, monthEnd - (j + 1) <= 2, monthEnd < end, s[monthEnd] == "." else { return nil }
            month = number(s, (j + 1)..<monthEnd)
            j = monthEnd + 1
        } else {
            var k = j
            while k < end, Scalars.isSpace(s[k]) { k += 1 }
            guard k > j, k < end, Scalars.isLetter(s[k]) else { return nil }
            var word = String.UnicodeScalarView()
            var w = k
            while w < end, Scalars.isLetter(s[w]), w - k < 10 { word.append(Scalars.lower(s[w])); w += 1 }
            guard let m = monthByName[String(word)], w < end, Scalars.isSpace(s[w]) else { return nil }
            month = m
            form = .words
            j = w
            while j < end, Scalars.isSpace(s[j]) { j += 1 }
        }
        let yearEnd = digitRunEnd(s, j, end)
        guard yearEnd - j == 4 else { return nil }
        if yearEnd + 1 < end, s[yearEnd] == ".", Scalars.digit(s[yearEnd + 1]) != nil { return nil }
        let year = number(s, j..<yearEnd)
        var date = ScannedDate(span: Span(start: i, end: yearEnd), day: day, month: month, year: year, form: form,
                               yearWord: nil, yearWordSpan: nil, role: role(s, before: i))
        if let (word, span) = yearWord(s, after: yearEnd, end: end) {
            date.yearWord = word
            date.yearWordSpan = span
            date.span = Span(start: i, end: span.end)
        }
        return date
    }

    /// `г.` or `года` after the year (with or without a space).
    private static func yearWord(_ s: [Unicode.Scalar], after i: Int, end: Int) -> (ScannedDate.YearWord, Span)? {
        var k = i
        while k < end, Scalars.isSpace(s[k]), k - i < 2 { k += 1 }
        guard k < end, s[k] == "г" else { return nil }
        if k + 1 < end, s[k + 1] == "." { return (.abbreviated, Span(start: k, end: k + 2)) }
        if k + 3 < end, s[k + 1] == "о", s[k + 2] == "д", s[k + 3] == "а",
           k + 4 >= end || !Scalars.isLetter(s[k + 4]) {
            return (.full, Span(start: k, end: k + 4))
        }
        return nil
    }

    private static func role(_ s: [Unicode.Scalar], before i: Int) -> ScannedDate.Role {
        let word = Scalars.word(before: i, in: s, skipping: skippedBeforeDate)
        if word == "от" || word == "from" { return .act }
        if accessWords.contains(word) { return .access }
        return .other
    }
}
