import LexCyrCore

/// A calendar date written in full in a text: `13.03.2023`, `8 декабря 1993 года`,
/// `2001 жылғы 23 қаңтардағы`, `5 June 2022`.
struct ScannedDate: Equatable {
    /// How the date is written.
    enum Form: Equatable {
        /// `13.03.2023`
        case numeric
        /// `13 марта 2023`, `2023 жылғы 13 наурыздағы`
        case words
    }

    /// The word after (Kazakh: before the day) the year, if any.
    enum YearWord: Equatable {
        /// `г.`
        case abbreviated
        /// `года`
        case full
        /// `ж.`
        case kazakhAbbreviated
        /// `жылғы`
        case kazakhFull

        /// The word as written.
        var text: String {
            switch self {
            case .abbreviated: "г."
            case .full: "года"
            case .kazakhAbbreviated: "ж."
            case .kazakhFull: "жылғы"
            }
        }

        /// `true` for `ж.` and `жылғы`.
        var isKazakh: Bool { self == .kazakhAbbreviated || self == .kazakhFull }
    }

    /// What the date is, judged from the words around it.
    enum Role: Equatable {
        /// An act's adoption date (`от 8 июня 2022 года`, `Президентінің 2022 жылғы 8 маусымдағы`, `… № 912`).
        case act
        /// A URL's access date (`дата обращения: 13.03.2023`, `қаралған күні`).
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
    /// The language of the month name (`nil` for figures).
    var language: MonthNames.Language?
    /// The year word and its span.
    var yearWord: YearWord?
    var yearWordSpan: Span?
    /// What the date belongs to.
    var role: Role = .other

    /// `true` when the day exists in that month of that year.
    var isValid: Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= DateScanner.days(inMonth: month, year: year)
    }

    /// ISO 8601 `YYYY-MM-DD`.
    var iso: String {
        // Written straight into the string's storage when each field fits its width.
        guard (1000...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return "\(year)-\(Self.two(month))-\(Self.two(day))"
        }
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = UInt8(0x30 + year / 1000)
            b[1] = UInt8(0x30 + year / 100 % 10)
            b[2] = UInt8(0x30 + year / 10 % 10)
            b[3] = UInt8(0x30 + year % 10)
            b[4] = UInt8(ascii: "-")
            b[5] = UInt8(0x30 + month / 10)
            b[6] = UInt8(0x30 + month % 10)
            b[7] = UInt8(ascii: "-")
            b[8] = UInt8(0x30 + day / 10)
            b[9] = UInt8(0x30 + day % 10)
            return 10
        }
    }

    /// The date in figures, `DD.MM.YYYY`.
    var inFigures: String { "\(Self.two(day)).\(Self.two(month)).\(year)" }

    /// The date in words in `language`, without a year word for Russian (`8 декабря 1993`), with
    /// one for Kazakh, whose year comes first (`1993 жылғы 8 желтоқсандағы`).
    func inWords(_ language: MonthNames.Language) -> String {
        language == .kazakh ? "\(year) жылғы \(day) \(MonthNames.kazakhAttributive[month - 1])"
            : "\(day) \(MonthNames.russian[month - 1]) \(year)"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
