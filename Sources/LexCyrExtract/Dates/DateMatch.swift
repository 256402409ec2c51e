/// A date expression ready to report: one date, or the two ends of a period, and the tokens
/// (positions in ``DateTokens``) it covers.
struct DateMatch {
    /// The date, or the start of a period; `nil` for a period open at its start.
    var value: DatePiece?
    /// The end of a closed period.
    var until: DatePiece?
    /// `true` for periods (`с 1993 по 1995 годы`, `с 2011 года`).
    var isPeriod: Bool
    /// First token.
    var first: Int
    /// Position after the last token.
    var end: Int
    /// A bare year in a bibliographic reference (`Алматы: КазГЮУ, 2006.`).
    var bibliographic = false
}
