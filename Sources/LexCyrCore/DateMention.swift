/// A date or a period written in the text, normalised to ISO 8601.
public struct DateMention: Sendable, Equatable {
    /// How precisely the date was written.
    public enum Precision: String, Sendable, CaseIterable, Codable {
        case day, month, year, decade, century
    }

    /// What the date belongs to when it is part of an act citation.
    public enum Role: String, Sendable, CaseIterable, Codable {
        /// The adoption date of a cited act.
        case actDate = "act_date"
        /// The access date of a cited URL.
        case accessDate = "access_date"
        /// The year of a cited publication.
        case publicationDate = "publication_date"
        /// Any other date.
        case other
    }

    /// ISO 8601 value at the precision written (`2001-01-23`, `2001-01`, `2001`; a decade or a
    /// century as its first year, `1990`, `1900`), or the start of a period. `nil` only for a
    /// period open at its start. `до 2025 года` is the date `2025`, not a period: `до` excludes
    /// the year as often as it includes it, and ``until`` is inclusive.
    public var value: String?
    /// End of a period (inclusive), or `nil` for a single date or a period open at its end.
    public var until: String?
    /// Precision of ``value`` (or of ``until`` when ``value`` is `nil`).
    public var precision: Precision
    /// `true` when the text states a period (`с 1993 по 1995 годы`, `с 2011 года`, `since 2011`).
    public var isPeriod: Bool
    /// The date expression as it appears in the cleaned text.
    public var text: String
    /// Footnote that holds the date, or `nil` for the body.
    public var footnote: Int?
    /// Start offset (Unicode scalars).
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// What the date belongs to.
    public var role: Role

    /// Creates a date mention.
    public init(value: String?, until: String? = nil, precision: Precision, isPeriod: Bool = false,
                text: String, footnote: Int? = nil, start: Int, end: Int, role: Role = .other) {
        self.value = value
        self.until = until
        self.precision = precision
        self.isPeriod = isPeriod
        self.text = text
        self.footnote = footnote
        self.start = start
        self.end = end
        self.role = role
    }
}
