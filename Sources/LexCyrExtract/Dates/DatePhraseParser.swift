/// Reads one date expression starting at a token: full dates (`8 декабря 1993 года`,
/// `2001 жылғы 23 қаңтардағы`, `5 June 2022`, `June 5, 2022`), numeric dates (`13.03.2023`,
/// `2023-03-13`), month and year (`в марте 2020 года`), years with their word (`1993 году`,
/// `2007 г.`, `2022 жылғы`), decades (`1990-е годы`, `1990s`) and centuries (`XX век`, `20th century`).
/// Bare numbers come back unmarked, for ``PeriodCombiner`` to complete or drop.
struct DatePhraseParser {
    /// The tokens read.
    let tokens: DateTokens

    /// The longest date expression starting at `i`, or `nil`.
    func piece(at i: Int) -> DatePiece? {
        guard tokens.has(i) else { return nil }
        if tokens.startsWithDigit(i) { return numberFirst(i) }
        if tokens.isWord(i) {
            if let p = romanCentury(i) { return p }
            if let p = englishWordCentury(i) { return p }
            // Every other date that starts with a word starts with a month name.
            guard MonthLexicon.mayName(tokens.unit.scalars, tokens.start(i)..<tokens.end(i)) else { return nil }
            if tokens.startsWithDigit(i + 1) || (tokens.isChar(i + 1, ".") && tokens.startsWithDigit(i + 2)) {
                return monthFirst(i)
            }
            return opensMonthList(i) ? monthAlone(i) : nil
        }
        if Self.isOpeningQuote(tokens.scalars(i).first!.value), tokens.isNumber(i + 1),
           tokens.has(i + 2), Self.isClosingQuote(tokens.scalars(i + 2).first!.value),
           case .integer(let d, _)? = NumericDateParser.parse(tokens.scalars(i + 1))?.form, (1...31).contains(d) {
            // «8» декабря 1993 г.
            guard let p = dayFirst(day: d, first: i, monthAt: i + 3), p.month != nil else { return nil }
            return p
        }
        return nil
    }

    /// A bare year of two digits completed by the four-digit year before it (`1993–95 гг.`).
    func shortYear(at i: Int, after base: Int) -> DatePiece? {
        guard tokens.isNumber(i), case .integer(let n, 2)? = NumericDateParser.parse(tokens.scalars(i))?.form else { return nil }
        var y = base / 100 * 100 + n
        if y <= base { y += 100 }
        var p = DatePiece(year: y, first: i, end: i + 1)
        extendYearWord(&p)
        return p
    }

    // MARK: - Forms that start with a number

    private func numberFirst(_ i: Int) -> DatePiece? {
        guard !isNumberCue(before: i), !tokens.isInsideURL(i),
              let r = NumericDateParser.parse(tokens.scalars(i)) else { return nil }
        switch r.form {
        case let .dotted(day, month, year):
            var p = DatePiece(year: year, month: month, day: day, first: i, end: i + 1, marked: true)
            guard p.isValid, glue(r.suffix, to: &p) else { return nil }
            return p
        case let .integer(n, digits):
            if !r.suffix.isEmpty { return glued(n, digits: digits, suffix: r.suffix, at: i) }
            if let p = separatedDate(n, digits: digits, at: i) { return p }
            if digits == 4 && DateCalendar.years.contains(n) { return yearFirst(n, at: i) }
            if digits == 2 && n % 10 == 0 && n >= 10, let p = shortDecade(n, at: i) { return p }
            if digits == 2, let p = arabicCentury(n, at: i) { return p }
            if (1...31).contains(n) { return dayFirst(day: n, first: i, monthAt: i + 1) }
            return nil
        }
    }

    /// `в 19 веке`, `20 ғасырда`: a century in Arabic figures before a full (singular) century word.
    private func arabicCentury(_ n: Int, at i: Int) -> DatePiece? {
        let key = tokens.key(i + 1)
        guard (10...21).contains(n), tokens.isWord(i + 1), DateVocabulary.centuryWords[key] == false,
              !DateVocabulary.centuryAbbreviations.contains(key) else { return nil }
        return DatePiece(scale: .century, year: (n - 1) * 100, first: i, end: i + 2, marked: true)
    }

