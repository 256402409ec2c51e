/// Gives a day and month written without a year the year of the date just before it in the same
/// paragraph: `В 2014 году Суд … 5 марта вынес определение, а 17 апреля – ещё одно` (2014-03-05,
/// 2014-04-17); `принят 12 мая 2021 г., подписан 24 июня` (2021-06-24).
///
/// The frame is a single date (not a period, not the year of a reference) at most
/// ``reach`` tokens back with no line break between; a frame with a day or month must come
/// earlier in the year (`от 23 января 2001 года … с 1 января` is left alone), and a recurring day
/// (`ежегодно 30 августа`, `отмечается 12 декабря`) takes no year.
struct YearFrame {
    /// The tokens read.
    let tokens: DateTokens
    /// The parser that reads the next item of a list.
    let parser: DatePhraseParser
    /// The last date reported.
    private var last: DateMatch?

    /// How many tokens back the frame may stand.
    static let reach = 40

    /// Starts with no frame.
    init(tokens: DateTokens, parser: DatePhraseParser) {
        self.tokens = tokens
        self.parser = parser
    }

    /// Records a reported date as the frame for what follows.
    mutating func note(_ match: DateMatch) { last = match }

    /// The date `piece` (a day and month without a year, or a day listed before one: `1` in
    /// `1 и 2 июля`) stands for in this frame, or `nil`.
    func complete(_ piece: DatePiece) -> DateMatch? {
        var piece = piece
        if piece.month == nil, !piece.marked, let day = piece.day, tokens.isWord(piece.end),
           DateVocabulary.coordinators.contains(tokens.key(piece.end)),
           let next = parser.piece(at: piece.end + 1), !next.hasYear, let d = next.day, d > day {
            piece.month = next.month
            piece.marked = true
        }
        guard piece.marked, piece.scale == .calendar, !piece.hasYear, let month = piece.month, let day = piece.day,
              let last, !last.isPeriod, !last.bibliographic, let frame = last.value, frame.scale == .calendar,
              let year = frame.year, piece.first >= last.end, piece.first - last.end <= Self.reach else { return nil }
        if let m = frame.month, (month, day) <= (m, frame.day ?? 0) { return nil }
        for k in last.end..<piece.first where tokens.isChar(k, "\n") { return nil }
        for k in max(last.end, piece.first - 4)..<piece.first
        where tokens.isWord(k) && Self.recurrenceCues.contains(tokens.key(k)) { return nil }
        var p = piece
        p.year = year
        guard p.isValid else { return nil }
        return DateMatch(value: p, until: nil, isPeriod: false, first: p.first, end: p.end)
    }

    /// Words that make a day and month recur every year (`ежегодно 30 августа`).
    private static let recurrenceCues: WordKeySet = [
        "ежегодно", "ежегодного", "ежегодный", "каждый", "каждое", "каждого", "отмечается", "отмечают",
        "празднуется", "празднуют", "annually", "every", "each", "сайын", "атап",
    ]
}
