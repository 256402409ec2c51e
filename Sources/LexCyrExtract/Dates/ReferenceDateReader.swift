/// Full dates that a reference writes around its year: the issue of a newspaper after the year
/// (`// Российская газета. 2009. 13 февр.`, `Казахстанская правда. – 2020. – 5 марта.`) and the
/// APA date of a web page or report (`Venice Commission. (2021, March 19).`).
struct ReferenceDateReader {
    /// The tokens read.
    let tokens: DateTokens
    /// The parser that reads the day and month.
    let parser: DatePhraseParser

    /// The day of the issue after a bare `year` between full stops (`газета. 2009. 13 февр.`,
    /// `правда. – 2020. – 5 марта.`), or `nil`.
    func issueDay(after year: DatePiece) -> DatePiece? {
        let before = year.first - (tokens.isDash(year.first - 1) ? 1 : 0) - 1
        guard year.hasYear, year.end == year.first + 1, tokens.isChar(before, "."), tokens.isChar(year.end, ".")
        else { return nil }
        var k = year.end + 1
        if tokens.isDash(k) { k += 1 }
        guard let day = parser.piece(at: k), day.marked, !day.hasYear, day.month != nil, day.day != nil else { return nil }
        var p = year
        p.month = day.month
        p.day = day.day
        p.end = day.end
        p.marked = true
        return p.isValid ? p : nil
    }

    /// `(2021, March 19)` and `(2021, March)`: a bare year in parentheses followed by an English
    /// month and day; `nil` for anything else.
    func apaDate(_ year: DatePiece) -> DatePiece? {
        let i = year.first
        guard tokens.isChar(i - 1, "("), tokens.isChar(i + 1, ","), tokens.isWord(i + 2),
              let m = MonthLexicon.entry(tokens.key(i + 2)), m.language == .english, !m.abbreviated else { return nil }
        var p = year
        p.month = m.month
        p.end = i + 3
        if tokens.isNumber(i + 3), case .integer(let d, let digits)? = NumericDateParser.parse(tokens.scalars(i + 3))?.form,
           digits <= 2 {
            p.day = d
            p.end = i + 4
        }
        guard tokens.isChar(p.end, ")") else { return nil }
        p.marked = true
        return p.isValid ? p : nil
    }
}