    /// A number with letters glued on: `2023г`, `1990s`, `20th century`, `5th June 2022`.
    private func glued(_ n: Int, digits: Int, suffix: String, at i: Int) -> DatePiece? {
        if digits == 4, DateCalendar.years.contains(n), let w = DateVocabulary.yearWords[WordKey(suffix)], w.abbreviated {
            var p = DatePiece(year: n, first: i, end: i + 1, marked: true, plural: w.plural)
            if tokens.isChar(i + 1, "."), tokens.touchesNext(i) { p.end = i + 2 }
            return p
        }
        if digits == 4, suffix == "s", n % 10 == 0, DateCalendar.years.contains(n) {
            return DatePiece(scale: .decade, year: n, first: i, end: i + 1, marked: true)
        }
        if DateVocabulary.englishOrdinals.contains(WordKey(suffix)) {
            let next = tokens.key(i + 1)
            if (1...21).contains(n), next == Self.century || next == Self.centuries {
                return DatePiece(scale: .century, year: (n - 1) * 100, first: i, end: i + 2, marked: true,
                                 plural: next == Self.centuries)
            }
            if (1...31).contains(n) { return dayFirst(day: n, first: i, monthAt: i + 1) }
        }
        return nil
    }

    /// `13/03/2023` and `2023-03-13`: numbers joined by `/` or `-` with nothing between.
    private func separatedDate(_ n: Int, digits: Int, at i: Int) -> DatePiece? {
        guard tokens.touchesNext(i), tokens.touchesNext(i + 1), tokens.touchesNext(i + 2), tokens.touchesNext(i + 3),
              tokens.isNumber(i + 2), tokens.isNumber(i + 4),
              case .integer(let b, let bd)? = NumericDateParser.parse(tokens.scalars(i + 2))?.form,
              case .integer(let c, let cd)? = NumericDateParser.parse(tokens.scalars(i + 4))?.form else { return nil }
        var p: DatePiece
        if tokens.isChar(i + 1, "/"), tokens.isChar(i + 3, "/"), digits <= 2, bd <= 2, cd == 4 {
            p = DatePiece(year: c, month: b, day: n, first: i, end: i + 5, marked: true)
        } else if tokens.isDash(i + 1), tokens.isDash(i + 3), digits == 4, bd == 2, cd == 2 {
            p = DatePiece(year: n, month: b, day: c, first: i, end: i + 5, marked: true)
        } else {
            return nil
        }
        return p.isValid ? p : nil
    }

    /// A four-digit year and what follows it: `-е годы`, `-го`, `года`, `жылғы 5 маусымда`.
    private func yearFirst(_ year: Int, at i: Int) -> DatePiece? {
        var p = DatePiece(year: year, first: i, end: i + 1)
        if year % 10 == 0, tokens.isChar(i + 1, "'") || tokens.isChar(i + 1, "’"), tokens.touchesNext(i),
           tokens.touchesNext(i + 1), tokens.key(i + 2) == Self.pluralS {
            // the 1990's
            return DatePiece(scale: .decade, year: year, first: i, end: i + 3, marked: true)
        }
        if tokens.isDash(i + 1), tokens.touchesNext(i), tokens.touchesNext(i + 1), tokens.isWord(i + 2) {
            let ending = tokens.key(i + 2)
            if DateVocabulary.decadeEndings.contains(ending) {
                guard year % 10 == 0 else { return nil }
                p.scale = .decade
                p.marked = true
                p.end = i + 3
                extendYearWord(&p)
                return p
            }
            if DateVocabulary.ordinalEndings.contains(ending) {
                p.marked = true
                p.end = i + 3
            } else if DateVocabulary.yearWords[ending] != nil {
                p.end = i + 2
            }
        }
        guard let word = extendYearWord(&p) else { return p }
        if word.attributive, let q = kazakhDayMonth(after: p) { return q }
        if word.plural && !word.abbreviated && year % 10 == 0 && tokens.lowered(p.end - 1).hasPrefix("жыл") {
            p.kazakhDecade = true
        }
        return p
    }

