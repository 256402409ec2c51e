import LexCyrCore

/// One date expression as read by ``DatePhraseParser``, before periods are combined: a date
/// (`8 декабря 1993 года`, `2022 жылғы`, `1990-е годы`, `XX век`) or a bare number that only a
/// neighbour can complete (`1993` in `1993–1995 гг.`, `23` in `23–25 марта 2020 г.`).
struct DatePiece {
    /// What the numbers count.
    enum Scale: Equatable { case calendar, decade, century }

    /// Calendar date, decade (year = first year, `1990`) or century (year = first year, `1900` for `XX`).
    var scale: Scale = .calendar
    /// Year, or `nil` while a neighbour has to supply it.
    var year: Int?
    /// Month, when written.
    var month: Int?
    /// Day, when written.
    var day: Int?
    /// Position (in ``DateTokens``) of the first token.
    var first: Int
    /// Position after the last token.
    var end: Int
    /// Written with a date word, a month name, or as a dotted date; bare numbers are not.
    var marked = false
    /// Closed by a plural year or century word (`годы`, `гг.`, `жылдар`, `вв.`).
    var plural = false
    /// Direction of a Kazakh case ending on the last word (`жылдан` from, `жылға` to).
    var direction: MonthLexicon.Direction = .none
    /// A round year with a Kazakh plural (`1990 жылдары`): a decade unless part of a range.
    var kazakhDecade = false

    /// `true` when the year is known.
    var hasYear: Bool { year != nil }

    /// Precision of the value.
    var precision: DateMention.Precision {
        switch scale {
        case .decade: return .decade
        case .century: return .century
        case .calendar: return day != nil ? .day : month != nil ? .month : .year
        }
    }

    /// ISO 8601 value (decades and centuries as their first year), or `nil` without a year.
    var iso: String? {
        guard let year else { return nil }
        return scale == .calendar ? DateCalendar.iso(year: year, month: month, day: day) : DateCalendar.iso(year: year, month: nil, day: nil)
    }

    /// First and last day covered, as comparable triples, for ordering the ends of a period.
    var earliest: (Int, Int, Int) { (year ?? 0, month ?? 1, day ?? 1) }
    var latest: (Int, Int, Int) {
        let y = year ?? 0
        switch scale {
        case .decade: return (y + 9, 12, 31)
        case .century: return (y + 99, 12, 31)
        case .calendar: return (y, month ?? 12, day ?? 31)
        }
    }

    /// `true` when the day and month exist in the year.
    var isValid: Bool {
        guard let year else { return false }
        return scale != .calendar || DateCalendar.isValid(year: year, month: month, day: day)
    }

    /// The decade this piece is when it stands alone (`1990 жылдары`), else itself.
    var standingAlone: DatePiece {
        guard kazakhDecade else { return self }
        var p = self
        p.scale = .decade
        return p
    }
}