    /// `90-е годы`, `90-х гг.`, `90-жылдары`, `в 90-х`: a two-digit decade of the 20th century.
    private func shortDecade(_ n: Int, at i: Int) -> DatePiece? {
        var p = DatePiece(scale: .decade, year: 1900 + n, first: i, end: i + 1, marked: true)
        if tokens.isDash(i + 1), tokens.touchesNext(i), tokens.isWord(i + 2),
           DateVocabulary.decadeEndings.contains(tokens.key(i + 2)) || DateVocabulary.ordinalEndings.contains(tokens.key(i + 2)) {
            p.end = i + 3
        } else if tokens.isDash(i + 1), tokens.touchesNext(i) {
            p.end = i + 2
        }
        let ending = p.end == i + 3 && DateVocabulary.decadeEndings.contains(tokens.key(i + 2))
        if let w = extendYearWord(&p) { return w.plural ? p : nil }
        // `в 90-х`: without a year word only where the century cannot be in doubt.
        return ending && n >= 30 ? p : nil
    }

    /// Kazakh `2001 жылғы 23 қаңтардағы`, `2020 жылғы наурызда`, `2020 жылдың наурыз айында`.
    private func kazakhDayMonth(after year: DatePiece) -> DatePiece? {
        var p = year
        var k = year.end
        var day: Int?
        if tokens.isNumber(k), case .integer(let d, _)? = NumericDateParser.parse(tokens.scalars(k))?.form, (1...31).contains(d) {
            day = d
            k = monthPosition(after: k)
        }
        guard tokens.isWord(k), let m = MonthLexicon.entry(tokens.key(k)), m.language == .kazakh else { return nil }
        p.month = m.month
        p.day = day
        p.direction = m.direction
        p.end = k + 1
        if let d = Self.kazakhMonthWords[tokens.key(k + 1)] {
            p.end = k + 2
            p.direction = d
        }
        return p.isValid ? p : nil
    }

    /// A day number and what follows: `8 декабря 1993 года`, `5 June 2022`, `23 қаңтар 2001 ж.`,
    /// or just `25` / `1 марта` for a period to complete.
    private func dayFirst(day: Int, first: Int, monthAt position: Int) -> DatePiece? {
        let bare = DatePiece(day: day, first: first, end: first + 1)
        let j = monthPosition(after: position - 1)
        guard tokens.isWord(j), let m = MonthLexicon.entry(tokens.key(j)) else { return bare }
        var k = j + 1
        if m.abbreviated {
            if tokens.isChar(k, ".") { k += 1 } else if m.language != .english { return bare }
        }
        var p = DatePiece(month: m.month, day: day, first: first, end: k, marked: true, direction: m.direction)
        if tokens.isChar(k, ","), m.language == .english { k += 1 }
        if let year = fourDigitYear(at: k) {
            p.year = year.year
            p.end = year.end
            p.direction = .none
            if year.glued { return p.isValid ? p : nil }
            extendYearWord(&p)
        }
        return p.year == nil || p.isValid ? p : nil
    }

    // MARK: - Helpers

    /// Where the month name after the day at `k` is: next, or after a hyphen (`5-маусымда`) or
    /// an English `of` (`23rd of January`).
    private func monthPosition(after k: Int) -> Int {
        if tokens.isDash(k + 1), tokens.touchesNext(k), tokens.touchesNext(k + 1) {
            // `1-го января`
            return DateVocabulary.ordinalEndings.contains(tokens.key(k + 2)) ? k + 3 : k + 2
        }
        if tokens.key(k + 1) == Self.of, tokens.isWord(k + 2) { return k + 2 }
        return k + 1
    }

    /// Adds the year word after `p` (`года`, `г.`, `г.г.`, `жылғы`, `жылдар`) to it and returns it.
    @discardableResult
    func extendYearWord(_ p: inout DatePiece) -> DateVocabulary.YearWord? {
        var j = p.end
        // `2019/2020 учебном году`, `2018–2019 оқу жылы`, `the 2019/20 academic year`
        if tokens.isWord(j), DateVocabulary.seasonWords.contains(tokens.key(j)), tokens.isWord(j + 1) { j += 1 }
        guard tokens.isWord(j), let w = DateVocabulary.yearWords[tokens.key(j)] else { return nil }
        p.end = j + 1
        p.marked = true
        p.plural = p.plural || w.plural
        p.direction = w.direction
        if w.abbreviated, tokens.isChar(j + 1, "."), tokens.touchesNext(j) {
            p.end = j + 2
            // г.г. / ж.ж.
            if tokens.isWord(j + 2), tokens.key(j + 2) == tokens.key(j), tokens.isChar(j + 3, "."), tokens.touchesNext(j + 1) {
                p.end = j + 4
                p.plural = true
            }
        }
        return w
    }

    /// A four-digit year at `k`, possibly with `г`/`ж` glued on (`2023г.`).
    func fourDigitYear(at k: Int) -> (year: Int, end: Int, glued: Bool)? {
        guard tokens.startsWithDigit(k), let r = NumericDateParser.parse(tokens.scalars(k)),
              case .integer(let y, 4) = r.form, DateCalendar.years.contains(y) else { return nil }
        if r.suffix.isEmpty { return (y, k + 1, false) }
        guard let w = DateVocabulary.yearWords[WordKey(r.suffix)], w.abbreviated else { return nil }
        return (y, tokens.isChar(k + 1, ".") && tokens.touchesNext(k) ? k + 2 : k + 1, true)
    }

    /// Accepts a letter suffix glued to a dotted date (`01.01.2020г.`).
    private func glue(_ suffix: String, to p: inout DatePiece) -> Bool {
        if suffix.isEmpty {
            extendYearWord(&p)
            return true
        }
        guard let w = DateVocabulary.yearWords[WordKey(suffix)], w.abbreviated else { return false }
        if tokens.isChar(p.end, "."), tokens.touchesNext(p.end - 1) { p.end += 1 }
        return true
    }

    /// `true` when the number at `i` follows `№`, `N`, a word such as `пункт`, `статьи`, `Article`,
    /// or an abbreviation such as `С.`, `ст.`, `т.`.
    private func isNumberCue(before i: Int) -> Bool {
        guard tokens.has(i - 1) else { return false }
        if DateVocabulary.numberSigns.contains(tokens.key(i - 1)) { return true }
        if tokens.isWord(i - 1), DateVocabulary.numberedWords.matches(tokens.scalars(i - 1)) { return true }
        return tokens.isChar(i - 1, ".") && tokens.touchesNext(i - 2)
            && DateVocabulary.numberAbbreviations.contains(tokens.key(i - 2))
    }

    /// `«`, `"`, `“`, `„`.
    @inline(__always)
    static func isOpeningQuote(_ v: UInt32) -> Bool {
        switch v {
        case 0xAB, 0x22, 0x201C, 0x201E: true
        default: false
        }
    }

    /// `»`, `"`, `”`, `“`.
    private static func isClosingQuote(_ v: UInt32) -> Bool {
        switch v {
        case 0xBB, 0x22, 0x201D, 0x201C: true
        default: false
        }
    }

    /// Keys compared often, hashed once (a literal is hashed at each comparison).
    static let century: WordKey = "century"
    static let centuries: WordKey = "centuries"
    static let of: WordKey = "of"
    private static let pluralS: WordKey = "s"

    /// `ай` (month) after a Kazakh month name, with the direction of its ending.
    private static let kazakhMonthWords: WordKeyTable<MonthLexicon.Direction> = [
        "ай": .none, "айы": .none, "айында": .none, "айындағы": .none, "айдағы": .none, "айда": .none,
        "айынан": .from, "айдан": .from, "айына": .to, "айға": .to,
    ]
}
